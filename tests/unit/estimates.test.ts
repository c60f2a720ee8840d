import { describe, expect, it } from 'vitest';
import {
  chartReference,
  chartMeasures,
  collectEstimates,
  deployedForce,
  describeDeployed,
  describeRatio,
  disparityRatio,
  disparityRows,
  figureInterval,
  latestPerSource,
  pointValue,
  sampleByValue,
  thinOverTime,
} from '../../src/data/estimates';
import { bundledDataset, claim, estimateRow, makeDataset } from './helpers/factories';

const bundled = bundledDataset();

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}
const all = collectEstimates(bundled, bundled.claims, bundled.events);

const estimate = estimateRow;

describe('collectEstimates', () => {
  it('turns claim figures and every event figure into estimates with source, date and origin', () => {
    const jcs = all.find((e) => e.key === 'claim:c-jcs-over-1100');
    expect(jcs).toMatchObject({
      kind: 'claim',
      sourceName: 'ROK JCS',
      reliability: 'B',
      bound: 'more-than',
      low: 1100,
      origin: 'article',
    });
    expect(jcs?.quote).toContain('over 1,100 North Koreans');
    const nis = all.find((e) => e.rowId === 'e-2025-01-13-nis-300-2700' && e.measure === 'killed-wounded');
    expect(nis).toMatchObject({
      kind: 'event',
      sourceId: 'nis',
      origin: 'later-context',
      bound: 'more-than',
      low: 3000,
    });
    expect(nis?.key).toBe('event:e-2025-01-13-nis-300-2700:2');
  });

  it('leaves out an event figure whose source is hidden, even when the event itself passes', () => {
    const some = collectEstimates(bundled, [], bundled.events, (id) => id !== 'sso');
    expect(some.some((e) => e.sourceId === 'sso')).toBe(false);
    expect(some.some((e) => e.rowId === 'e-2024-12-17-several-hundred-sso')).toBe(true);
  });
});

describe('bounds', () => {
  it('gives each bound the values it allows', () => {
    expect(figureInterval({ bound: 'more-than', low: 1100, high: undefined })).toEqual({
      min: 1100,
      max: Infinity,
    });
    expect(figureInterval({ bound: 'at-least', low: 30, high: undefined })).toEqual({
      min: 30,
      max: Infinity,
    });
    expect(figureInterval({ bound: 'at-most', low: undefined, high: 3000 })).toEqual({ min: 0, max: 3000 });
    expect(figureInterval({ bound: 'range', low: 1100, high: 3000 })).toEqual({ min: 1100, max: 3000 });
    expect(figureInterval({ bound: 'exact', low: 50, high: undefined })).toEqual({ min: 50, max: 50 });
    const about = figureInterval({ bound: 'about', low: 12000, high: undefined });
    expect(about.min).toBeCloseTo(10800);
    expect(about.max).toBeCloseTo(13200);
    expect(pointValue({ bound: 'range', low: 1100, high: 3000 })).toBe(2050);
  });
});

describe('disparity rows', () => {
  it('shows the article figures of one measure and each other source’s latest context figure up to the article', () => {
    const rows = disparityRows(all, 'killed-wounded', chartReference(bundled).asOfDate);
    const keys = rows.map((r) => r.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'claim:c-jcs-over-1100',
        'claim:c-zelensky-over-3000',
        'claim:c-jcs-blend-1100-3000',
      ]),
    );
    expect(rows.every((r) => r.measure === 'killed-wounded')).toBe(true);
    expect(rows.some((r) => r.origin === 'later-context')).toBe(false);
    // JCS and Zelensky speak through the article; their same-day context rows are not repeated.
    expect(rows.filter((r) => r.sourceId === 'zelensky')).toHaveLength(1);
    // GUR's latest running total before the article is the one of 14 Dec (16 Dec counts one weekend).
    expect(rows.filter((r) => r.sourceId === 'gur').map((r) => r.date.date)).toEqual(['2024-12-14']);
    // Sorted by value.
    const values = rows.map(pointValue);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });

  it('never mixes measures: a count for one stretch of fighting is its own measure', () => {
    const rows = disparityRows(all, 'killed-wounded', chartReference(bundled).asOfDate);
    expect(rows.some((r) => r.measure === 'killed-wounded-period')).toBe(false);
    const week = disparityRows(all, 'killed-wounded-period', chartReference(bundled).asOfDate);
    // GUR's weekend (16 Dec); Kirby's one week (27 Dec) is after the article, left to the over-time view.
    expect(week.map((r) => r.sourceId)).toEqual(['gur']);
  });

  it('takes the latest of all when nothing is dated before the cut-off', () => {
    const late = estimate('NIS', 'about', 4700, undefined, {
      date: { date: '2025-04-30', precision: 'day' },
      kind: 'event',
    });
    expect(latestPerSource([late], '2024-12-23')).toEqual([late]);
  });

  it('lists the measures that have figures, casualties first', () => {
    const measures = chartMeasures(bundled, all, chartReference(bundled).defaultMeasure).map((m) => m.id);
    expect(measures[0]).toBe('killed-wounded');
    expect(measures).toEqual(
      expect.arrayContaining(['killed', 'wounded', 'troops-deployed', 'killed-wounded-period']),
    );
  });
});

