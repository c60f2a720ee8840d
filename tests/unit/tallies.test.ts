import { describe, expect, it } from 'vitest';
import { collectEstimates } from '../../src/data/estimates';
import { generateAcledShaped } from '../../src/data/generate';
import { tallies, tallyOverTime } from '../../src/data/tallies';
import { parseDataset } from '../../src/data/validate';
import { estimateRow } from './helpers/factories';

const eventFigure = (
  id: string,
  source: string,
  date: string,
  over: Parameters<typeof estimateRow>[4] = {},
) =>
  estimateRow(source, 'exact', 0, undefined, {
    key: `event:${id}:0`,
    kind: 'event',
    rowId: id,
    measure: 'fatalities',
    date: { date, precision: 'day' },
    origin: 'context',
    ...over,
  });

describe('tallies of event figures', () => {
  it('sums each source’s coded events, exact figures to an exact sum, and says how many events', () => {
    const rows = [
      eventFigure('e1', 'ACLED', '2024-12-01', { low: 3 }),
      eventFigure('e2', 'ACLED', '2024-12-09', { low: 0 }),
      eventFigure('e3', 'ACLED', '2024-12-20', { low: 7 }),
      eventFigure('e4', 'UCDP', '2024-12-05', { low: 2 }),
    ];
    const out = tallies(rows, 'fatalities', 'all');
    const acled = out.find((t) => t.sourceName === 'ACLED');
    expect(acled).toMatchObject({ kind: 'tally', bound: 'exact', low: 10, events: 3, key: 'tally:acled' });
    expect(acled?.date).toEqual({ date: '2024-12-01', precision: 'day', end: '2024-12-20' });
    expect(acled?.quote).toMatch(/not a claimed total/);
    expect(out.find((t) => t.sourceName === 'UCDP')).toMatchObject({ low: 2, events: 1 });
  });

  it('sums low, best and high where given (UCDP), and an open-ended figure leaves the sum open', () => {
    const ucdp = [
      eventFigure('u1', 'UCDP', '2024-01-10', { bound: 'range', low: 2, best: 4, high: 10 }),
      eventFigure('u2', 'UCDP', '2024-01-11', { bound: 'range', low: 1, best: 1, high: 3 }),
      eventFigure('u3', 'UCDP', '2024-01-12', { bound: 'exact', low: 5 }),
    ];
    expect(tallies(ucdp, 'fatalities', 'all')[0]).toMatchObject({
      bound: 'range',
      low: 8,
      best: 10,
      high: 18,
    });
    const open = [...ucdp, eventFigure('u4', 'UCDP', '2024-01-13', { bound: 'more-than', low: 20 })];
    expect(tallies(open, 'fatalities', 'all')[0]).toMatchObject({
      bound: 'at-least',
      low: 28,
      high: undefined,
    });
  });

  it('counts only event figures of the measure, each event once per source', () => {
    const rows = [
      eventFigure('e1', 'ACLED', '2024-12-01', { low: 3 }),
      eventFigure('e1', 'ACLED', '2024-12-01', { low: 3, key: 'event:e1:1' }),
      eventFigure('e2', 'ACLED', '2024-12-02', { low: 4, measure: 'injured' }),
      estimateRow('ACLED', 'exact', 1000, undefined, { measure: 'fatalities' }),
    ];
    expect(tallies(rows, 'fatalities', 'all')).toMatchObject([{ low: 3, events: 1 }]);
  });

  it('counts an event once per source when another source’s figure comes between its two listings', () => {
    const rows = [
      eventFigure('e1', 'ACLED', '2024-12-01', { low: 3 }),
      eventFigure('e1', 'UCDP', '2024-12-01', { low: 5, key: 'event:e1:1' }),
      eventFigure('e1', 'ACLED', '2024-12-01', { low: 3, key: 'event:e1:2' }),
      eventFigure('e2', 'ACLED', '2024-12-02', { low: 4 }),
    ];
    expect(tallies(rows, 'fatalities', 'all')).toMatchObject([
      { sourceId: 'acled', low: 7, events: 2 },
      { sourceId: 'ucdp', low: 5, events: 1 },
    ]);
  });

  it('tallies per month over time, per quarter or year when months would be too many marks', () => {
    const rows = [
      eventFigure('a', 'ACLED', '2024-01-03', { low: 1 }),
      eventFigure('b', 'ACLED', '2024-01-30', { low: 2 }),
      eventFigure('c', 'ACLED', '2024-03-02', { low: 4 }),
      eventFigure('d', 'ACLED', '2024-05-02', { low: 8 }),
    ];
    const monthly = tallyOverTime(rows, 'fatalities', 10);
    expect(monthly.period).toBe('month');
    expect(monthly.rows.map((t) => [t.date.date, t.date.precision, t.low])).toEqual([
      ['2024-01-01', 'month', 3],
      ['2024-03-01', 'month', 4],
      ['2024-05-01', 'month', 8],
    ]);
    const quarterly = tallyOverTime(rows, 'fatalities', 2);
    expect(quarterly).toMatchObject({ period: 'quarter', finer: 3 });
    expect(quarterly.rows.map((t) => [t.date.date, t.date.end, t.low])).toEqual([
      ['2024-01-01', '2024-03-31', 7],
      ['2024-04-01', '2024-06-30', 8],
    ]);
    expect(tallyOverTime(rows, 'fatalities', 1).period).toBe('year');
  });

  it('on 1,000 ACLED-shaped events, adds up to the sum of every fatalities figure', () => {
    const parsed = parseDataset(generateAcledShaped({ events: 1_000, sources: 30, seed: 1 }));
    if (!parsed.ok) throw new Error('generated data must be valid');
    const { data } = parsed;
    const estimates = collectEstimates(data, data.claims, data.events);
    const out = tallies(estimates, 'fatalities', 'all');
    const total = data.events.reduce((n, e) => n + (e.figures[0]?.low ?? 0), 0);
    expect(out.reduce((n, t) => n + (t.low ?? 0), 0)).toBe(total);
    expect(out.reduce((n, t) => n + (t.events ?? 0), 0)).toBe(1_000);
    expect(new Set(out.map((t) => t.sourceId)).size).toBe(out.length);
  });
});
