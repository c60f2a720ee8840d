/**
 * The timeline as pure data: items (events, and the article's claims at their as-of date) in date order,
 * lanes by category, an x scale over a range of days, and the marks to draw — one per item when few are
 * in view, or counts per lane and bin when zoomed out, so the axis never holds thousands of nodes.
 */
import { shownMasks } from '../../data/filter';
import { categoryOf, datasetIndex, usedCategories } from '../../data/dataset-index';
import type { Category, Citation, FuzzyDate, Origin } from '../../data/schema';
import type { Dataset } from '../../data/validate';
import type { Filters } from '../../data/filters';
import { bump } from '../../lib/counts';
import { timeTicks, type TimeTick } from '../../lib/time-ticks';

export interface TimelineItem {
  kind: 'event' | 'claim';
  id: string;
  /** Inclusive day numbers the date may mean. */
  start: number;
  end: number;
  date: FuzzyDate;
  /** The item's own category (its lane), with its label and colour. */
  category: Category;
  /** Position of the category in the dataset's list: a number, so binning 100,000 items stays a tight loop. */
  categoryIndex: number;
  origin: Origin;
  text: string;
  sourceIds: readonly string[];
  citations: readonly Citation[];
}

interface DatasetItems {
  /** One item per event, at the event's position in dataset.events. */
  events: TimelineItem[];
  /** One item per claim, at the claim's position in dataset.claims. */
  claims: TimelineItem[];
  /** Claim positions in date order. */
  claimsByDate: number[];
}

const built = new WeakMap<Dataset, DatasetItems>();

/**
 * Items are built once per dataset, all with the same shape (fast property access over 100,000 of them),
 * their days read from the filter index rather than parsed again.
 */
export function datasetItems(dataset: Dataset): DatasetItems {
  const cached = built.get(dataset);
  if (cached) return cached;
  const index = datasetIndex(dataset);
  const events = dataset.events.map((e, i): TimelineItem => ({
    kind: 'event',
    id: e.id,
    start: index.events.start[i] ?? 0,
    end: index.events.end[i] ?? 0,
    date: e.date,
    category: categoryOf(dataset, e.category),
    categoryIndex: index.positions.categories.get(e.category) ?? 0,
    origin: e.origin,
    text: e.description,
    sourceIds: e.sourceIds,
    citations: e.citations,
  }));
  const claims = dataset.claims.map((c, i): TimelineItem => ({
    kind: 'claim',
    id: c.id,
    start: index.claims.start[i] ?? 0,
    end: index.claims.end[i] ?? 0,
    date: c.asOf,
    category: categoryOf(dataset, c.category),
    categoryIndex: index.positions.categories.get(c.category) ?? 0,
    origin: 'article',
    text: c.summary,
    sourceIds: [c.sourceId],
    citations: [],
  }));
  const claimsByDate = claims
    .map((_, i) => i)
    .sort((a, b) => byDate(claims[a] as TimelineItem, claims[b] as TimelineItem));
  const value = { events, claims, claimsByDate };
  built.set(dataset, value);
  return value;
}

const byDate = (a: TimelineItem, b: TimelineItem) => a.start - b.start || a.end - b.end;

/** Two date-ordered lists of positions, each kept where its mask is 1, merged into one list of items. */
function merge(
  all: DatasetItems,
  events: ArrayLike<number>,
  eventMask: Uint8Array | null,
  claimMask: Uint8Array | null,
): TimelineItem[] {
  const out: TimelineItem[] = [];
  const claims = all.claimsByDate;
  let j = 0;
  const nextClaim = () => {
    while (j < claims.length && claimMask !== null && claimMask[claims[j] ?? 0] !== 1) j++;
    return j < claims.length ? all.claims[claims[j] ?? 0] : undefined;
  };
  let claim = nextClaim();
  for (let i = 0; i < events.length; i++) {
    const position = events[i] ?? 0;
    if (eventMask !== null && eventMask[position] !== 1) continue;
    const event = all.events[position] as TimelineItem;
    while (claim && byDate(claim, event) < 0) {
      out.push(claim);
      j++;
      claim = nextClaim();
    }
    out.push(event);
  }
  while (claim) {
    out.push(claim);
    j++;
    claim = nextClaim();
  }
  return out;
}

