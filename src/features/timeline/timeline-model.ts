/**
 * The timeline as pure data: items (events, and the article's claims at their as-of date) in date order,
 * lanes by category, an x scale over a range of days, and the marks to draw — one per item when few are
 * in view, or counts per lane and bin when zoomed out, so the axis never holds thousands of nodes.
 */
import { dateInterval, isoFromDayNumber } from '../../data/dates';
import type { Category, Citation, Event, FuzzyDate, Origin } from '../../data/schema';
import type { NormalisedClaim } from '../../data/validate';
import { bump } from '../../lib/counts';

export interface TimelineItem {
  kind: 'event' | 'claim';
  id: string;
  /** Inclusive day numbers the date may mean. */
  start: number;
  end: number;
  date: FuzzyDate;
  category: Category;
  origin: Origin;
  text: string;
  sourceIds: readonly string[];
  citations: readonly Citation[];
}

const items = new WeakMap<Event | NormalisedClaim, TimelineItem>();

function cached<T extends Event | NormalisedClaim>(
  row: T,
  build: (row: T) => Omit<TimelineItem, 'start' | 'end'>,
) {
  let item = items.get(row);
  if (!item) {
    const base = build(row);
    item = { ...base, ...dateInterval(base.date) };
    items.set(row, item);
  }
  return item;
}

export function eventItem(e: Event): TimelineItem {
  return cached(e, () => ({
    kind: 'event',
    id: e.id,
    date: e.date,
    category: e.category,
    origin: e.origin,
    text: e.description,
    sourceIds: e.sourceIds,
    citations: e.citations,
  }));
}

/** A claim of the article, at its as-of date. */
export function claimItem(c: NormalisedClaim): TimelineItem {
  return cached(c, () => ({
    kind: 'claim',
    id: c.id,
    date: c.asOf,
    category: c.category,
    origin: 'article',
    text: c.summary,
    sourceIds: [c.sourceId],
    citations: [],
  }));
}

const byDate = (a: TimelineItem, b: TimelineItem) => a.start - b.start || a.end - b.end;

/** Events (already in date order) merged with the claims in one date-ordered list. */
export function timelineItems(
  eventsByDate: readonly Event[],
  claims: readonly NormalisedClaim[],
): TimelineItem[] {
  const c = claims.map(claimItem).sort(byDate);
  const out: TimelineItem[] = new Array<TimelineItem>(eventsByDate.length + c.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < out.length; k++) {
    const e = i < eventsByDate.length ? eventItem(eventsByDate[i] as Event) : undefined;
    const next = c[j];
    if (e && (!next || byDate(e, next) <= 0)) {
      out[k] = e;
      i++;
    } else {
      out[k] = next as TimelineItem;
      j++;
    }
  }
  return out;
}

export interface DayRange {
  /** Inclusive day numbers. */
  start: number;
  end: number;
}

/** The days on the axis: the chosen date range, else the whole dataset with a little margin. */
export function viewRange(extent: DayRange | null, from: number | null, to: number | null): DayRange {
  const base = extent ?? { start: 0, end: 30 };
  const margin = from === null || to === null ? Math.max(3, Math.round((base.end - base.start) * 0.02)) : 0;
  const start = from ?? base.start - margin;
  const end = Math.max(to ?? base.end + margin, start);
  return { start, end };
}

export function scaleX(range: DayRange, x0: number, width: number): (day: number) => number {
  const k = width / (range.end - range.start + 1);
  return (day) => x0 + (day - range.start) * k;
}

export function dayAt(range: DayRange, x0: number, width: number, x: number): number {
  const k = (range.end - range.start + 1) / width;
  return Math.min(range.end, Math.max(range.start, Math.floor(range.start + (x - x0) * k)));
}

export interface Bin {
  lane: number;
  start: number;
  end: number;
  count: number;
}

export type LaneLayout =
  | { mode: 'marks'; marks: { item: TimelineItem; lane: number }[] }
  | { mode: 'bins'; bins: Bin[]; max: number };

/** Above this many items in view, lanes are drawn as counts per bin. */
export const MAX_MARKS = 400;

export function layoutLanes(
  list: readonly TimelineItem[],
  lanes: readonly Category[],
  range: DayRange,
  binCount: number,
  maxMarks = MAX_MARKS,
): LaneLayout {
  const laneOf = new Map(lanes.map((c, i) => [c, i]));
  const inView = (it: TimelineItem) => it.end >= range.start && it.start <= range.end;
  let n = 0;
  for (const it of list) if (inView(it)) n++;
  if (n <= maxMarks) {
    const marks = list.filter(inView).map((item) => ({ item, lane: laneOf.get(item.category) ?? 0 }));
    return { mode: 'marks', marks };
  }
  const bins = Math.max(1, binCount);
  const binDays = Math.ceil((range.end - range.start + 1) / bins);
  const counts = new Int32Array(lanes.length * bins);
  for (const it of list) {
    if (!inView(it)) continue;
    const b = Math.min(bins - 1, Math.floor((Math.max(it.start, range.start) - range.start) / binDays));
    bump(counts, (laneOf.get(it.category) ?? 0) * bins + b);
  }
  const out: Bin[] = [];
  let max = 0;
  counts.forEach((count, k) => {
    if (count === 0) return;
    const b = k % bins;
    const start = range.start + b * binDays;
    out.push({ lane: Math.floor(k / bins), start, end: Math.min(range.end, start + binDays - 1), count });
    max = Math.max(max, count);
  });
  return { mode: 'bins', bins: out, max };
}

/** Items per bin over a range, all lanes together: the overview under the brush. */
export function histogram(list: readonly TimelineItem[], range: DayRange, bins: number): Int32Array {
  const out = new Int32Array(Math.max(1, bins));
  const binDays = (range.end - range.start + 1) / out.length;
  for (const it of list) {
    const b = Math.floor((it.start - range.start) / binDays);
    if (b >= 0 && b < out.length) bump(out, b);
  }
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Tick days and labels: months (every 1, 2, 3, 6 or 12 so labels never crowd), or weeks when zoomed in. */
export function ticks(range: DayRange, width: number, minGap = 64): { day: number; label: string }[] {
  const days = range.end - range.start + 1;
  const maxTicks = Math.max(1, Math.floor(width / minGap));
  if (days <= 70) {
    const step = Math.max(1, Math.ceil(days / maxTicks / 7)) * 7;
    const out: { day: number; label: string }[] = [];
    for (let d = range.start; d <= range.end; d += step) {
      const [, m, dd] = isoFromDayNumber(d).split('-').map(Number) as [number, number, number];
      out.push({ day: d, label: `${dd} ${MONTHS[m - 1] ?? ''}` });
    }
    return out;
  }
  const months = days / 30.44;
  const step = [1, 2, 3, 6, 12, 24, 60].find((s) => months / s <= maxTicks) ?? 120;
  const first = isoFromDayNumber(range.start);
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7)) - 1;
  const out: { day: number; label: string }[] = [];
  for (let guard = 0; guard < 2_000; guard++) {
    const day = Math.floor(Date.UTC(y, m, 1) / 86_400_000);
    if (day > range.end) break;
    if (day >= range.start && m % step === 0) {
      out.push({
        day,
        label: m === 0 || step >= 12 || out.length === 0 ? `${MONTHS[m]} ${y}` : `${MONTHS[m]}`,
      });
    }
    m++;
    if (m === 12) {
      m = 0;
      y++;
    }
  }
  return out;
}