describe('disparity ratio', () => {
  it('compares the article’s two floors and says the ratio compares minimums', () => {
    const ratio = disparityRatio(disparityRows(all, 'killed-wounded', chartReference(bundled).asOfDate));
    expect(ratio).not.toBeNull();
    expect(ratio?.high.key).toBe('claim:c-zelensky-over-3000');
    expect(ratio?.low.key).toBe('claim:c-jcs-over-1100');
    expect(ratio?.kind).toBe('open');
    expect(ratio?.articleOnly).toBe(true);
    expect(ratio?.stated).toBeCloseTo(2.727, 3);
    const text = describeRatio(must(ratio));
    expect(text.headline).toBe('Zelensky’s figure is 2.7× ROK JCS’s (> 3,000 against > 1,100).');
    expect(text.caveat).toMatch(/floors/);
  });

  it('says two ceilings are ceilings, not floors', () => {
    const ratio = disparityRatio([estimate('Kyiv', 'at-most', 3000), estimate('Seoul', 'at-most', 1100)]);
    expect(ratio?.kind).toBe('open');
    const text = describeRatio(must(ratio));
    expect(text.caveat).toMatch(/^Both figures are ceilings/);
    expect(text.caveat).not.toMatch(/floors/);
  });

  it('bounds the ratio from above when the higher figure is a ceiling and the lower a floor', () => {
    const crossed = disparityRatio([estimate('Kyiv', 'at-most', 3000), estimate('Seoul', 'more-than', 1100)]);
    expect(crossed?.kind).toBe('at-most');
    expect(describeRatio(must(crossed)).headline).toMatch(/^Kyiv’s figure is at most 2\.8× Seoul’s/);
  });

  it('is a lower bound when only the higher figure is open-ended', () => {
    const ratio = disparityRatio([estimate('Kyiv', 'more-than', 3000), estimate('Seoul', 'exact', 1100)]);
    expect(ratio?.kind).toBe('at-least');
    expect(describeRatio(must(ratio)).headline).toBe(
      'Kyiv’s figure is at least 2.7× Seoul’s (> 3,000 against 1,100).',
    );
    expect(describeRatio(must(ratio)).caveat).toMatch(/lower bound/);
  });

  it('is an upper bound when the higher figure is a ceiling and the lower a floor', () => {
    const ratio = disparityRatio([
      estimate('A', 'at-most', undefined, 3000),
      estimate('B', 'at-least', 1000),
    ]);
    expect(ratio?.kind).toBe('at-most');
    expect(ratio?.max).toBe(3);
    expect(describeRatio(must(ratio)).headline).toMatch(/at most 3×/);
  });

  it('is exact for exact figures, approximate for approximate ones, a span for ranges', () => {
    expect(disparityRatio([estimate('A', 'exact', 3000), estimate('B', 'exact', 1000)])).toMatchObject({
      kind: 'exact',
      stated: 3,
    });
    const about = disparityRatio([estimate('A', 'about', 4000), estimate('B', 'about', 1000)]);
    expect(about?.kind).toBe('about');
    expect(describeRatio(must(about)).headline).toMatch(/about 4×/);
    const range = disparityRatio([estimate('A', 'range', 2000, 3000), estimate('B', 'exact', 1000)]);
    expect(range).toMatchObject({ kind: 'between', min: 2, max: 3 });
  });

  it('has nothing to say for a single estimate or none', () => {
    expect(disparityRatio([estimate('A', 'exact', 3000)])).toBeNull();
    expect(disparityRatio([])).toBeNull();
  });
});

