/**
 * Ticks for a time axis over whole days (UTC day numbers, days since 1970-01-01), shared by the estimate
 * chart and the timeline. The step is the finest of day / 2 days / week / 2 weeks / month / quarter / half
 * year / 1–500 years whose labels fit the axis's width without touching; a label carries the year on the
 * first tick and wherever the year changes, so a span across years never reads "Nov Dec Jan" without one.
 */
import { MONTHS } from './format';

export interface TimeTick {
  day: number;
  label: string;
}

export interface TimeTickOptions {
  /** How labels are drawn at their tick: centred on it (chart axes) or starting at it (the timeline). */
  anchor?: 'middle' | 'start';
  /** Estimated width of one character of the label font, in px (11 px system sans: about 6.5). */
  charPx?: number;
  /** Least space between two labels, in px. */
  gapPx?: number;
  /** How far a label may reach past either end of the axis, in px (into the chart's margin). */
  overhangPx?: number;
}

const DAY_MS = 86_400_000;

type Unit = 'day' | 'week' | 'month' | 'year';
interface Step {
  unit: Unit;
  n: number;
  /** The step's approximate length in days, to skip steps that could never fit. */
  days: number;
}

const STEPS: readonly Step[] = [
  { unit: 'day', n: 1, days: 1 },
  { unit: 'day', n: 2, days: 2 },
  { unit: 'week', n: 1, days: 7 },
  { unit: 'week', n: 2, days: 14 },
  { unit: 'month', n: 1, days: 30.4 },
  { unit: 'month', n: 3, days: 91 },
  { unit: 'month', n: 6, days: 182 },
  ...[1, 2, 5, 10, 20, 25, 50, 100, 200, 500].map((n) => ({ unit: 'year' as const, n, days: n * 365.25 })),
];

function civil(day: number): { y: number; m: number; d: number } {
  const date = new Date(day * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

const dayOf = (y: number, m: number, d = 1) => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);

/** Every tick day of one step inside [start, end]: days and weeks on multiples from an anchor, months and years by the calendar. */
function tickDays(step: Step, start: number, end: number): number[] {
  const out: number[] = [];
  if (step.unit === 'day' || step.unit === 'week') {
    // Day 4 (1970-01-05) is a Monday: weeks start on Mondays.
    const every = step.unit === 'week' ? 7 * step.n : step.n;
    const origin = step.unit === 'week' ? 4 : 0;
    let day = start + ((((origin - start) % every) + every) % every);
    for (; day <= end; day += every) out.push(day);
    return out;
  }
  const first = civil(start);
  if (step.unit === 'month') {
    let y = first.y;
    let m = first.m;
    for (;;) {
      const day = dayOf(y, m);
      if (day > end) break;
      if (day >= start && (m - 1) % step.n === 0) out.push(day);
      m += 1;
      if (m > 12) {
        m = 1;
        y += 1;
      }
    }
    return out;
  }
  for (let y = Math.ceil(first.y / step.n) * step.n; ; y += step.n) {
    const day = dayOf(y, 1);
    if (day > end) break;
    if (day >= start) out.push(day);
  }
  return out;
}

function label(step: Step, day: number, withYear: boolean): string {
  const { y, m, d } = civil(day);
  const month = MONTHS[m - 1] ?? '';
  if (step.unit === 'year') return String(y);
  if (step.unit === 'month') return withYear ? `${month} ${y}` : month;
  return withYear ? `${d} ${month} ${y}` : `${d} ${month}`;
}

/** Labels for the days: the year on the first and wherever it changes (and on every January for months). */
function labels(step: Step, days: readonly number[]): TimeTick[] {
  let previousYear = NaN;
  return days.map((day) => {
    const { y, m } = civil(day);
    const withYear = y !== previousYear || (step.unit === 'month' && m === 1);
    previousYear = y;
    return { day, label: label(step, day, withYear) };
  });
}

/**
 * The ticks for the days [start, end] drawn across `widthPx`: the finest step whose labels neither touch
 * each other nor reach past the ends (by more than the overhang). Never empty when start ≤ end: if nothing
 * fits, the start is labelled alone.
 */
export function timeTicks(
  start: number,
  end: number,
  widthPx: number,
  options: TimeTickOptions = {},
): TimeTick[] {
  const { anchor = 'middle', charPx = 6.5, gapPx = 10, overhangPx = 0 } = options;
  if (!(end >= start) || !Number.isFinite(start) || !Number.isFinite(end)) return [];
  const span = Math.max(1, end - start);
  const pxPerDay = widthPx / span;
  const x = (day: number) => (day - start) * pxPerDay;
  const width = (text: string) => text.length * charPx;
  // The part of a label before and after its tick.
  const before = (w: number) => (anchor === 'middle' ? w / 2 : 0);
  const after = (w: number) => (anchor === 'middle' ? w / 2 : w);
  for (const step of STEPS) {
    // A step whose ticks would be closer than the narrowest label can never fit: skip without generating.
    if (step.days * pxPerDay < 3 * charPx + gapPx) continue;
    const days = tickDays(step, start, end);
    // Labels that would reach past either end go; the year moves to the first label that stays.
    const kept = days.filter((day) => {
      const w = width(label(step, day, true));
      return x(day) - before(w) >= -overhangPx && x(day) + after(w) <= widthPx + overhangPx;
    });
    if (kept.length === 0) continue;
    const ticks = labels(step, kept);
    const fits = ticks.every((t, i) => {
      const next = ticks[i + 1];
      if (!next) return true;
      return x(next.day) - x(t.day) >= after(width(t.label)) + before(width(next.label)) + gapPx;
    });
    if (fits) return ticks;
  }
  return [{ day: start, label: label({ unit: 'day', n: 1, days: 1 }, start, true) }];
}
