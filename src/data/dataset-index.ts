/**
 * The dataset as parallel typed arrays, built once per dataset (WeakMap keyed by the dataset object), so a
 * filter change is one pass over numbers, not over objects: each row's day-number interval, its values in
 * every filter dimension (sources, categories, places, origin) as positions in the dataset's lists, and —
 * on first search — the normalised search text of every row.
 */
import { stepsCache, type Steps } from '../lib/steps';
import { dateInterval } from './dates';
import { OriginSchema, type Category, type FuzzyDate, type Origin, type Reliability } from './schema';
import type { Dataset } from './validate';

/** The dimensions a row has values in; a filter over one shows a row when any of its values is shown. */
export const DIMENSIONS = ['sources', 'categories', 'places', 'origins'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const ORIGINS: readonly Origin[] = OriginSchema.options;

/** Row i's values in one dimension: list[from[i] .. from[i + 1]), positions in the dimension's values. */
export interface DimensionValues {
  from: Int32Array;
  list: Int32Array;
}

/** Rows of one kind (claims or events) as parallel typed arrays. */
export interface RowIndex {
  start: Int32Array;
  end: Int32Array;
  values: Record<Dimension, DimensionValues>;
  /** Built on the first search only: most sessions never search. */
  text: string[] | null;
  buildText: () => string[];
}

export interface DatasetIndex {
  /** Each dimension's values in order: ids of sources, categories and places, and the origins. */
  ids: Record<Dimension, readonly string[]>;
  positions: Record<Dimension, ReadonlyMap<string, number>>;
  /** Each source's grade as an order: A 0 … F 5, not graded 6. */
  sourceGrade: Uint8Array;
  claims: RowIndex;
  events: RowIndex;
  /** Event positions ordered by start day (then end day): the timeline's order without a sort. */
  eventsByDate: Int32Array;
  /** Earliest and latest day any row may mean; null for a dataset with no dated row. */
  domain: { start: number; end: number } | null;
}

export const RELIABILITY_ORDER: Record<Reliability, number> = { A: 0, B: 1, C: 2, D: 3, E: 4, F: 5 };
/** A source not graded meets no minimum grade: it is ordered after F. */
export const NOT_GRADED_ORDER = 6;
export const gradeOrder = (grade: Reliability | undefined) =>
  grade === undefined ? NOT_GRADED_ORDER : RELIABILITY_ORDER[grade];

export function normaliseSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .trim();
}

/**
 * Row positions ordered by start day, then end day, then position: two stable counting passes (by end,
 * then by start). Day numbers of real dates span at most a few tens of thousands, so a pass is two walks
 * over the rows, where a comparison sort through a comparator costs far more at 100,000 rows.
 */
export function orderByInterval(start: Int32Array, end: Int32Array): Int32Array {
  const byEnd = countingPass(
    Int32Array.from(start, (_, i) => i),
    end,
  );
  return countingPass(byEnd, start);
}

/** `order` stably re-ordered by `key[i]`. */
function countingPass(order: Int32Array, key: Int32Array): Int32Array {
  if (order.length === 0) return order;
  let lo = Infinity;
  let hi = -Infinity;
  for (const k of key) {
    if (k < lo) lo = k;
    if (k > hi) hi = k;
  }
  // Slots for each key value, shifted by one so the running sum gives each value's first position.
  const slots = new Int32Array(hi - lo + 2);
  for (const k of key) slots[k - lo + 1] = (slots[k - lo + 1] ?? 0) + 1;
  for (let v = 1; v < slots.length; v++) slots[v] = (slots[v] ?? 0) + (slots[v - 1] ?? 0);
  const out = new Int32Array(order.length);
  for (const i of order) {
    const slot = (key[i] ?? lo) - lo;
    const at = slots[slot] ?? 0;
    out[at] = i;
    slots[slot] = at + 1;
  }
  return out;
}

/** A row's date and its values in each dimension, by id. */
interface RowParts {
  date: FuzzyDate;
  values: Record<Dimension, readonly string[]>;
}

/** Rows indexed between two yields when the index is built in the background (`prepareDatasetIndex`). */
const ROWS_PER_STEP = 20_000;

function* rowIndex<T>(
  rows: readonly T[],
  parts: (row: T) => RowParts,
  positions: DatasetIndex['positions'],
  buildText: () => string[],
): Steps<RowIndex> {
  const n = rows.length;
  const lists = Object.fromEntries(DIMENSIONS.map((d) => [d, [] as number[]])) as Record<Dimension, number[]>;
  const from = Object.fromEntries(DIMENSIONS.map((d) => [d, new Int32Array(n + 1)])) as Record<
    Dimension,
    Int32Array
  >;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % ROWS_PER_STEP === 0) yield;
    const p = parts(rows[i] as T);
    const interval = dateInterval(p.date);
    start[i] = interval.start;
    end[i] = interval.end;
    for (const d of DIMENSIONS) {
      const list = lists[d];
      const known = positions[d];
      from[d][i] = list.length;
      for (const id of p.values[d]) list.push(known.get(id) ?? -1);
    }
  }
  const values = Object.fromEntries(
    DIMENSIONS.map((d) => {
      from[d][n] = lists[d].length;
      return [d, { from: from[d], list: Int32Array.from(lists[d]) }];
    }),
  ) as Record<Dimension, DimensionValues>;
  return { start, end, values, text: null, buildText };
}

const ARTICLE: readonly string[] = ['article'];

