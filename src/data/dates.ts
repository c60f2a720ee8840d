/**
 * The one calendar module: real-date checks for the schema, and dates at their precision as intervals of
 * whole days (UTC day numbers) for filters and axes. No dependency, so the schema can use it.
 */

/** The fields of a fuzzy date this module reads (the schema's FuzzyDate has these and a note). */
interface DateAtPrecision {
  date: string;
  precision: string;
  end?: string | undefined;
}

const DAY_MS = 86_400_000;
/** "approx" without an explicit end means within a few days either side (see the dataset notes). */
export const APPROX_DAYS = 3;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysInMonth = (y: number, m: number) => (m === 2 && isLeap(y) ? 29 : (MONTH_DAYS[m - 1] ?? 0));

/** Days since 1970-01-01 of a Gregorian date (H. Hinnant's days_from_civil): integer arithmetic only. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** The digits of `iso` from `from` to `to` (exclusive) as a number, or -1 if any is not a digit. */
function digits(iso: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = iso.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** `[year, month, day]` of a real `YYYY-MM-DD` date; null for anything else. */
function civil(iso: string): [number, number, number] | null {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const y = digits(iso, 0, 4);
  const m = digits(iso, 5, 7);
  const d = digits(iso, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return [y, m, d];
}

/** Whether `iso` is a calendar date written YYYY-MM-DD that exists (no 2024-02-30). */
export function isRealDate(iso: string): boolean {
  return civil(iso) !== null;
}

/**
 * The UTC day number of an ISO date (NaN when it is not a real date). Parsed by hand: the index of a
 * 100,000-event dataset computes a few hundred thousand of these, and `Date.parse` was most of it.
 */
export function dayNumber(iso: string): number {
  const date = civil(iso);
  return date ? daysFromCivil(...date) : NaN;
}

export function isoFromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The day number of the last day of the month `iso` falls in. */
function lastDayOfMonth(iso: string): number {
  const date = civil(iso);
  return date ? daysFromCivil(date[0], date[1], daysInMonth(date[0], date[1])) : NaN;
}

/** The inclusive span of days a fuzzy date may mean: a month-precision date is its whole month. */
export function dateInterval(date: DateAtPrecision): { start: number; end: number } {
  const start = dayNumber(date.date);
  if (date.precision === 'month') {
    return { start, end: date.end ? dayNumber(date.end) : lastDayOfMonth(date.date) };
  }
  if (date.end) return { start, end: dayNumber(date.end) };
  if (date.precision === 'approx') return { start: start - APPROX_DAYS, end: start + APPROX_DAYS };
  return { start, end: start };
}
