/** Dates at their precision, as intervals of whole days (UTC day numbers), for filters and axes. */
import type { FuzzyDate } from './schema';

const DAY_MS = 86_400_000;
/** "approx" without an explicit end means within a few days either side (see the dataset notes). */
export const APPROX_DAYS = 3;

export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function isoFromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function lastDayOfMonth(iso: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The inclusive span of days a fuzzy date may mean: a month-precision date is its whole month. */
export function dateInterval(date: FuzzyDate): { start: number; end: number } {
  const start = dayNumber(date.date);
  if (date.precision === 'month') return { start, end: dayNumber(date.end ?? lastDayOfMonth(date.date)) };
  if (date.end) return { start, end: dayNumber(date.end) };
  if (date.precision === 'approx') return { start: start - APPROX_DAYS, end: start + APPROX_DAYS };
  return { start, end: start };
}