describe('deployed force', () => {
  it('is the article’s about 12,000, with the sources’ own spread of 10,000–12,000', () => {
    const force = deployedForce(all, chartReference(bundled));
    expect(force).toMatchObject({ central: 12000, min: 10000, max: 12000 });
  });

  it('spreads between the numbers the sources stated: a range’s ends, never its midpoint', () => {
    const troops = {
      measure: 'troops-deployed',
      kind: 'event' as const,
      date: { date: '2024-11-01', precision: 'day' as const },
    };
    const force = deployedForce(
      [
        estimateRow('A', 'range', 1_000, 12_379, { ...troops, key: 'event:a:0', rowId: 'a', sourceId: 'a' }),
        estimateRow('B', 'about', 8_000, undefined, {
          ...troops,
          key: 'event:b:0',
          rowId: 'b',
          sourceId: 'b',
        }),
      ],
      { referenceMeasure: 'troops-deployed', asOfDate: '2024-12-23' },
    );
    expect(force).toMatchObject({ min: 1_000, max: 12_379 });
    expect(describeDeployed(must(force))).not.toMatch(/6,189\.5/);
  });

  it('is absent when no figure counts the force', () => {
    expect(
      deployedForce(
        all.filter((e) => e.measure !== 'troops-deployed'),
        chartReference(bundled),
      ),
    ).toBeNull();
  });
});

describe('figures of any dataset', () => {
  it('works on a small dataset of the same schema', () => {
    const small = makeDataset();
    const est = collectEstimates(small, small.claims, small.events);
    const rows = disparityRows(est, 'killed-wounded', chartReference(small).asOfDate);
    expect(rows.map((r) => r.sourceName)).toEqual(['JCS', 'Zelensky']);
    expect(describeRatio(must(disparityRatio(rows))).headline).toContain('2.7×');
  });

  it('reads -0 as 0 and places a figure with a best estimate at its best', () => {
    const small = makeDataset({
      claims: [claim({ figure: { measure: 'killed-wounded', bound: 'exact', low: -0, stated: 'none' } })],
    });
    const [zero] = collectEstimates(small, small.claims, small.events);
    expect(Object.is(zero?.low, -0)).toBe(false);
    expect(zero?.low).toBe(0);
    expect(pointValue({ bound: 'range', low: 100, best: 180, high: 300 })).toBe(180);
    expect(figureInterval({ bound: 'range', low: 100, best: 180, high: 300 })).toEqual({
      min: 100,
      max: 300,
    });
  });

  it('takes no ratio to a figure below 1, and never more than three significant digits', () => {
    expect(disparityRatio([estimate('A', 'exact', 5), estimate('B', 'exact', 0.5)])).toBeNull();
    expect(disparityRatio([estimate('A', 'exact', 5), estimate('B', 'exact', 0)])).toBeNull();
    const big = must(disparityRatio([estimate('A', 'exact', 123_456), estimate('B', 'exact', 1)]));
    expect(describeRatio(big).headline).toBe('A’s figure is 123,000× B’s (123,456 against 1).');
    const mid = must(disparityRatio([estimate('A', 'exact', 2_734), estimate('B', 'exact', 100)]));
    expect(describeRatio(mid).headline).toContain('27.3×');
  });

  it('leaves tallies of coded events out of the ratio between claims', () => {
    const tally = estimate('ACLED', 'exact', 90_000, undefined, {
      kind: 'tally',
      key: 'tally:acled',
      events: 400,
    });
    const ratio = disparityRatio([estimate('A', 'more-than', 3000), estimate('B', 'more-than', 1100), tally]);
    expect(ratio?.high.sourceName).toBe('A');
    expect(disparityRatio([estimate('A', 'exact', 3000), tally])).toBeNull();
  });
});

describe('thinOverTime', () => {
  it('keeps every figure when there are few, and each source’s latest per month when there are many', () => {
    const few = [estimate('A', 'exact', 1), estimate('B', 'exact', 2)];
    expect(thinOverTime(few, 10)).toEqual(few);
    const many = Array.from({ length: 60 }, (_, i) =>
      estimate('A', 'exact', i + 1, undefined, {
        key: `k${i}`,
        date: {
          date: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String(Math.floor(i / 12) + 1).padStart(2, '0')}`,
          precision: 'day',
        },
      }),
    );
    const thinned = thinOverTime(many, 20);
    expect(thinned).toHaveLength(12);
    // The latest of each month: day 5 of every month.
    expect(thinned.every((e) => e.date.date.endsWith('-05'))).toBe(true);
    expect(thinOverTime(many, 5)).toHaveLength(5);
  });
});

describe('sampleByValue', () => {
  it('keeps the lowest and the highest and spreads the rest evenly', () => {
    const rows = Array.from({ length: 100 }, (_, i) => estimate(`S${i}`, 'exact', i + 1));
    const sample = sampleByValue(rows, 10);
    expect(sample).toHaveLength(10);
    expect(sample[0]).toBe(rows[0]);
    expect(sample[9]).toBe(rows[99]);
    expect(sampleByValue(rows.slice(0, 5), 10)).toHaveLength(5);
  });
});