/** The shown events and claims, in one date-ordered list: no sort and no parsing per filter change. */
export function timelineItems(dataset: Dataset, filters: Filters): TimelineItem[] {
  const masks = shownMasks(dataset, filters);
  return merge(datasetItems(dataset), datasetIndex(dataset).eventsByDate, masks.events, masks.claims);
}

/** Every item of the dataset, date-ordered: the overview under the brush. */
export function allTimelineItems(dataset: Dataset): TimelineItem[] {
  return merge(datasetItems(dataset), datasetIndex(dataset).eventsByDate, null, null);
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

/** A lane: a category any claim or event uses, with its position in the dataset's list. */
export interface TimelineLane {
  category: Category;
  position: number;
}

/** The timeline's lanes: the categories the dataset's claims and events use, in the dataset's order. */
export function timelineLanes(dataset: Dataset): TimelineLane[] {
  const { positions } = datasetIndex(dataset);
  return usedCategories(dataset).map((category) => ({
    category,
    position: positions.categories.get(category.id) ?? 0,
  }));
}

export type LaneLayout =
  | { mode: 'marks'; marks: { item: TimelineItem; lane: number }[] }
  | { mode: 'bins'; bins: Bin[]; max: number };

/** Above this many items in view, lanes are drawn as counts per bin. */
export const MAX_MARKS = 400;

export function layoutLanes(
  list: readonly TimelineItem[],
  lanes: readonly TimelineLane[],
  range: DayRange,
  binCount: number,
  maxMarks = MAX_MARKS,
): LaneLayout {
  const laneOf = new Int32Array(lanes.reduce((n, l) => Math.max(n, l.position + 1), 0));
  lanes.forEach((lane, i) => (laneOf[lane.position] = i));
  const { start: from, end: to } = range;
  let n = 0;
  for (let i = 0; i < list.length && n <= maxMarks; i++) {
    const it = list[i] as TimelineItem;
    if (it.end >= from && it.start <= to) n++;
  }
  if (n <= maxMarks) {
    const marks = list
      .filter((it) => it.end >= from && it.start <= to)
      .map((item) => ({ item, lane: laneOf[item.categoryIndex] ?? 0 }));
    return { mode: 'marks', marks };
  }
  const bins = Math.max(1, binCount);
  const binDays = Math.ceil((to - from + 1) / bins);
  const counts = new Int32Array(lanes.length * bins);
  for (let i = 0; i < list.length; i++) {
    const it = list[i] as TimelineItem;
    if (it.end < from || it.start > to) continue;
    const b = Math.min(bins - 1, Math.floor((Math.max(it.start, from) - from) / binDays));
    bump(counts, (laneOf[it.categoryIndex] ?? 0) * bins + b);
  }
  const out: Bin[] = [];
  let max = 0;
  counts.forEach((count, k) => {
    if (count === 0) return;
    const b = k % bins;
    const start = from + b * binDays;
    out.push({ lane: Math.floor(k / bins), start, end: Math.min(to, start + binDays - 1), count });
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

/** The axis's ticks over the days in view, labels starting at their tick (the shared time-tick module). */
export function ticks(range: DayRange, width: number): TimeTick[] {
  return timeTicks(range.start, range.end + 1, width, { anchor: 'start', gapPx: 24 });
}

/** The label column: swatch and gap, then about this many pixels per character of a category name. */
const SWATCH = 24;
const CHAR_PX = 7;

/**
 * The label column's width and how many characters it shows: wide enough for the longest category name,
 * never under 140 px nor over a third of the panel; a longer name is cut (its lane's title has it whole).
 */
export function labelColumn(labels: readonly string[], width: number): { left: number; chars: number } {
  const longest = labels.reduce((n, l) => Math.max(n, l.length), 0);
  const left = Math.round(Math.max(140, Math.min(SWATCH + CHAR_PX * longest, width / 3)));
  return { left, chars: Math.max(4, Math.floor((left - SWATCH) / CHAR_PX)) };
}
