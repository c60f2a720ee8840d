/** Pure geometry for the estimate chart: value transforms, scales, ticks and the marks' extents. */
import { dayNumber, dateInterval, isoFromDayNumber } from '../../data/dates';
import { figureInterval, pointValue, shareOf, type DeployedForce, type Estimate } from '../../data/estimates';
import { formatNumber } from '../../lib/format';
import type { ChartScale } from '../../state/store';
import { MONTHS } from '../../lib/format';

export const CHART_WIDTH = 640;
export const CHART_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
export const INK = '#1a1d21';
export const MUTED = '#4b5563';
export const GRID = '#d1d5db';
export const SELECTED = '#fff3bf';

/** Numbers on the chart's value axis: absolute, or a share (%) of the central deployed force. */
export interface ValueAxis {
  scale: ChartScale;
  /** Transforms a figure's number into the axis unit. */
  toAxis: (value: number) => number;
  format: (axisValue: number) => string;
  force: DeployedForce | null;
}

export function valueAxis(scale: ChartScale, force: DeployedForce | null): ValueAxis {
  if (scale === 'share' && force) {
    return {
      scale,
      toAxis: (v) => shareOf(v, force.central),
      format: (a) => `${formatNumber(Math.round(a * 10) / 10)} %`,
      force,
    };
  }
  return { scale: 'absolute', toAxis: (v) => v, format: (a) => formatNumber(Math.round(a)), force };
}

/** A figure's label in the axis unit: "> 1,100" or "> 9.2 %". */
export function markLabel(e: Estimate, axis: ValueAxis): string {
  const f = (v: number | undefined) => (v === undefined ? '' : axis.format(axis.toAxis(v)));
  switch (e.bound) {
    case 'range':
      return `${f(e.low)}–${f(e.high)}`;
    case 'at-most':
      return `≤ ${f(e.high ?? e.low)}`;
    case 'at-least':
      return `≥ ${f(e.low)}`;
    case 'more-than':
      return `> ${f(e.low)}`;
    case 'about':
      return `≈ ${f(e.low)}`;
    case 'exact':
      return f(e.low);
  }
}

const AXIS_ENDS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
const TICK_STEPS = [1, 2, 2.5, 5, 10];

/** The smallest round number (from `steps` × 10ⁿ) at or above the value. */
export function niceCeil(value: number, steps: readonly number[] = AXIS_ENDS): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = steps.find((s) => s * power >= value - 1e-9) ?? 10;
  return step * power;
}

export function ticks(max: number, count = 4): number[] {
  const step = niceCeil(max / count, TICK_STEPS);
  const out: number[] = [];
  for (let v = 0; v <= max + 1e-9; v += step) out.push(v);
  return out;
}

/** The top of the value axis: room above every finite number for open-ended arrows and labels. */
export function axisMax(estimates: readonly Estimate[], axis: ValueAxis, withForce: boolean): number {
  const values: number[] = [];
  for (const e of estimates) {
    const { max } = figureInterval(e);
    values.push(axis.toAxis(Number.isFinite(max) ? max : pointValue(e) * 1.2));
  }
  if (withForce && axis.force) {
    values.push(axis.scale === 'share' ? 100 : axis.force.max);
  }
  return niceCeil(Math.max(1, ...values) * 1.08);
}

export function linear(domainMax: number, from: number, to: number) {
  return (v: number) => from + (Math.min(Math.max(v, 0), domainMax) / domainMax) * (to - from);
}

/** Where a figure's mark reaches on the value axis, in axis units; open ends reach the axis end. */
export interface MarkExtent {
  point: number;
  start: number;
  end: number;
  openStart: boolean;
  openEnd: boolean;
  /** The share range that the deployed force's own uncertainty gives (share scale only). */
  spread: { start: number; end: number } | null;
}

export function markExtent(e: Estimate, axis: ValueAxis, domainMax: number): MarkExtent {
  const { min, max } = figureInterval(e);
  const point = axis.toAxis(pointValue(e));
  const openEnd = !Number.isFinite(max);
  const openStart = e.bound === 'at-most';
  const force = axis.force;
  const spread =
    axis.scale === 'share' && force && force.min !== force.max
      ? { start: pointValue(e) * (100 / force.max), end: pointValue(e) * (100 / force.min) }
      : null;
  return {
    point,
    start: openStart ? 0 : axis.toAxis(min),
    end: openEnd ? domainMax : axis.toAxis(max),
    openStart,
    openEnd,
    spread,
  };
}

/** The time axis of the over-time view: whole days, padded so marks at the ends are not clipped. */
export function timeDomain(estimates: readonly Estimate[], extraIso: string | null): [number, number] {
  const days = estimates.flatMap((e) => {
    const { start, end } = dateInterval(e.date);
    return [start, end];
  });
  if (extraIso) days.push(dayNumber(extraIso));
  const lo = Math.min(...days);
  const hi = Math.max(...days);
  const pad = Math.max(7, Math.round((hi - lo) * 0.05));
  return [lo - pad, hi + pad];
}

/** First-of-month ticks, thinned to at most `max` labels. */
export function monthTicks([lo, hi]: [number, number], max = 8): { day: number; label: string }[] {
  const out: { day: number; label: string }[] = [];
  const first = isoFromDayNumber(lo);
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  for (;;) {
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
    const day = dayNumber(`${y}-${String(m).padStart(2, '0')}-01`);
    if (day > hi) break;
    out.push({ day, label: m === 1 ? `${MONTHS[m - 1] ?? ''} ${y}` : (MONTHS[m - 1] ?? '') });
  }
  const every = Math.max(1, Math.ceil(out.length / max));
  return out.filter((_, i) => i % every === 0);
}

