/**
 * The estimate chart in words: its accessible description and a slide's speaker notes. A few figures are
 * each named; many are summarised (how many from how many sources, the lowest and highest with their
 * sources, the median, the spread by source) so the text stays a few sentences at any size. Tallies of
 * coded events and the analyst's assessed range get sentences of their own: neither is a source's claim.
 */
import { formatFuzzyDate, formatIsoDate, formatNumber } from '../lib/format';
import { describeFigure } from './figure-words';
import { describeAssessedRange } from './assessed-range';
import { dateInterval, isoFromDayNumber } from './dates';
import {
  describeDeployed,
  describeRatio,
  pointValue,
  type DeployedForce,
  type Estimate,
  type Ratio,
} from './estimates';
import type { AssessedRange, Measure } from './schema';

/** Up to this many figures are each named; beyond, the summary counts and characterises them. */
export const NAMED_FIGURES = 8;
/** The spread by source names this many sources (those with the most figures), then counts the rest. */
const SOURCES_NAMED = 5;

export interface ChartSummaryInput {
  measure: Pick<Measure, 'label'>;
  /** Every row the view shows, before any sampling for the drawing. */
  rows: readonly Estimate[];
  ratio: Ratio | null;
  deployed: DeployedForce | null;
  range: AssessedRange | null;
  /** What the analyst's range cites, in words ("ROK JCS: more than 1,100"). */
  rangeCites?: readonly string[];
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** "1 Jan 2018 – 31 Dec 2024", the days the rows' dates may mean. */
function span(rows: readonly Estimate[]): string {
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of rows) {
    const { start, end } = dateInterval(r.date);
    lo = Math.min(lo, start);
    hi = Math.max(hi, end);
  }
  const from = formatIsoDate(isoFromDayNumber(lo));
  const to = formatIsoDate(isoFromDayNumber(hi));
  return from === to ? from : `${from} – ${to}`;
}

const byValue = (a: Estimate, b: Estimate) => pointValue(a) - pointValue(b) || a.key.localeCompare(b.key);

function named(r: Estimate, what: string): string {
  return `${r.sourceName}: ${describeFigure(r)} ${what} (${formatFuzzyDate(r.date)}${
    r.origin === 'article' && r.kind === 'claim' ? ', in the article' : ''
  })`;
}

/** Per source: how many figures and the spread of their values, most figures first. */
function spreadBySource(rows: readonly Estimate[]): string {
  const by = new Map<string, { name: string; n: number; lo: number; hi: number; one: Estimate }>();
  for (const r of rows) {
    const v = pointValue(r);
    const s = by.get(r.sourceId) ?? { name: r.sourceName, n: 0, lo: Infinity, hi: -Infinity, one: r };
    s.n += 1;
    s.lo = Math.min(s.lo, v);
    s.hi = Math.max(s.hi, v);
    by.set(r.sourceId, s);
  }
  const list = [...by.values()].sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
  const parts = list.slice(0, SOURCES_NAMED).map((s) => {
    // One figure is given as stated; several by the range of their values.
    const values =
      s.n === 1
        ? describeFigure(s.one)
        : s.lo === s.hi
          ? formatNumber(s.lo)
          : `${formatNumber(s.lo)} to ${formatNumber(s.hi)}`;
    return `${s.name} ${plural(s.n, 'figure')}, ${values}`;
  });
  const rest = list.length - SOURCES_NAMED;
  return `By source: ${parts.join('; ')}${rest > 0 ? `; and ${plural(rest, 'more source')}` : ''}.`;
}

function figuresText(rows: readonly Estimate[], measure: Pick<Measure, 'label'>): string {
  const what = measure.label.toLowerCase();
  if (rows.length <= NAMED_FIGURES) {
    return `${measure.label}: ${rows.map((r) => named(r, what)).join('; ')}.`;
  }
  const sorted = [...rows].sort(byValue);
  const low = sorted[0] as Estimate;
  const high = sorted[sorted.length - 1] as Estimate;
  const sources = new Set(rows.map((r) => r.sourceId)).size;
  return [
    `${measure.label}: ${plural(rows.length, 'figure')} from ${plural(sources, 'source')}, ${span(rows)}.`,
    `The lowest is ${named(low, what)}; the highest ${named(high, what)}; the median is ${formatNumber(
      Math.round(median(rows.map(pointValue)) * 10) / 10,
    )}.`,
    spreadBySource(rows),
  ].join(' ');
}

function talliesText(rows: readonly Estimate[], measure: Pick<Measure, 'label'>): string {
  const what = measure.label.toLowerCase();
  const caveat = 'counts of coded events, not claimed totals';
  const one = (r: Estimate) =>
    `${r.sourceName} coded ${describeFigure(r)} ${what} in ${plural(r.events ?? 0, 'event')} (${formatFuzzyDate(r.date)})`;
  if (rows.length <= NAMED_FIGURES) {
    return `Tallies of event figures (${caveat}): ${[...rows].sort(byValue).map(one).join('; ')}.`;
  }
  const sorted = [...rows].sort(byValue);
  const sources = new Set(rows.map((r) => r.sourceId)).size;
  const events = rows.reduce((n, r) => n + (r.events ?? 0), 0);
  return (
    `${plural(rows.length, 'tally', 'tallies')} of event figures from ${plural(sources, 'source')} (${caveat}), ` +
    `summing ${plural(events, 'coded event')}: the lowest ${one(sorted[0] as Estimate)}; ` +
    `the highest ${one(sorted[sorted.length - 1] as Estimate)}.`
  );
}

/** A few sentences that say what the chart shows: the chart's accessible description and a slide's notes. */
export function chartSummary(input: ChartSummaryInput): string {
  const { measure, rows, ratio, deployed, range } = input;
  const what = measure.label.toLowerCase();
  const figures = rows.filter((r) => r.kind !== 'tally');
  const counted = rows.filter((r) => r.kind === 'tally');
  const parts: string[] = [];
  if (rows.length === 0) parts.push(`No estimate of ${what} passes the current filters.`);
  if (figures.length > 0) parts.push(figuresText(figures, measure));
  if (counted.length > 0) parts.push(talliesText(counted, measure));
  if (ratio) {
    const { headline, caveat } = describeRatio(ratio);
    parts.push(caveat ? `${headline} ${caveat}` : headline);
  } else if (figures.length === 1) {
    parts.push('A single estimate: there is nothing to compare it with.');
  }
  if (deployed) parts.push(`Deployed force for scale: ${describeDeployed(deployed)}.`);
  if (range) {
    parts.push(describeAssessedRange(range, measure.label));
    parts.push(`Reasoning: ${range.reasoning}`);
    if (input.rangeCites && input.rangeCites.length > 0) {
      parts.push(`It rests on ${input.rangeCites.join('; ')}.`);
    }
  }
  return parts.join(' ');
}
