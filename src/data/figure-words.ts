/** A figure in words, as its bound says it: "> 1,100", "between 1,100 and 3,000, best 1,950". */
import { formatNumber } from '../lib/format';
import type { Bound } from './schema';

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
