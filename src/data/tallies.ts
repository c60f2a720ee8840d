/**
 * Tallies of event figures: for each source, the sum of its coded events' figures of one measure (ACLED's
 * fatalities, UCDP's low / best / high), per source over the filtered events, or per source and period
 * over time. A tally counts coded events; it is never a claimed total, and every view says so.
 */
import { isoFromDayNumber, dateInterval } from './dates';
import type { Estimate } from './estimates';
import type { Bound, FuzzyDate, Origin } from './schema';
import { formatNumber } from '../lib/format';

export type TallyPeriod = 'all' | 'month' | 'quarter' | 'year';

/** What the true value of one figure may be, as numbers a sum can add: an open upper end is Infinity. */
function lowOf(e: Estimate): number {
  if (e.bound === 'at-most') return 0;
  return e.low ?? e.best ?? 0;
}
function highOf(e: Estimate): number {
  if (e.bound === 'at-least' || e.bound === 'more-than') return Infinity;
  if (e.bound === 'range' || e.bound === 'at-most') return e.high ?? e.low ?? 0;
  return e.low ?? e.high ?? 0;
}
function bestOf(e: Estimate): number {
  if (e.best !== undefined) return e.best;
  if (e.bound === 'range') return ((e.low ?? 0) + (e.high ?? e.low ?? 0)) / 2;
  if (e.bound === 'at-most') return e.high ?? 0;
  return e.low ?? 0;
}

interface Sum {
  first: Estimate;
  /** Coded events summed, and the last one, to count an event once when a source lists it twice. */
  events: number;
  lastRow: string;
  low: number;
  best: number;
  high: number;
  /** Whether any figure gave a best estimate or a range, so the sum has a best distinct from its ends. */
  spread: boolean;
  start: number;
  end: number;
  origins: Set<Origin>;
}

function periodStart(iso: string, period: TallyPeriod): string {
  if (period === 'month') return `${iso.slice(0, 7)}-01`;
  if (period === 'quarter') {
    const q = Math.floor((Number(iso.slice(5, 7)) - 1) / 3) * 3 + 1;
    return `${iso.slice(0, 4)}-${String(q).padStart(2, '0')}-01`;
  }
  if (period === 'year') return `${iso.slice(0, 4)}-01-01`;
  return '';
}

function periodEnd(start: string, period: TallyPeriod): string {
  const y = Number(start.slice(0, 4));
  const m = Number(start.slice(5, 7));
  const months = period === 'month' ? 1 : period === 'quarter' ? 3 : 12;
  const next = Date.UTC(y, m - 1 + months, 1) / 86_400_000 - 1;
  return isoFromDayNumber(next);
}

/** The tally's date: the days its events span, or its period (a month at month precision). */
function tallyDate(sum: Sum, period: TallyPeriod, key: string): FuzzyDate {
  if (period === 'month') return { date: key, precision: 'month' };
  if (period === 'quarter' || period === 'year') {
    return { date: key, precision: 'day', end: periodEnd(key, period) };
  }
  const date = isoFromDayNumber(sum.start);
  const end = isoFromDayNumber(sum.end);
  return end === date ? { date, precision: 'day' } : { date, precision: 'day', end };
}

function bound(sum: Sum): Bound {
  if (sum.high === Infinity) return 'at-least';
  return sum.low === sum.high ? 'exact' : 'range';
}

/** Human words for what was summed, e.g. "sum of 312 coded events". */
function tallyWords(events: number): string {
  return `sum of ${formatNumber(events)} coded event${events === 1 ? '' : 's'}`;
}

/**
 * One tally per source (and per period unless `all`) from the given estimates: only event figures of the
 * measure count. An event's figure is counted once per event even if listed twice by the same source.
 * The figures of one event come together, as `collectEstimates` gives them and any filter keeps them.
 */
export function tallies(estimates: readonly Estimate[], measure: string, period: TallyPeriod): Estimate[] {
  const sums = new Map<string, Sum>();
  for (const e of estimates) {
    if (e.kind !== 'event' || e.measure !== measure) continue;
    const slot = period === 'all' ? e.sourceId : `${e.sourceId}|${periodStart(e.date.date, period)}`;
    let sum = sums.get(slot);
    // An event falls in one slot per source, and its figures come together: a figure of the event the
    // slot counted last is the same event listed again by the source.
    if (sum?.lastRow === e.rowId) continue;
    const { start, end } = dateInterval(e.date);
    if (!sum) {
      sum = {
        first: e,
        events: 0,
        lastRow: e.rowId,
        low: 0,
        best: 0,
        high: 0,
        spread: false,
        start,
        end,
        origins: new Set(),
      };
      sums.set(slot, sum);
    }
    sum.events += 1;
    sum.lastRow = e.rowId;
    sum.low += lowOf(e);
    sum.best += bestOf(e);
    sum.high += highOf(e);
    sum.spread ||= e.best !== undefined || e.bound === 'range';
    if (start < sum.start) sum.start = start;
    if (end > sum.end) sum.end = end;
    if (!sum.origins.has(e.origin)) sum.origins.add(e.origin);
  }
  const out: Estimate[] = [];
  for (const [slot, sum] of sums) {
    const { first } = sum;
    const periodKey = period === 'all' ? '' : slot.slice(first.sourceId.length + 1);
    const n = sum.events;
    const b = bound(sum);
    const words = tallyWords(n);
    out.push({
      key: period === 'all' ? `tally:${first.sourceId}` : `tally:${first.sourceId}:${periodKey}`,
      kind: 'tally',
      rowId: first.sourceId,
      sourceId: first.sourceId,
      sourceName: first.sourceName,
      reliability: first.reliability,
      credibility: null,
      measure,
      bound: b,
      low: sum.low,
      best: b === 'exact' || !sum.spread ? undefined : Math.round(sum.best * 10) / 10,
      high: b === 'range' ? sum.high : undefined,
      stated: words,
      quote: `${words[0]?.toUpperCase() ?? ''}${words.slice(1)} (${first.sourceName}): a count of coded events, not a claimed total.`,
      context: null,
      date: tallyDate(sum, period, periodKey),
      origin: sum.origins.size === 1 ? first.origin : 'context',
      events: n,
    });
  }
  return out;
}

/** Tallies over time: per month, or per quarter or year when per month would be more than `max` marks. */
export function tallyOverTime(
  estimates: readonly Estimate[],
  measure: string,
  max: number,
): { rows: Estimate[]; period: TallyPeriod; finer: number } {
  let finer = 0;
  for (const period of ['month', 'quarter', 'year'] as const) {
    const rows = tallies(estimates, measure, period);
    if (rows.length <= max || period === 'year') return { rows, period, finer };
    finer = rows.length;
  }
  return { rows: [], period: 'year', finer };
}
