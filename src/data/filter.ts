/**
 * The filter pass: the filters (filters/index.ts) over the dataset's index (dataset-index.ts), as pure
 * functions. Every panel reads its rows through these, so the panels always agree.
 *
 * Each filter compiles to the values of one dimension it shows, or to a test of each row. A filter change
 * is then one pass over typed arrays that gives, at once, which rows are shown and how many rows each
 * value of each dimension would show if its own dimension were not filtered (the filters' counts). The last
 * result per dataset is kept, so every panel asking for the same filters shares one pass.
 */
import { bump } from '../lib/counts';
import { dateInterval, dayNumber } from './dates';
import {
  datasetIndex,
  DIMENSIONS,
  RELIABILITY_ORDER,
  gradeOrder,
  type DatasetIndex,
  type Dimension,
  type RowIndex,
} from './dataset-index';
import { ALL_FILTERS, type Filters } from './filters';
import type { Event, FuzzyDate, Origin, Reliability } from './schema';
import type { Dataset, NormalisedClaim } from './validate';

/**
 * Does a grade meet the minimum? "C" admits A, B and C. F (cannot be judged) only meets F; a source not
 * graded meets no minimum.
 */
export function meetsReliability(grade: Reliability | undefined, min: Reliability | null): boolean {
  return min === null || gradeOrder(grade) <= RELIABILITY_ORDER[min];
}

/** A fuzzy date passes when any day it may mean lies in the chosen range (inclusive). */
export function overlapsRange(date: FuzzyDate, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  const { start, end } = dateInterval(date);
  if (from !== null && end < dayNumber(from)) return false;
  if (to !== null && start > dayNumber(to)) return false;
  return true;
}

/** The filters compiled for one pass: per dimension, 1 where a value is shown (null: all are); row tests. */
type RowTest = (rows: RowIndex, row: number) => boolean;

interface Compiled {
  shown: Record<Dimension, Uint8Array | null>;
  rowTests: RowTest[];
}

function compile(dataset: Dataset, index: DatasetIndex, filters: Filters): Compiled {
  const shown = Object.fromEntries(DIMENSIONS.map((d) => [d, null])) as Compiled['shown'];
  const rowTests: Compiled['rowTests'] = [];
  for (const filter of ALL_FILTERS) {
    const compiled = filter.compile(filters, dataset, index);
    if (compiled === null) continue;
    if (compiled.kind === 'rows') {
      rowTests.push(compiled.test);
      continue;
    }
    const { dimension } = compiled;
    const mask = (shown[dimension] ??= new Uint8Array(index.ids[dimension].length).fill(1));
    for (let pos = 0; pos < mask.length; pos++) if (mask[pos] === 1 && !compiled.shows(pos)) mask[pos] = 0;
  }
  return { shown, rowTests };
}

/** Whether any of row i's values in a dimension is shown. */
function anyShown(from: Int32Array, list: Int32Array, shown: Uint8Array, i: number): boolean {
  for (let k = from[i] ?? 0, end = from[i + 1] ?? 0; k < end; k++) {
    if (shown[list[k] ?? -1] === 1) return true;
  }
  return false;
}

/** A bit per dimension a row fails, and one for the row tests; 0 means the row is shown. */
const ROW_TESTS_BIT = 1 << DIMENSIONS.length;

/**
 * One dimension of one kind of rows, laid out for the pass: the same shape for every dimension, walked by
 * index, so the engine sees one kind of object in the loop.
 */
interface Lane {
  bit: number;
  shown: Uint8Array | null;
  from: Int32Array;
  list: Int32Array;
  counts: Int32Array;
}

/** The filters' own fields, compared one by one: the store replaces only what a patch changes. */
function sameFilters(a: Filters, b: Filters): boolean {
  return (Object.keys(a) as (keyof Filters)[]).every((k) => a[k] === b[k]);
}

export interface FacetCounts {
  /**
   * Rows (claims and events) of each source that pass every other filter: what checking the box shows.
   * Keyed by source id; likewise categories, places (by id) and origins (claims count as article).
   */
  sources: Record<string, number>;
  categories: Record<string, number>;
  places: Record<string, number>;
  origins: Record<Origin, number>;
  claimsShown: number;
  eventsShown: number;
}

interface Masks {
  filters: Filters;
  claims: Uint8Array;
  events: Uint8Array;
  counts: FacetCounts;
  /** The shown rows, built on first request and shared by every panel asking for the same filters. */
  claimRows?: NormalisedClaim[];
  eventRows?: Event[];
}
const lastMasks = new WeakMap<Dataset, Masks>();

