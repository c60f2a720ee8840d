import { describe, expect, it } from 'vitest';
import { dateInterval, dayNumber } from '../../src/data/dates';
import { filterClaims, filterEvents, meetsReliability, overlapsRange } from '../../src/data/filter';
import { DEFAULT_FILTERS, type Filters } from '../../src/data/filters';
import { claim, event, makeDataset } from './helpers/factories';

const f = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });

describe('dates at their precision', () => {
  it('a month-precision date spans its whole month', () => {
    const { start, end } = dateInterval({ date: '2025-02-01', precision: 'month' });
    expect(end - start).toBe(27);
  });
  it('an approximate date spans a few days either side', () => {
    const { start, end } = dateInterval({ date: '2024-06-14', precision: 'approx' });
    expect([start, end]).toEqual([dayNumber('2024-06-11'), dayNumber('2024-06-17')]);
  });
  it('a month-precision event overlaps a range that starts mid-month; a day event before it does not', () => {
    expect(overlapsRange({ date: '2025-01-01', precision: 'month' }, '2025-01-20', null)).toBe(true);
    expect(overlapsRange({ date: '2025-01-19', precision: 'day' }, '2025-01-20', null)).toBe(false);
    expect(overlapsRange({ date: '2025-01-19', precision: 'day' }, null, '2025-01-19')).toBe(true);
  });
});

describe('reliability threshold', () => {
  it('admits grades at or above the minimum; F only when F is chosen', () => {
    expect(meetsReliability('B', 'C')).toBe(true);
    expect(meetsReliability('D', 'C')).toBe(false);
    expect(meetsReliability('F', 'E')).toBe(false);
    expect(meetsReliability('F', null)).toBe(true);
  });
});

describe('filters', () => {
  const dataset = makeDataset({
    events: [
      event({ id: 'e-ctx', origin: 'context', category: 'deployment', sourceIds: ['jcs'] }),
      event({
        id: 'e-later',
        origin: 'later-context',
        category: 'casualty-estimate',
        alsoCategories: ['deployment'],
        sourceIds: ['zelensky'],
        date: { date: '2025-01-01', precision: 'month' },
        description: 'Zelensky says 3,800 casualties',
      }),
      event({
        id: 'e-both',
        sourceIds: ['jcs', 'zelensky'],
        category: 'equipment',
        date: { date: '2024-10-01', precision: 'day' },
      }),
    ],
    claims: [
      claim(),
      claim({
        id: 'c-zel',
        sourceId: 'zelensky',
        quote: 'the figure could surpass 3,000 casualties',
        summary: 'Zelensky: over 3,000',
      }),
    ],
  });
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

  it('the default shows everything', () => {
    expect(ids(filterEvents(dataset, DEFAULT_FILTERS))).toEqual(['e-ctx', 'e-later', 'e-both']);
    expect(ids(filterClaims(dataset, DEFAULT_FILTERS))).toEqual(['c-jcs', 'c-zel']);
  });
  it('hiding a source hides its claims, and events only when none of their sources is left', () => {
    const filters = f({ hiddenSources: ['zelensky'] });
    expect(ids(filterEvents(dataset, filters))).toEqual(['e-ctx', 'e-both']);
    expect(ids(filterClaims(dataset, filters))).toEqual(['c-jcs']);
  });
  it('categories match the main category and the further ones', () => {
    expect(ids(filterEvents(dataset, f({ categories: ['deployment'] })))).toEqual(['e-ctx', 'e-later']);
    expect(ids(filterClaims(dataset, f({ categories: ['deployment'] })))).toEqual([]);
  });
  it('origin: claims are article rows', () => {
    expect(ids(filterEvents(dataset, f({ origins: ['later-context'] })))).toEqual(['e-later']);
    expect(ids(filterClaims(dataset, f({ origins: ['context'] })))).toEqual([]);
    expect(ids(filterClaims(dataset, f({ origins: ['article'] })))).toHaveLength(2);
  });
  it('date range honours precision', () => {
    expect(ids(filterEvents(dataset, f({ dateFrom: '2025-01-15' })))).toEqual(['e-later']);
    expect(ids(filterEvents(dataset, f({ dateTo: '2024-11-30' })))).toEqual(['e-both']);
  });
  it('minimum reliability drops sources below it', () => {
    expect(ids(filterClaims(dataset, f({ minReliability: 'B' })))).toEqual(['c-jcs']);
  });
  it('search is case- and accent-insensitive over text and source names', () => {
    expect(ids(filterEvents(dataset, f({ search: 'ZELENSKY' })))).toEqual(['e-later', 'e-both']);
    expect(ids(filterClaims(dataset, f({ search: 'surpass' })))).toEqual(['c-zel']);
    expect(ids(filterEvents(dataset, f({ search: 'a publisher' })))).toHaveLength(3);
  });
});
