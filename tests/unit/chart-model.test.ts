import { describe, expect, it } from 'vitest';
import { chartReference, collectEstimates, deployedForce, disparityRows } from '../../src/data/estimates';
import {
  disparityLayout,
  labelsThatFit,
  markExtent,
  markLabel,
  monthTicks,
  niceCeil,
  ticks,
  valueAxis,
} from '../../src/features/chart/chart-model';
import { chartView } from '../../src/features/chart/chart-view';
import { dayNumber } from '../../src/data/dates';
import { bundledDataset } from './helpers/factories';

const bundled = bundledDataset();
const all = collectEstimates(bundled, bundled.claims, bundled.events);
const force = deployedForce(all, chartReference(bundled));
const rows = disparityRows(all, 'killed-wounded', chartReference(bundled).asOfDate);
const find = (key: string) => {
  const row = rows.find((r) => r.key === key);
  if (!row) throw new Error(`no row ${key}`);
  return row;
};

describe('axes', () => {
  it('rounds axis ends and steps', () => {
    expect(niceCeil(12960)).toBe(15000);
    expect(niceCeil(108)).toBe(120);
    expect(ticks(15000)).toEqual([0, 5000, 10000, 15000]);
  });

  it('labels month ticks with the year at January', () => {
    const labels = monthTicks([dayNumber('2024-11-20'), dayNumber('2025-02-10')]).map((t) => t.label);
    expect(labels).toEqual(['Dec', 'Jan 2025', 'Feb']);
  });
});

describe('marks', () => {
  it('labels figures with their bound, in numbers or as a share of the force', () => {
    const abs = valueAxis('absolute', force);
    const share = valueAxis('share', force);
    expect(markLabel(find('claim:c-jcs-over-1100'), abs)).toBe('> 1,100');
    expect(markLabel(find('claim:c-zelensky-over-3000'), share)).toBe('> 25 %');
    expect(markLabel(find('claim:c-jcs-blend-1100-3000'), abs)).toBe('1,100–3,000');
  });

  it('runs an open-ended bound to the end of the axis, and a range from low to high', () => {
    const abs = valueAxis('absolute', force);
    expect(markExtent(find('claim:c-jcs-over-1100'), abs, 15000)).toMatchObject({
      point: 1100,
      start: 1100,
      end: 15000,
      openEnd: true,
      openStart: false,
    });
    expect(markExtent(find('claim:c-jcs-blend-1100-3000'), abs, 15000)).toMatchObject({
      start: 1100,
      end: 3000,
      openEnd: false,
    });
  });

  it('shows, on the share scale, the spread the force’s own uncertainty gives', () => {
    const ext = markExtent(find('claim:c-zelensky-over-3000'), valueAxis('share', force), 120);
    expect(ext.point).toBeCloseTo(25);
    expect(ext.spread?.start).toBeCloseTo(25);
    expect(ext.spread?.end).toBeCloseTo(30);
  });

  it('lays out one row per estimate, the force within the axis', () => {
    const layout = disparityLayout(rows, valueAxis('absolute', force), true);
    expect(layout.marks).toHaveLength(rows.length);
    expect(layout.domainMax).toBeGreaterThanOrEqual(12000);
    const ys = layout.marks.map((m) => m.y);
    expect(new Set(ys).size).toBe(ys.length);
  });

  it('keeps only the labels that do not collide', () => {
    const kept = labelsThatFit([
      { key: 'a', x: 100, y: 100, text: '≈ 4,000' },
      { key: 'b', x: 110, y: 102, text: '≈ 4,000' },
      { key: 'c', x: 300, y: 100, text: '> 3,000' },
    ]);
    expect([...kept]).toEqual(['a', 'c']);
  });
});

describe('chartView', () => {
  const base = {
    measures: bundled.measures,
    reference: chartReference(bundled),
    all,
    visible: all,
    mode: 'disparity' as const,
    scale: 'absolute' as const,
    measureId: null,
  };

  it('defaults to casualties, labels the force as a different measure, and describes the chart', () => {
    const view = chartView(base);
    expect(view.measure?.id).toBe('killed-wounded');
    expect(view.forceLabel).toEqual([
      'Deployed force: about 12,000 (10,000–12,000 across sources)',
      'Troops deployed: a different measure, for scale',
    ]);
    expect(view.summary).toContain('2.7×');
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
});
