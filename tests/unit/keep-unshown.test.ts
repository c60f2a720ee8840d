import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../../src/data/schema';
import { keepDateExtras, keepUnshown } from '../../src/features/authoring/keep-unshown';
import { makeDataset } from './helpers/factories';

describe('a date edited in a form that shows only its day and precision', () => {
  const old: FuzzyDate = {
    date: '2024-12-16',
    precision: 'approx',
    end: '2024-12-18',
    note: 'Weekend fighting.',
  };

  it('keeps its note, and its end while day and precision stay', () => {
    expect(keepDateExtras(old, { date: '2024-12-16', precision: 'approx' })).toEqual(old);
  });

  it('drops the end when the day or precision changed (it may no longer fit), keeping the note', () => {
    expect(keepDateExtras(old, { date: '2024-12-20', precision: 'day' })).toEqual({
      date: '2024-12-20',
      precision: 'day',
      note: 'Weekend fighting.',
    });
  });

  it('keeps an end the form gave', () => {
    expect(keepDateExtras(old, { date: '2024-12-16', precision: 'approx', end: '2024-12-17' }).end).toBe(
      '2024-12-17',
    );
  });
});

describe('an event edited in the form', () => {
  it('keeps its figures, links, notes, citation dates and the citations the form does not show', () => {
    const base = makeDataset().events[0];
    if (!base) throw new Error('no event');
    const existing = {
      ...base,
      date: { ...base.date, note: 'Announced on a Friday.' },
      figures: [{ measure: 'killed-wounded', bound: 'about' as const, low: 100, sourceId: 'jcs' }],
      claimIds: ['c-jcs'],
      confidenceNote: 'Two reports agree.',
      citations: [
        { title: 'One', date: '2024-12-19' },
        { title: 'Two' },
        { title: 'Three' },
        { publisher: 'Four' },
      ],
    };
    const shown = {
      date: { date: existing.date.date, precision: existing.date.precision },
      category: existing.category,
      description: 'Changed.',
      origin: existing.origin,
      sourceIds: existing.sourceIds,
      citations: [{ title: 'One, retitled' }, { title: 'Two' }],
      placeIds: [],
    };
    const kept = keepUnshown(existing, shown, 3);
    expect(kept).toMatchObject({
      description: 'Changed.',
      figures: existing.figures,
      claimIds: ['c-jcs'],
      confidenceNote: 'Two reports agree.',
      date: { note: 'Announced on a Friday.' },
      citations: [{ title: 'One, retitled', date: '2024-12-19' }, { title: 'Two' }, { publisher: 'Four' }],
    });
  });
});