function computeMasks(dataset: Dataset, filters: Filters): Masks {
  const index = datasetIndex(dataset);
  const c = compile(dataset, index, filters);
  const counted = Object.fromEntries(
    DIMENSIONS.map((d) => [d, new Int32Array(index.ids[d].length)]),
  ) as Record<Dimension, Int32Array>;
  const shown = new Int32Array(2);
  const masks = [dataset.claims.length, dataset.events.length].map((n) => new Uint8Array(n));
  [index.claims, index.events].forEach((rows, kind) => {
    const mask = masks[kind] as Uint8Array;
    const lanes: Lane[] = DIMENSIONS.map((d, k) => ({
      bit: 1 << k,
      shown: c.shown[d],
      from: rows.values[d].from,
      list: rows.values[d].list,
      counts: counted[d],
    }));
    const tests = c.rowTests;
    for (let i = 0; i < mask.length; i++) {
      let fail = 0;
      for (let k = 0; k < lanes.length; k++) {
        const lane = lanes[k] as Lane;
        if (lane.shown !== null && !anyShown(lane.from, lane.list, lane.shown, i)) fail |= lane.bit;
      }
      for (let t = 0; t < tests.length; t++) {
        if (!(tests[t] as RowTest)(rows, i)) {
          fail |= ROW_TESTS_BIT;
          break;
        }
      }
      if (fail === 0) {
        mask[i] = 1;
        bump(shown, kind);
      }
      // Counts per value: rows passing every filter but those of the value's own dimension.
      for (let k = 0; k < lanes.length; k++) {
        const lane = lanes[k] as Lane;
        if ((fail & ~lane.bit) !== 0) continue;
        for (let at = lane.from[i] ?? 0, end = lane.from[i + 1] ?? 0; at < end; at++) {
          const pos = lane.list[at] ?? -1;
          if (pos >= 0) bump(lane.counts, pos);
        }
      }
    }
  });
  const byId = (d: Dimension) => {
    const out: Record<string, number> = Object.create(null) as Record<string, number>;
    index.ids[d].forEach((id, i) => (out[id] = counted[d][i] ?? 0));
    return out;
  };
  return {
    filters,
    claims: masks[0] as Uint8Array,
    events: masks[1] as Uint8Array,
    counts: {
      sources: byId('sources'),
      categories: byId('categories'),
      places: byId('places'),
      origins: byId('origins') as Record<Origin, number>,
      claimsShown: shown[0] ?? 0,
      eventsShown: shown[1] ?? 0,
    },
  };
}

function masksFor(dataset: Dataset, filters: Filters): Masks {
  const last = lastMasks.get(dataset);
  if (last && sameFilters(last.filters, filters)) return last;
  const next = computeMasks(dataset, filters);
  lastMasks.set(dataset, next);
  return next;
}

/** The shown claims. The array is shared by every caller with the same filters: copy before sorting. */
export function filterClaims(dataset: Dataset, filters: Filters): NormalisedClaim[] {
  const masks = masksFor(dataset, filters);
  masks.claimRows ??= dataset.claims.filter((_, i) => masks.claims[i] === 1);
  return masks.claimRows;
}

/** The shown events. The array is shared by every caller with the same filters: copy before sorting. */
export function filterEvents(dataset: Dataset, filters: Filters): Event[] {
  const masks = masksFor(dataset, filters);
  masks.eventRows ??= dataset.events.filter((_, i) => masks.events[i] === 1);
  return masks.eventRows;
}

/** 1 where a claim / an event is shown, by position in the dataset: for views that walk their own order. */
export function shownMasks(dataset: Dataset, filters: Filters): { claims: Uint8Array; events: Uint8Array } {
  const { claims, events } = masksFor(dataset, filters);
  return { claims, events };
}

/** The shown events in date order (start, then end): no sort per filter change. */
export function filterEventsByDate(dataset: Dataset, filters: Filters): Event[] {
  const { events } = masksFor(dataset, filters);
  const out: Event[] = [];
  for (const i of datasetIndex(dataset).eventsByDate)
    if (events[i] === 1) out.push(dataset.events[i] as Event);
  return out;
}

/** How many rows each source, category, place and origin would show: one pass, shared with the filtering. */
export function facetCounts(dataset: Dataset, filters: Filters): FacetCounts {
  return masksFor(dataset, filters).counts;
}

/**
 * The one rule for "this source is shown" (not unchecked, graded well enough), for views that list
 * sources rather than rows: chart marks, captions.
 */
export function sourceIsShown(dataset: Dataset, filters: Filters): (sourceId: string) => boolean {
  const index = datasetIndex(dataset);
  const shown = compile(dataset, index, filters).shown.sources;
  return (id) => {
    const pos = index.positions.sources.get(id);
    return pos !== undefined && (shown === null || shown[pos] === 1);
  };
}
