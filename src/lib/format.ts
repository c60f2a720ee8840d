/**
 * Framework-free formatting shared by every view and every export, so a number or a date reads the same
 * everywhere. Data-free: a date at its precision is any `{ date, precision, end }` (the schema's FuzzyDate
 * is one); a figure's words are data/figure-words.ts.
 */

/** A date with how precisely it is known: `day`, `month` (the whole month) or `approx`. */
interface DateAtPrecision {
  date: string;
  precision: string;
  end?: string | undefined;
}

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export function formatNumber(value: number): string {
  // -0 reads as 0: "> -0" says nothing a source could have meant.
  if (value === 0) return '0';
  // Below a thousand no grouping applies: the digits as they are, far cheaper than Intl for the many
  // small counts of a coded event table.
  if (Number.isInteger(value) && value > -1000 && value < 1000) return String(value);
  return Number.isInteger(value) ? integer.format(value) : decimal.format(value);
}

/**
 * A ratio as "2.7×" or "12,300×": at most three significant digits and one decimal, rounded down, up or
 * to the nearest as the wording needs (a floor's ratio is never rounded up past what the figures allow).
 */
export function formatRatio(value: number, round: 'down' | 'up' | 'near' = 'near'): string {
  const f = round === 'down' ? Math.floor : round === 'up' ? Math.ceil : Math.round;
  if (!Number.isFinite(value) || value <= 0) return `${formatNumber(0)}×`;
  const magnitude = Math.floor(Math.log10(value));
  // Three significant digits, but never finer than a tenth.
  const unit = 10 ** Math.max(-1, magnitude - 2);
  const rounded = f(Number((value / unit).toPrecision(12))) * unit;
  return `${formatNumber(Math.round(rounded * 10) / 10)}×`;
}

/** Month abbreviations, January first: the one list every date label and axis uses. */
export const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1] ?? '?'} ${y}`;
}

/** A date at its honest precision: "Jan 2025", "≈ 14 Jun 2024", "9–10 Oct 2024". */
export function formatFuzzyDate(date: DateAtPrecision): string {
  const [y, m] = date.date.split('-').map(Number) as [number, number];
  if (date.precision === 'month') return `${MONTHS[m - 1] ?? '?'} ${y}`;
  const base =
    date.end && date.end !== date.date ? formatSpan(date.date, date.end) : formatIsoDate(date.date);
  return date.precision === 'approx' ? `≈ ${base}` : base;
}

function formatSpan(start: string, end: string): string {
  const [y1, m1, d1] = start.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = end.split('-').map(Number) as [number, number, number];
  if (y1 === y2 && m1 === m2) return `${d1}–${d2} ${MONTHS[m2 - 1] ?? '?'} ${y2}`;
  if (y1 === y2) return `${d1} ${MONTHS[m1 - 1] ?? '?'} – ${d2} ${MONTHS[m2 - 1] ?? '?'} ${y2}`;
  return `${formatIsoDate(start)} – ${formatIsoDate(end)}`;
}

/** The precision in words, for tables and screen readers. */
export function describePrecision(date: DateAtPrecision): string {
  if (date.precision === 'month') return 'month only';
  if (date.precision === 'approx') return date.end ? 'approximate span' : 'approximate';
  return date.end ? 'days' : 'day';
}

/** A citation in one line: "Title — Publisher, 23 Dec 2024 <https://…>", with whatever parts it has. */
export function formatCitation(c: {
  title?: string | undefined;
  publisher?: string | undefined;
  date?: string | undefined;
  url?: string | undefined;
}): string {
  const names = [c.title, c.publisher].filter(Boolean).join(' — ');
  const date = c.date ? `, ${formatIsoDate(c.date)}` : '';
  return `${names}${date}${c.url ? ` <${c.url}>` : ''}`;
}
