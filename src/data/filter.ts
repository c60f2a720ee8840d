/**
 * The global filters as pure functions over the canonical dataset. Every panel reads its rows
 * through these, so the panels always agree.
 */
import type { Filters } from '../state/store';
import { dateInterval, dayNumber } from './dates';
import type { Event, FuzzyDate, Reliability, Source } from './schema';
import type { Dataset, NormalisedClaim } from './validate';

const RELIABILITY_ORDER: Record<Reliability, number> = { A: 0, B: 1, C: 2, D: 3, E: 4, F: 5 };

/** Does a grade meet the minimum? "C" admits A, B and C. F (cannot be judged) only meets F. */
export function meetsReliability(grade: Reliability, min: Reliability | null): boolean {
  return min === null || RELIABILITY_ORDER[grade] <= RELIABILITY_ORDER[min];
}

/** A fuzzy date passes when any day it may mean lies in the chosen range (inclusive). */
export function overlapsRange(date: FuzzyDate, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  const { start, end } = dateInterval(date);
  if (from !== null && end < dayNumber(from)) return false;
  if (to !== null && start > dayNumber(to)) return false;
  return true;
}

export function normaliseSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .trim();
}

export interface FilterContext {
  sourcesById: ReadonlyMap<string, Source>;
  hidden: ReadonlySet<string>;
  filters: Filters;
  query: string;
}

export function filterContext(dataset: Dataset, filters: Filters): FilterContext {
  return {
    sourcesById: new Map(dataset.sources.map((s) => [s.id, s])),
    hidden: new Set(filters.hiddenSources),
    filters,
    query: normaliseSearch(filters.search),
  };
}

function sourceVisible(ctx: FilterContext, sourceId: string): boolean {
  if (ctx.hidden.has(sourceId)) return false;
  const source = ctx.sourcesById.get(sourceId);
  return source !== undefined && meetsReliability(source.reliability, ctx.filters.minReliability);
}

export function claimPasses(ctx: FilterContext, claim: NormalisedClaim): boolean {
  const { filters } = ctx;
  if (!sourceVisible(ctx, claim.sourceId)) return false;
  if (filters.categories.length > 0 && !filters.categories.includes(claim.category)) return false;
  if (filters.origins.length > 0 && !filters.origins.includes('article')) return false;
  if (!overlapsRange(claim.asOf, filters.dateFrom, filters.dateTo)) return false;
  if (ctx.query) {
    const source = ctx.sourcesById.get(claim.sourceId);
    const haystack = normaliseSearch(
      `${claim.quote} ${claim.summary} ${source?.name ?? ''} ${source?.shortName ?? ''}`,
    );
    if (!haystack.includes(ctx.query)) return false;
  }
  return true;
}

export function eventPasses(ctx: FilterContext, event: Event): boolean {
  const { filters } = ctx;
  if (!event.sourceIds.some((id) => sourceVisible(ctx, id))) return false;
  if (
    filters.categories.length > 0 &&
    !filters.categories.includes(event.category) &&
    !event.alsoCategories.some((c) => filters.categories.includes(c))
  ) {
    return false;
  }
  if (filters.origins.length > 0 && !filters.origins.includes(event.origin)) return false;
  if (!overlapsRange(event.date, filters.dateFrom, filters.dateTo)) return false;
  if (ctx.query) {
    const sources = event.sourceIds.map((id) => ctx.sourcesById.get(id)?.name ?? '').join(' ');
    const citations = event.citations.map((c) => `${c.title} ${c.publisher}`).join(' ');
    if (!normaliseSearch(`${event.description} ${sources} ${citations}`).includes(ctx.query)) return false;
  }
  return true;
}

export function filterClaims(dataset: Dataset, filters: Filters): NormalisedClaim[] {
  const ctx = filterContext(dataset, filters);
  return dataset.claims.filter((c) => claimPasses(ctx, c));
}

export function filterEvents(dataset: Dataset, filters: Filters): Event[] {
  const ctx = filterContext(dataset, filters);
  return dataset.events.filter((e) => eventPasses(ctx, e));
}
