/**
 * Every filter, in the order chips and captions name them. The store's filter slice, its defaults, the
 * URL, the filter pass, the chips and the captions all come from this list.
 */
import type { DatasetIndex } from '../dataset-index';
import type { Dataset } from '../validate';
import { categoriesFilter } from './categories';
import { datesFilter } from './dates';
import { gradeFilter } from './grade';
import { originsFilter } from './origins';
import { placesFilter } from './places';
import { searchFilter } from './search';
import { sourcesFilter } from './sources';
import type { ActiveFilter, FilterDescriptor } from './types';

export const FILTERS = [
  sourcesFilter,
  gradeFilter,
  categoriesFilter,
  originsFilter,
  placesFilter,
  datesFilter,
  searchFilter,
] as const;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;

/** The filters' fields, each filter's own: what the store keeps and every panel's rows follow. */
export type Filters = UnionToIntersection<(typeof FILTERS)[number]['defaults']>;

export const DEFAULT_FILTERS: Filters = Object.assign({}, ...FILTERS.map((f) => f.defaults)) as Filters;

/** The list as descriptors of the whole filter state (each reads only its own fields). */
export const ALL_FILTERS = FILTERS as unknown as readonly FilterDescriptor<Filters, unknown>[];

/** Every filter in force, in words, each with the patch that removes it: chips and captions alike. */
export function activeFilters(filters: Filters, dataset: Dataset): ActiveFilter<Filters>[] {
  return ALL_FILTERS.flatMap((f) => f.describe(filters, dataset));
}

/**
 * The filters in one line, for captions: "Filters: none" when the view shows everything. `each` may set
 * each filter's words apart (an export isolates the dataset's text within them).
 */
export function describeFilters(
  filters: Filters,
  dataset: Dataset,
  each: (label: string) => string = (label) => label,
): string {
  const labels = activeFilters(filters, dataset).map((f) => each(f.label));
  return labels.length > 0 ? `Filters: ${labels.join('; ')}` : 'Filters: none (all claims and events)';
}

/** Every filter's value brought into what this dataset allows (a link, or filters kept from another dataset). */
export function clampFilters(filters: Filters, dataset: Dataset, index: DatasetIndex): Filters {
  return Object.assign(
    {},
    ...ALL_FILTERS.map((f) => own(f, f.clamp(filters, f.domain(dataset, index)))),
  ) as Filters;
}

/** A filter's own fields of a value: a filter that reads the whole state writes back only its part. */
function own(filter: FilterDescriptor<Filters, unknown>, value: Filters): Partial<Filters> {
  return Object.fromEntries(
    Object.keys(filter.defaults).map((k) => [k, value[k as keyof Filters]]),
  ) as Partial<Filters>;
}

export type { ActiveFilter };