export interface PlacedMark {
  estimate: Estimate;
  geometry: MarkExtent & { cross: number };
  /** The marker's centre in svg units, for the tooltip. */
  x: number;
  y: number;
}

export type MarkGeometry = PlacedMark['geometry'];

export const DISPARITY = { left: 178, right: CHART_WIDTH - 64, top: 78, row: 46 } as const;

export interface DisparityLayout {
  width: number;
  height: number;
  domainMax: number;
  x: (axisValue: number) => number;
  marks: PlacedMark[];
  rowsBottom: number;
}

export function disparityLayout(
  rows: readonly Estimate[],
  axis: ValueAxis,
  withForce: boolean,
): DisparityLayout {
  const domainMax = axisMax(rows, axis, withForce);
  const x = linear(domainMax, DISPARITY.left, DISPARITY.right);
  const marks = rows.map((estimate, i): PlacedMark => {
    const ext = markExtent(estimate, axis, domainMax);
    const cross = DISPARITY.top + DISPARITY.row * i + DISPARITY.row / 2;
    const geometry = {
      point: x(ext.point),
      start: x(ext.start),
      end: x(ext.end),
      openStart: ext.openStart,
      openEnd: ext.openEnd,
      spread: ext.spread ? { start: x(ext.spread.start), end: x(ext.spread.end) } : null,
      cross,
    };
    return { estimate, geometry, x: geometry.point, y: cross };
  });
  const rowsBottom = DISPARITY.top + DISPARITY.row * rows.length;
  const height = rowsBottom + (axis.scale === 'share' ? 92 : 72);
  return { width: CHART_WIDTH, height, domainMax, x, marks, rowsBottom };
}

export const OVER_TIME = { left: 64, right: CHART_WIDTH - 72, top: 60, plot: 270 } as const;
/** Over time, an open-ended bound is a short arrow from its point: the series stays readable. */
const SHORT_ARROW = 28;

export interface OverTimeLayout {
  width: number;
  height: number;
  domainMax: number;
  days: [number, number];
  x: (day: number) => number;
  y: (axisValue: number) => number;
  marks: (PlacedMark & { span: { x0: number; x1: number } | null })[];
  plotBottom: number;
}

export function overTimeLayout(
  estimates: readonly Estimate[],
  axis: ValueAxis,
  articleDate: string | null,
  legendRows: number,
): OverTimeLayout {
  const domainMax = axisMax(estimates, axis, false);
  const days = timeDomain(estimates, articleDate);
  const plotBottom = OVER_TIME.top + OVER_TIME.plot;
  const x = (day: number) =>
    OVER_TIME.left + ((day - days[0]) / Math.max(1, days[1] - days[0])) * (OVER_TIME.right - OVER_TIME.left);
  const y = linear(domainMax, plotBottom, OVER_TIME.top);
  const sameDay = new Map<string, number>();
  const marks = [...estimates]
    .sort((a, b) => dayNumber(a.date.date) - dayNumber(b.date.date))
    .map((estimate) => {
      const { start, end } = dateInterval(estimate.date);
      const seen = sameDay.get(estimate.date.date) ?? 0;
      sameDay.set(estimate.date.date, seen + 1);
      // Figures of the same day are nudged apart so each stays visible and reachable.
      const nudge = seen === 0 ? 0 : (seen % 2 === 1 ? 1 : -1) * Math.ceil(seen / 2) * 7;
      const cross = x((start + end + 1) / 2) + nudge;
      const ext = markExtent(estimate, axis, domainMax);
      const geometry = {
        point: y(ext.point),
        start: ext.openStart ? Math.min(y(ext.point) + SHORT_ARROW, plotBottom) : y(ext.start),
        end: ext.openEnd ? Math.max(y(ext.point) - SHORT_ARROW, OVER_TIME.top - 10) : y(ext.end),
        openStart: ext.openStart,
        openEnd: ext.openEnd,
        // The force's own spread is shown in the disparity view; over time it would bury the series.
        spread: null,
        cross,
      };
      const span = end > start ? { x0: x(start), x1: x(end + 1) } : null;
      return { estimate, geometry, x: cross, y: geometry.point, span };
    });
  return {
    width: CHART_WIDTH,
    height: plotBottom + 44 + legendRows * 20 + 50,
    domainMax,
    days,
    x,
    y,
    marks,
    plotBottom,
  };
}

/** Source legend items laid out left to right, wrapping at the chart's width (text width estimated). */
export function legendLayout(
  items: readonly { sourceId: string; name: string }[],
): { sourceId: string; name: string; x: number; row: number }[] {
  let x = 12;
  let row = 0;
  return items.map((item) => {
    const w = 18 + item.name.length * 6.6 + 16;
    if (x + w > CHART_WIDTH - 8 && x > 12) {
      x = 12;
      row += 1;
    }
    const placed = { ...item, x, row };
    x += w;
    return placed;
  });
}

/**
 * Which marks get a printed label: the given candidates in order, each kept only when its label's box
 * (text width estimated) overlaps no label already kept.
 */
export function labelsThatFit(
  candidates: readonly { key: string; x: number; y: number; text: string }[],
): Set<string> {
  const kept: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const out = new Set<string>();
  for (const c of candidates) {
    const box = { x0: c.x + 8, x1: c.x + 12 + c.text.length * 7, y0: c.y - 20, y1: c.y - 4 };
    const hit = kept.some((k) => box.x0 < k.x1 && box.x1 > k.x0 && box.y0 < k.y1 && box.y1 > k.y0);
    if (!hit && box.x1 <= CHART_WIDTH) {
      kept.push(box);
      out.add(c.key);
    }
  }
  return out;
}
