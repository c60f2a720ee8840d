/**
 * Pure helpers for the estimate chart, in axis units: how a figure maps onto the value axis (numbers or a
 * share of the deployed force), how far its mark reaches given its bound, and what the axes must hold.
 * recharts turns axis units into pixels and picks the value ticks; the time ticks come from lib/time-ticks.
 */
import { dateInterval, dayNumber } from '../../data/dates';
import { figureInterval, pointValue, shareOf, type DeployedForce, type Estimate } from '../../data/estimates';
import type { AssessedRange } from '../../data/schema';
import { formatNumber } from '../../lib/format';
import type { ChartScale } from '../../state/store';

export const CHART_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
export const INK = '#1a1d21';
export const MUTED = '#4b5563';
export const GRID = '#d1d5db';
export const SELECTED = '#fff3bf';
/** The analyst's own range: one colour no source palette uses, with a hatch, so it reads as different in grey too. */
export const ANALYST = '#5b21b6';

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

/** A figure's label in the axis unit: "> 1,100" or "> 9.2 %"; a tally is prefixed "Σ". */
export function markLabel(e: Estimate, axis: ValueAxis): string {
  const f = (v: number | undefined) => (v === undefined ? '' : axis.format(axis.toAxis(v)));
  const tally = e.kind === 'tally' ? 'Σ ' : '';
  switch (e.bound) {
    case 'range':
      return `${tally}${f(e.low)}–${f(e.high)}`;
    case 'at-most':
      return `${tally}≤ ${f(e.high ?? e.low)}`;
    case 'at-least':
      return `${tally}≥ ${f(e.low)}`;
    case 'more-than':
      return `${tally}> ${f(e.low)}`;
    case 'about':
      return `${tally}≈ ${f(e.low)}`;
    case 'exact':
      return `${tally}${f(e.low)}`;
  }
}

/** Where a figure's mark reaches on the value axis, in axis units; open ends are flagged, drawn to the plot's edge. */
export interface MarkExtent {
  point: number;
  start: number;
  end: number;
  openStart: boolean;
  openEnd: boolean;
  /** The share range that the deployed force's own uncertainty gives (share scale only). */
  spread: { start: number; end: number } | null;
}

export function markExtent(e: Estimate, axis: ValueAxis): MarkExtent {
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
    end: openEnd ? point : axis.toAxis(max),
    openStart,
    openEnd,
    spread,
  };
}

/**
 * The largest value the value axis must hold, in axis units: every finite end, room beyond an open-ended
 * point for its arrow, the deployed force when drawn, and the analyst's range. recharts rounds it up to a
 * tick.
 */
export function valueMax(
  rows: readonly Estimate[],
  axis: ValueAxis,
  withForce: boolean,
  range: AssessedRange | null,
): number {
  let max = 1;
  for (const e of rows) {
    const ext = markExtent(e, axis);
    max = Math.max(max, ext.openEnd ? ext.point * 1.25 : ext.end, ext.spread?.end ?? 0);
  }
  if (withForce && axis.force) max = Math.max(max, axis.scale === 'share' ? 100 : axis.force.max);
  if (range) max = Math.max(max, axis.toAxis(range.high));
  return max * 1.05;
}

/** The time axis of the over-time view: whole days, padded so marks at the ends are not clipped. */
export function timeDomain(estimates: readonly Estimate[], extraIso: readonly string[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of estimates) {
    const { start, end } = dateInterval(e.date);
    lo = Math.min(lo, start);
    hi = Math.max(hi, end + 1);
  }
  for (const iso of extraIso) {
    lo = Math.min(lo, dayNumber(iso));
    hi = Math.max(hi, dayNumber(iso) + 1);
  }
  const pad = Math.max(7, Math.round((hi - lo) * 0.04));
  return [lo - pad, hi + pad];
}

/**
 * Where an over-time mark sits in days (the middle of the days its date may mean) and how far it is nudged
 * sideways in px: figures of the same day are spread apart so each stays visible and reachable.
 */
export function overTimePositions(rows: readonly Estimate[]): Map<string, { day: number; nudge: number }> {
  const sameDay = new Map<string, number>();
  const out = new Map<string, { day: number; nudge: number }>();
  for (const e of rows) {
    const { start, end } = dateInterval(e.date);
    // Tallies of one period share its date by design; their values, not a nudge, tell them apart.
    const seen = e.kind === 'tally' ? 0 : (sameDay.get(e.date.date) ?? 0);
    if (e.kind !== 'tally') sameDay.set(e.date.date, seen + 1);
    const nudge = seen === 0 ? 0 : (seen % 2 === 1 ? 1 : -1) * Math.ceil(seen / 2) * 7;
    out.set(e.key, { day: (start + end + 1) / 2, nudge });
  }
  return out;
}

/** Source legend items laid out left to right, wrapping at the chart's width (text width estimated). */
export function legendLayout(
  items: readonly { sourceId: string; name: string }[],
  width: number,
): { sourceId: string; name: string; x: number; row: number }[] {
  let x = 12;
  let row = 0;
  return items.map((item) => {
    const w = 18 + item.name.length * 6.6 + 16;
    if (x + w > width - 8 && x > 12) {
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
 * (text width estimated) overlaps no label already kept and stays inside the chart's width.
 */
export function labelsThatFit(
  candidates: readonly { key: string; x: number; y: number; text: string }[],
  width: number,
): Set<string> {
  const kept: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const out = new Set<string>();
  for (const c of candidates) {
    const box = { x0: c.x + 8, x1: c.x + 12 + c.text.length * 7, y0: c.y - 20, y1: c.y - 4 };
    const hit = kept.some((k) => box.x0 < k.x1 && box.x1 > k.x0 && box.y0 < k.y1 && box.y1 > k.y0);
    if (!hit && box.x1 <= width) {
      kept.push(box);
      out.add(c.key);
    }
  }
  return out;
}
