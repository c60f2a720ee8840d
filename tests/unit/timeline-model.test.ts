import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/data/dates';
import {
  labelColumn,
  datasetItems,
  histogram,
  layoutLanes,
  scaleX,
  ticks,
  timelineItems,
  timelineLanes,
  viewRange,
} from '../../src/features/timeline/timeline-model';
import { DEFAULT_FILTERS } from '../../src/data/filters';
import { claim, event, makeDataset } from './helpers/factories';

const dataset = makeDataset({
  events: [
    event({ id: 'e-a', date: { date: '2024-10-01', precision: 'day' }, category: 'deployment' }),
    event({ id: 'e-b', date: { date: '2024-12-01', precision: 'month' }, category: 'equipment' }),
  ],
  claims: [claim({ asOf: { date: '2024-11-15', precision: 'day' } })],
});

function at<T>(rows: readonly T[], i: number): T {
  const row = rows[i];
  if (row === undefined) throw new Error(`no row ${i}`);
  return row;
}

describe('timeline model', () => {
  it('merges date-ordered events with the claims, claims as article items', () => {
    const items = timelineItems(dataset, DEFAULT_FILTERS);
    expect(items.map((i) => `${i.kind}:${i.id}`)).toEqual(['event:e-a', 'claim:c-jcs', 'event:e-b']);
    expect(at(datasetItems(dataset).claims, 0).origin).toBe('article');
    const hidden = timelineItems(dataset, { ...DEFAULT_FILTERS, hiddenSources: ['jcs'] });
    expect(hidden).toEqual([]);
  });

  it('a month-precision event spans its whole month; items are built once per row', () => {
    const item = at(datasetItems(dataset).events, 1);
    expect(item.end - item.start).toBe(30);
    expect(datasetItems(dataset).events[1]).toBe(item);
  });

  it('the view is the chosen range, or the data with a margin', () => {
    const extent = { start: 100, end: 200 };
    expect(viewRange(extent, 120, 150)).toEqual({ start: 120, end: 150 });
    const open = viewRange(extent, null, null);
    expect(open.start).toBeLessThan(100);
    expect(open.end).toBeGreaterThan(200);
    const x = scaleX({ start: 0, end: 9 }, 10, 100);
    expect([x(0), x(10)]).toEqual([10, 110]);
  });

  it('few items are marks; many are bins per lane, never one node per item', () => {
    const items = timelineItems(dataset, DEFAULT_FILTERS);
    const range = { start: dayNumber('2024-09-01'), end: dayNumber('2025-01-31') };
    const lanes = timelineLanes(dataset);
    expect(layoutLanes(items, lanes, range, 50).mode).toBe('marks');
    const many = Array.from({ length: 5_000 }, (_, i) => ({ ...at(items, i % 3), id: `x${i}` }));
    const layout = layoutLanes(many, lanes, range, 50);
    expect(layout.mode).toBe('bins');
    if (layout.mode !== 'bins') return;
    expect(layout.bins.length).toBeLessThanOrEqual(lanes.length * 50);
    expect(layout.bins.reduce((n, b) => n + b.count, 0)).toBe(5_000);
  });

  it('histogram and ticks', () => {
    const items = timelineItems(dataset, DEFAULT_FILTERS);
    const range = { start: dayNumber('2024-10-01'), end: dayNumber('2024-12-31') };
    expect([...histogram(items, range, 3)]).toEqual([1, 2, 0]);
    const labels = ticks(range, 600).map((t) => t.label);
    expect(labels).toEqual(['Oct 2024', 'Nov', 'Dec']);
    // Three weeks step by week, from the first Monday, the year on the first label.
    expect(ticks({ start: range.start, end: range.start + 20 }, 600)[0]?.label).toBe('7 Oct 2024');
  });

  it('labels long spans without overlap, to their end', () => {
    const twoCenturies = { start: dayNumber('1900-01-01'), end: dayNumber('2100-12-31') };
    const labels = ticks(twoCenturies, 700).map((t) => t.label);
    expect(labels[0]).toBe('1900');
    expect(Number(labels.at(-1))).toBeGreaterThanOrEqual(2075);
    const twentyYears = { start: dayNumber('2005-01-01'), end: dayNumber('2024-12-31') };
    const days = ticks(twentyYears, 700).map((t) => t.day);
    const px = (d: number) => ((d - twentyYears.start) / (twentyYears.end + 1 - twentyYears.start)) * 700;
    // Start-anchored four-digit years need about 26 px each, plus the gap.
    expect(days.every((d, i) => i === 0 || px(d) - px(days[i - 1] ?? 0) >= 50)).toBe(true);
  });
});

describe('the label column', () => {
  it('widens for long category names, up to a third of the panel, and cuts beyond', () => {
    expect(labelColumn(['Battles', 'Riots'], 600)).toEqual({ left: 140, chars: 16 });
    const acled = labelColumn(['Battles', 'Explosions/Remote violence'], 900);
    expect(acled.chars).toBeGreaterThanOrEqual('Explosions/Remote violence'.length);
    const narrow = labelColumn(['Explosions/Remote violence'], 450);
    expect(narrow.left).toBe(150);
    expect(narrow.chars).toBeLessThan('Explosions/Remote violence'.length);
  });
});
