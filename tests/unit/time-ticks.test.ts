import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/data/dates';
import { timeTicks, type TimeTickOptions } from '../../src/lib/time-ticks';

const CHAR = 6.5;
const GAP = 10;

/** Every pair of neighbouring labels leaves the gap, measured as the module estimates label widths. */
function overlaps(
  ticks: readonly { day: number; label: string }[],
  start: number,
  end: number,
  width: number,
  anchor: TimeTickOptions['anchor'] = 'middle',
): boolean {
  const x = (d: number) => ((d - start) / Math.max(1, end - start)) * width;
  return ticks.some((t, i) => {
    const next = ticks[i + 1];
    if (!next) return false;
    const w = (s: string) => s.length * CHAR;
    const room = anchor === 'start' ? w(t.label) : (w(t.label) + w(next.label)) / 2;
    return x(next.day) - x(t.day) < room + GAP;
  });
}

const span = (from: string, to: string) => [dayNumber(from), dayNumber(to)] as const;

describe('timeTicks', () => {
  it('labels months, with the year on the first and at January, when the span crosses a year', () => {
    const [a, b] = span('2024-11-20', '2025-02-10');
    expect(timeTicks(a, b, 240).map((t) => t.label)).toEqual(['Dec 2024', 'Jan 2025', 'Feb']);
    // Wider, the same span steps by fortnight, and the year still comes with the first tick and January.
    expect(timeTicks(a, b, 560).map((t) => t.label)).toEqual([
      '9 Dec 2024',
      '23 Dec',
      '6 Jan 2025',
      '20 Jan',
      '3 Feb',
    ]);
  });

  it('reads over 2018–2024 with years, never months without them', () => {
    const [a, b] = span('2018-01-01', '2024-12-31');
    const labels = timeTicks(a, b, 480).map((t) => t.label);
    expect(labels.every((l) => /\b(19|20)\d\d\b/.test(l))).toBe(true);
    expect(labels).toContain('2020');
  });

  it('steps by day over a week, and the first day carries month and year', () => {
    const [a, b] = span('2024-12-16', '2024-12-23');
    const labels = timeTicks(a, b, 700, { anchor: 'start' }).map((t) => t.label);
    expect(labels[0]).toBe('16 Dec 2024');
    expect(labels).toContain('17 Dec');
  });

  it('puts weeks on Mondays over a couple of months', () => {
    const [a, b] = span('2024-10-01', '2024-11-30');
    const ticks = timeTicks(a, b, 560);
    expect(ticks.length).toBeGreaterThan(3);
    // 1970-01-05 (day 4) was a Monday.
    expect(ticks.every((t) => (((t.day - 4) % 7) + 7) % 7 === 0)).toBe(true);
  });

  it.each([
    ['one week', '2024-12-16', '2024-12-23'],
    ['three months', '2024-10-01', '2024-12-31'],
    ['two years', '2023-06-01', '2025-06-01'],
    ['seven years', '2018-01-01', '2024-12-31'],
    ['twenty-five years', '2000-01-01', '2025-01-01'],
    ['two hundred years', '1900-01-01', '2100-12-31'],
  ])('never overlaps over %s, at any width from a phone to a wall', (_, from, to) => {
    const [a, b] = span(from, to);
    for (const width of [180, 320, 560, 900, 1600]) {
      for (const anchor of ['middle', 'start'] as const) {
        const ticks = timeTicks(a, b, width, { anchor });
        expect(ticks.length).toBeGreaterThan(0);
        expect(overlaps(ticks, a, b, width, anchor)).toBe(false);
        expect(ticks.every((t) => t.day >= a && t.day <= b)).toBe(true);
      }
    }
  });

  it('covers a 200-year span to its end (no tick limit cuts it short)', () => {
    const [a, b] = span('1900-01-01', '2100-12-31');
    const ticks = timeTicks(a, b, 900, { anchor: 'start' });
    expect(ticks.at(-1)?.label).toMatch(/^20[89]\d$/);
    expect(ticks[0]?.label).toBe('1900');
  });

  it('keeps start-anchored labels inside the axis', () => {
    const [a, b] = span('2024-01-01', '2024-12-31');
    const width = 400;
    for (const t of timeTicks(a, b, width, { anchor: 'start' })) {
      expect(((t.day - a) / (b - a)) * width + t.label.length * CHAR).toBeLessThanOrEqual(width);
    }
  });

  it('gives nothing for an empty or inverted span, and one tick for a single day', () => {
    expect(timeTicks(10, 5, 500)).toEqual([]);
    expect(timeTicks(NaN, 5, 500)).toEqual([]);
    const day = dayNumber('2024-12-23');
    expect(timeTicks(day, day, 500)).toEqual([{ day, label: '23 Dec 2024' }]);
  });
});
