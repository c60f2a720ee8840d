import { describe, expect, it } from 'vitest';
import { chartReference, collectEstimates, deployedForce, disparityRows } from '../../src/data/estimates';
import { generateAcledShaped } from '../../src/data/generate';
import { parseDataset } from '../../src/data/validate';
import {
  labelsThatFit,
  markExtent,
  markLabel,
  overTimePositions,
  timeDomain,
  valueAxis,
  valueMax,
} from '../../src/features/chart/chart-model';
import { valueTicks } from '../../src/features/chart/value-ticks';
import { chartView, talliesByDefault, type ChartViewInput } from '../../src/features/chart/chart-view';
import { dayNumber } from '../../src/data/dates';
import { assessedRange, bundledDataset, estimateRow } from './helpers/factories';

const bundled = bundledDataset();
const all = collectEstimates(bundled, bundled.claims, bundled.events);
const force = deployedForce(all, chartReference(bundled));
const rows = disparityRows(all, 'killed-wounded', chartReference(bundled).asOfDate);
const find = (key: string) => {
  const row = rows.find((r) => r.key === key);
  if (!row) throw new Error(`no row ${key}`);
  return row;
};

describe('value axis', () => {
  it('ends on a round tick past every figure, the force and the analyst’s range', () => {
    const abs = valueAxis('absolute', force);
    const max = valueMax(rows, abs, true, null);
    expect(max).toBeGreaterThanOrEqual(12000);
    const ticks = valueTicks(max);
    expect(ticks[0]).toBe(0);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
    expect(ticks.every((t) => t % 1000 === 0)).toBe(true);
    expect(valueMax(rows, abs, false, assessedRange({ high: 40_000 }))).toBeGreaterThanOrEqual(40_000);
  });

  it('leaves room past an open-ended figure for its arrow', () => {
    const abs = valueAxis('absolute', null);
    expect(valueMax([estimateRow('A', 'more-than', 1000)], abs, false, null)).toBeGreaterThan(1200);
  });
});

describe('marks', () => {
  it('labels figures with their bound, in numbers or as a share of the force; a tally with Σ', () => {
    const abs = valueAxis('absolute', force);
    const share = valueAxis('share', force);
    expect(markLabel(find('claim:c-jcs-over-1100'), abs)).toBe('> 1,100');
    expect(markLabel(find('claim:c-zelensky-over-3000'), share)).toBe('> 25 %');
    expect(markLabel(find('claim:c-jcs-blend-1100-3000'), abs)).toBe('1,100–3,000');
    expect(markLabel(estimateRow('ACLED', 'exact', 312, undefined, { kind: 'tally' }), abs)).toBe('Σ 312');
  });

  it('flags an open-ended bound (drawn to the plot’s edge), and runs a range from low to high', () => {
    const abs = valueAxis('absolute', force);
    expect(markExtent(find('claim:c-jcs-over-1100'), abs)).toMatchObject({
      point: 1100,
      start: 1100,
      openEnd: true,
      openStart: false,
    });
    expect(markExtent(find('claim:c-jcs-blend-1100-3000'), abs)).toMatchObject({
      start: 1100,
      end: 3000,
      openEnd: false,
    });
    expect(markExtent(estimateRow('A', 'at-most', undefined, 500), abs)).toMatchObject({
      point: 500,
      start: 0,
      openStart: true,
    });
  });

  it('shows, on the share scale, the spread the force’s own uncertainty gives', () => {
    const ext = markExtent(find('claim:c-zelensky-over-3000'), valueAxis('share', force));
    expect(ext.point).toBeCloseTo(25);
    expect(ext.spread?.start).toBeCloseTo(25);
    expect(ext.spread?.end).toBeCloseTo(30);
  });

  it('keeps only the labels that do not collide or run off the chart', () => {
    const kept = labelsThatFit(
      [
        { key: 'a', x: 100, y: 100, text: '≈ 4,000' },
        { key: 'b', x: 110, y: 102, text: '≈ 4,000' },
        { key: 'c', x: 300, y: 100, text: '> 3,000' },
        { key: 'd', x: 600, y: 300, text: '> 3,000' },
      ],
      640,
    );
    expect([...kept]).toEqual(['a', 'c']);
  });
});

describe('over time', () => {
  it('pads the days around every figure and the dates drawn beside them', () => {
    const [lo, hi] = timeDomain(rows, ['2025-06-01']);
    expect(lo).toBeLessThan(dayNumber('2024-12-14'));
    expect(hi).toBeGreaterThan(dayNumber('2025-06-01'));
  });

  it('spreads figures of the same day apart, but never tallies of one period', () => {
    const day = { date: '2024-12-23', precision: 'day' as const };
    const month = { date: '2024-12-01', precision: 'month' as const };
    const at = overTimePositions([
      estimateRow('A', 'exact', 1, undefined, { key: 'a', date: day }),
      estimateRow('B', 'exact', 2, undefined, { key: 'b', date: day }),
      estimateRow('C', 'exact', 3, undefined, { key: 'c', date: day }),
      estimateRow('T', 'exact', 3, undefined, { key: 't1', kind: 'tally', date: month }),
      estimateRow('U', 'exact', 4, undefined, { key: 't2', kind: 'tally', date: month }),
    ]);
    expect([at.get('a')?.nudge, at.get('b')?.nudge, at.get('c')?.nudge]).toEqual([0, 7, -7]);
    expect([at.get('t1')?.nudge, at.get('t2')?.nudge]).toEqual([0, 0]);
    // A month-precision date sits in the middle of its month.
    expect(at.get('t1')?.day).toBe(dayNumber('2024-12-01') + 15.5);
  });
});