/**
 * Built once per dataset: at once when a render asks first, or a slice of rows per task ahead of the
 * first render (`prepareDatasetIndex`, from data/prepare-dataset.ts), so a quarter of a million rows are
 * indexed without one long task. The analyst's grades make a new dataset with the same rows
 * (app/JudgedDataset.tsx): its index is the first one's with the sources' grades read again.
 */
const indexes = stepsCache<Dataset, DatasetIndex>({
  steps: (dataset) => indexSteps(dataset),
  family: (dataset) => dataset.events,
  reuse: ({ key: first, value }, dataset) =>
    sameRowsButGrades(first, dataset)
      ? { ...value, sourceGrade: Uint8Array.from(dataset.sources, (s) => gradeOrder(s.reliability)) }
      : null,
});

export const datasetIndex = (dataset: Dataset): DatasetIndex => indexes.get(dataset);
export const prepareDatasetIndex = (dataset: Dataset): Promise<void> => indexes.prepare(dataset);

/** Whether two datasets hold the same rows, sources and lists, differing at most in grades. */
export function sameRowsButGrades(a: Dataset, b: Dataset): boolean {
  if (a.events !== b.events || a.categories !== b.categories || a.places !== b.places) return false;
  if (a.sources.length !== b.sources.length || a.claims.length !== b.claims.length) return false;
  const sameSource = (s: Dataset['sources'][number], i: number) => {
    const t = b.sources[i];
    return s === t || (t !== undefined && s.id === t.id && s.name === t.name && s.shortName === t.shortName);
  };
  const sameClaim = (c: Dataset['claims'][number], i: number) => {
    const d = b.claims[i];
    if (c === d) return true;
    if (d === undefined) return false;
    // The claim as the file gave it: every field the same object or value, but its grade.
    const [x, y] = [c as Record<string, unknown>, d as Record<string, unknown>];
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    return [...keys].every((k) => k === 'credibility' || x[k] === y[k]);
  };
  return a.sources.every(sameSource) && a.claims.every(sameClaim);
}

function* indexSteps(dataset: Dataset): Steps<DatasetIndex> {
  const ids: DatasetIndex['ids'] = {
    sources: dataset.sources.map((s) => s.id),
    categories: dataset.categories.map((c) => c.id),
    places: dataset.places.map((p) => p.id),
    origins: ORIGINS,
  };
  const positions = Object.fromEntries(
    DIMENSIONS.map((d) => [d, new Map(ids[d].map((id, i) => [id, i]))]),
  ) as unknown as DatasetIndex['positions'];
  const sourceGrade = Uint8Array.from(dataset.sources, (s) => gradeOrder(s.reliability));
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  const names = (sourceIds: readonly string[]) =>
    sourceIds.map((id) => {
      const s = byId.get(id);
      return s ? `${s.name} ${s.shortName}` : '';
    });
  const claims = yield* rowIndex(
    dataset.claims,
    (c) => ({
      date: c.asOf,
      values: { sources: [c.sourceId], categories: [c.category], places: c.placeIds, origins: ARTICLE },
    }),
    positions,
    () =>
      dataset.claims.map((c) =>
        normaliseSearch(
          `${c.quote} ${c.summary} ${c.attributionNote ?? ''} ${names([c.sourceId]).join(' ')}`,
        ),
      ),
  );
  const eventCategories = (e: Dataset['events'][number]) =>
    e.alsoCategories.length === 0 ? [e.category] : [e.category, ...e.alsoCategories];
  const origins = new Map(ORIGINS.map((o) => [o, [o]]));
  const events = yield* rowIndex(
    dataset.events,
    (e) => ({
      date: e.date,
      values: {
        sources: e.sourceIds,
        categories: eventCategories(e),
        places: e.placeIds,
        origins: origins.get(e.origin) ?? ARTICLE,
      },
    }),
    positions,
    () =>
      dataset.events.map((e) =>
        normaliseSearch(
          `${e.description} ${names(e.sourceIds).join(' ')} ${e.citations
            .map((c) => `${c.title ?? ''} ${c.publisher ?? ''}`)
            .join(' ')}`,
        ),
      ),
  );
  yield;
  const eventsByDate = orderByInterval(events.start, events.end);
  let lo = Infinity;
  let hi = -Infinity;
  for (const rows of [claims, events]) {
    for (let i = 0; i < rows.start.length; i++) {
      lo = Math.min(lo, rows.start[i] ?? lo);
      hi = Math.max(hi, rows.end[i] ?? hi);
    }
  }
  return {
    ids,
    positions,
    sourceGrade,
    claims,
    events,
    eventsByDate,
    domain: lo <= hi ? { start: lo, end: hi } : null,
  };
}

/** The categories any claim or event of the dataset uses, in the dataset's order: read off the index. */
export function usedCategories(dataset: Dataset): Category[] {
  const { claims, events } = datasetIndex(dataset);
  const used = new Uint8Array(dataset.categories.length);
  for (const rows of [claims, events])
    for (const pos of rows.values.categories.list) if (pos >= 0) used[pos] = 1;
  return dataset.categories.filter((_, i) => used[i] === 1);
}

const categoryMaps = new WeakMap<readonly Category[], ReadonlyMap<string, Category>>();

/**
 * A category by id, for labels and colours; an id the dataset does not declare (never after validation)
 * reads as itself in grey.
 */
export function categoryOf(dataset: Pick<Dataset, 'categories'>, id: string): Category {
  let map = categoryMaps.get(dataset.categories);
  if (!map) {
    map = new Map(dataset.categories.map((c) => [c.id, c]));
    categoryMaps.set(dataset.categories, map);
  }
  return map.get(id) ?? { id, label: id, colour: '#666666' };
}
