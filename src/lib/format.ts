/** Framework-free formatting shared by every view and every export, so a number reads the same everywhere. */
import type { Bound, FuzzyDate } from '../data/schema';

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? integer.format(value) : decimal.format(value);
}

/** The symbol that tells what a figure really says: "> 1,100" is a bound, not a point. */
export const BOUND_SYMBOL: Record<Bound, string> = {
  'at-least': '≥',
  'more-than': '>',
  about: '≈',
  'at-most': '≤',
  range: '',
  exact: '',
};

export const BOUND_LABEL: Record<Bound, string> = {
  'at-least': 'at least',
  'more-than': 'more than',
  about: 'about',
  'at-most': 'at most',
  range: 'range',
  exact: 'exact',
};

interface FigureWords {
  bound: Bound;
  low?: number | undefined;
  best?: number | undefined;
  high?: number | undefined;
}

/** A best estimate given beside the bounds ("best 1,950"): shown, never folded into them. */
const bestOf = (best: number | undefined, separator: string) =>
  best === undefined ? '' : `${separator}best ${formatNumber(best)}`;

export function formatFigure(figure: FigureWords): string {
  const { bound, low, high, best } = figure;
  if (bound === 'range') return `${formatNumber(low ?? 0)}–${formatNumber(high ?? 0)}${bestOf(best, ', ')}`;
  if (bound === 'at-most') return `≤ ${formatNumber(high ?? low ?? 0)}`;
  const value = formatNumber(low ?? high ?? 0);
  const symbol = BOUND_SYMBOL[bound];
  return `${symbol ? `${symbol} ${value}` : value}${bestOf(best, ', ')}`;
}

/** The same figure in words, for screen readers, summaries and slide notes. */
export function describeFigure(figure: FigureWords): string {
  const { bound, low, high, best } = figure;
  const words = (() => {
    switch (bound) {
      case 'range':
        return `between ${formatNumber(low ?? 0)} and ${formatNumber(high ?? 0)}`;
      case 'at-most':
        return `at most ${formatNumber(high ?? low ?? 0)}`;
      case 'exact':
        return formatNumber(low ?? 0);
      default:
        return `${BOUND_LABEL[bound]} ${formatNumber(low ?? 0)}`;
    }
  })();
  return `${words}${bestOf(best, ', ')}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1] ?? '?'} ${y}`;
}

/** A date at its honest precision: "Jan 2025", "≈ 14 Jun 2024", "9–10 Oct 2024". */
export function formatFuzzyDate(date: FuzzyDate): string {
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
export function describePrecision(date: FuzzyDate): string {
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