describe('chartView', () => {
  const base: ChartViewInput = {
    measures: bundled.measures,
    reference: chartReference(bundled),
    all,
    visible: all,
    mode: 'disparity',
    scale: 'absolute',
    measureId: null,
    figures: 'auto',
    ranges: [],
  };

  it('defaults to casualties, labels the force as a different measure, and describes the chart', () => {
    const view = chartView(base);
    expect(view.measure?.id).toBe('killed-wounded');
    expect(view.forceLabel).toEqual([
      'Deployed force: about 12,000 (10,000–12,000 across sources)',
      'Troops deployed: a different measure, for scale',
    ]);
    expect(view.summary).toContain('2.7×');
    expect(view.tallied).toBe(false);
    expect(view.sampleNote).toBeNull();
  });

  it('offers the share scale only for figures counted in the force’s unit', () => {
    expect(chartView({ ...base, measureId: 'containers', scale: 'share' })).toMatchObject({
      shareAvailable: false,
    });
    expect(chartView({ ...base, measureId: 'containers', scale: 'share' }).axis.scale).toBe('absolute');
  });

  it('counts what the filters hide when they hide everything', () => {
    const view = chartView({ ...base, visible: [] });
    expect(view.rows).toEqual([]);
    expect(view.hiddenCount).toBeGreaterThan(0);
    expect(view.summary).toBe('No estimate of killed and wounded passes the current filters.');
  });

  it('shows every dated figure over time, later ones included', () => {
    const view = chartView({ ...base, mode: 'over-time' });
    expect(view.rows.some((r) => r.origin === 'later-context')).toBe(true);
    expect(view.ratio).toBeNull();
  });

  it('carries the analyst’s range of the measure shown, into the summary too', () => {
    const view = chartView({ ...base, ranges: [assessedRange(), assessedRange({ measure: 'killed' })] });
    expect(view.range?.measure).toBe('killed-wounded');
    expect(view.rangeText).toContain('likely (55–80 %) between 1,500 and 4,000 killed and wounded');
    expect(view.summary).toContain('Analyst’s assessment');
    expect(chartView({ ...base, measureId: 'containers', ranges: [assessedRange()] }).range).toBeNull();
  });

  it('tallies a source’s event figures on request, in place of its latest single figure', () => {
    const view = chartView({ ...base, figures: 'tally' });
    expect(view.tallied).toBe(true);
    const tallies = view.rows.filter((r) => r.kind === 'tally');
    expect(tallies.length).toBeGreaterThan(0);
    expect(view.rows.some((r) => r.kind === 'event')).toBe(false);
    // The claims stay, and the ratio is still theirs.
    expect(view.rows.some((r) => r.key === 'claim:c-jcs-over-1100')).toBe(true);
    expect(view.ratioText?.headline).toContain('2.7×');
    // The title says the chart holds tallies, not only each source's own estimate.
    expect(view.title).toBe(
      'Killed and wounded: claimed figures as of the article, and each source’s tally of coded events',
    );
    expect(chartView(base).title).toBe('Killed and wounded: each source’s estimate as of the article');
  });

  describe('on 1,000 ACLED-shaped events', () => {
    const parsed = parseDataset(generateAcledShaped({ events: 1_000, sources: 30, seed: 1 }));
    if (!parsed.ok) throw new Error('generated data must be valid');
    const data = parsed.data;
    const acled = collectEstimates(data, data.claims, data.events);
    const input: ChartViewInput = {
      ...base,
      measures: data.measures,
      reference: chartReference(data),
      all: acled,
      visible: acled,
    };

    it('tallies by default: each event’s count is no competing estimate', () => {
      expect(talliesByDefault(acled, 'fatalities')).toBe(true);
      expect(talliesByDefault(all, 'killed-wounded')).toBe(false);
      const view = chartView(input);
      expect(view.tallied).toBe(true);
      expect(view.rows.filter((r) => r.kind === 'tally')).toHaveLength(30);
      expect(view.rows.filter((r) => r.kind === 'claim')).toHaveLength(3);
      expect(view.summary).toContain('not claimed totals');
    });

    it('over time, tallies per period, coarser when months would be too many marks, and says so', () => {
      const view = chartView({ ...input, mode: 'over-time' });
      expect(view.rows.length).toBeLessThanOrEqual(400);
      expect(view.tallyPeriod).not.toBe('month');
      expect(view.sampleNote).toMatch(
        /^Tallies are per (quarter|year): per (month|quarter) they would be [\d,]+ marks\./,
      );
    });

    it('shows each source’s latest single figure when asked', () => {
      const view = chartView({ ...input, figures: 'latest' });
      expect(view.tallied).toBe(false);
      expect(view.rows.some((r) => r.kind === 'tally')).toBe(false);
    });
  });
});
