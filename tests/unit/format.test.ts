import { describe, expect, it } from 'vitest';
import { formatFuzzyDate, formatNumber, formatRatio } from '../../src/lib/format';
import { describeFigure, formatFigure } from '../../src/data/figure-words';

describe('formatFigure keeps what a figure says', () => {
  it.each([
    [{ bound: 'more-than', low: 1100 }, '> 1,100', 'more than 1,100'],
    [{ bound: 'at-least', low: 100 }, '≥ 100', 'at least 100'],
    [{ bound: 'about', low: 12000 }, '≈ 12,000', 'about 12,000'],
    [{ bound: 'at-most', high: 500 }, '≤ 500', 'at most 500'],
    [{ bound: 'range', low: 1100, high: 3000 }, '1,100–3,000', 'between 1,100 and 3,000'],
    [{ bound: 'exact', low: 3800 }, '3,800', '3,800'],
  ] as const)('%o → %s / %s', (figure, short, words) => {
    expect(formatFigure(figure)).toBe(short);
    expect(describeFigure(figure)).toBe(words);
  });
});

describe('formatFuzzyDate shows the precision honestly', () => {
  it.each([
    [{ date: '2024-12-23', precision: 'day' }, '23 Dec 2024'],
    [{ date: '2025-01-01', precision: 'month' }, 'Jan 2025'],
    [{ date: '2024-06-14', precision: 'approx' }, '≈ 14 Jun 2024'],
    [{ date: '2024-10-09', precision: 'day', end: '2024-10-10' }, '9–10 Oct 2024'],
    [{ date: '2024-10-01', precision: 'approx', end: '2024-10-15' }, '≈ 1–15 Oct 2024'],
    [{ date: '2024-12-28', precision: 'day', end: '2025-01-02' }, '28 Dec 2024 – 2 Jan 2025'],
  ] as const)('%o → %s', (date, text) => {
    expect(formatFuzzyDate(date)).toBe(text);
  });
});

describe('numbers that say nothing a source meant', () => {
  it('writes -0 as 0', () => {
    expect(formatNumber(-0)).toBe('0');
    // Small integers take a shortcut past Intl: they must read exactly as Intl writes them.
    const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
    for (let n = -1_001; n <= 1_001; n++) expect(formatNumber(n)).toBe(n === 0 ? '0' : intl.format(n));
    expect(formatFigure({ bound: 'more-than', low: -0 })).toBe('> 0');
  });
});

describe('best estimates and ratios', () => {
  it('adds a best estimate beside the bounds, never folded into them', () => {
    expect(formatFigure({ bound: 'range', low: 2, best: 4, high: 10 })).toBe('2–10, best 4');
    expect(describeFigure({ bound: 'range', low: 2, best: 4, high: 10 })).toBe('between 2 and 10, best 4');
  });

  it.each([
    [2.727, 'near', '2.7×'],
    [2.75, 'down', '2.7×'],
    [2.71, 'up', '2.8×'],
    [27.34, 'near', '27.3×'],
    [273.4, 'near', '273×'],
    [2_734.9, 'near', '2,730×'],
    [123_456, 'down', '123,000×'],
    [1, 'near', '1×'],
  ] as const)('writes the ratio %d (%s) as %s: at most three significant digits', (value, round, text) => {
    expect(formatRatio(value, round)).toBe(text);
  });
});
