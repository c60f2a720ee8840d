/**
 * Estimates: every figure of the dataset (a claim's figure, or one of an event's figures) as one row with
 * its source, date and origin, and the pure selectors the estimate chart and its exports share — which
 * rows the disparity view shows, the ratio between the highest and lowest, the deployed force as a
 * reference, and the text summary (the chart's accessible description and a slide's speaker notes).
 */
import { formatNumber, formatRatio } from '../lib/format';
import { runAtOnce, stepsCache, type Steps } from '../lib/steps';
import { describeFigure, formatFigure } from './figure-words';
import { sameRowsButGrades } from './dataset-index';
import { dateInterval, dayNumber } from './dates';
import type { Bound, Credibility, Event, FuzzyDate, Measure, Origin, Reliability, Source } from './schema';
import type { Dataset, NormalisedClaim } from './validate';

/**
 * What the chart reads from the dataset rather than from its figures: the measure it opens on, the
 * measure drawn for scale beside the others (a deployed force), and the date the disparity view compares
 * the sources as of. Every chart view and export asks this one function.
 */
export interface ChartReference {
  defaultMeasure: string | null;
  referenceMeasure: string | null;
  asOfDate: string | null;
}

/**
 * The as-of date is the latest date of the documents the claims quote (of any document, when no claim
 * quotes one): the disparity view compares each source's figure as of the reports being read.
 */
export function chartReference(
  dataset: Pick<Dataset, 'defaultMeasure' | 'referenceMeasure' | 'documents' | 'claims'>,
): ChartReference {
  const quoted = new Set(dataset.claims.map((c) => c.documentId));
  const documents = dataset.documents.some((d) => quoted.has(d.id))
    ? dataset.documents.filter((d) => quoted.has(d.id))
    : dataset.documents;
  let asOfDate: string | null = null;
  for (const d of documents) if (asOfDate === null || d.date.date > asOfDate) asOfDate = d.date.date;
  return {
    defaultMeasure: dataset.defaultMeasure ?? null,
    referenceMeasure: dataset.referenceMeasure ?? null,
    asOfDate,
  };
}
/** "About N" is drawn, and reasoned about, as N ± 10 %: a display convention, not a claim of the source. */
export const ABOUT_TOLERANCE = 0.1;

export interface Estimate {
  /** Stable key: `claim:<id>`, `event:<id>:<index of the figure>` or `tally:<source id>[:<period>]`. */
  key: string;
  /** A claim's figure, an event's figure, or a tally: the sum of a source's coded events' figures. */
  kind: 'claim' | 'event' | 'tally';
  /** The claim or event id, for the shared selection; a tally's source id. */
  rowId: string;
  sourceId: string;
  sourceName: string;
  /** The source's grade; undefined when it is not graded. */
  reliability: Reliability | undefined;
  /** A claim's credibility grade; events have none. */
  credibility: Credibility | null;
  measure: string;
  bound: Bound;
  low: number | undefined;
  /** The source's best estimate within the bounds, where it gives one. */
  best: number | undefined;
  high: number | undefined;
  /** The words that carry the number, as stated. */
  stated: string;
  /** A claim's verbatim quote from the article; for an event figure, the words as its source stated them. */
  quote: string;
  /** For an event, its neutral description; for a claim, the article's attribution note when there is one. */
  context: string | null;
  date: FuzzyDate;
  origin: Origin;
  /** For a tally, how many coded events it sums; null for a claim's or an event's own figure. */
  events: number | null;
}

/** -0 (a file may hold one) is 0, so it never reads "-0" anywhere. */
const zeroed = (value: number | undefined) => (value === 0 ? 0 : value);

type FigureLike = Pick<Estimate, 'bound' | 'low' | 'high'> & { best?: number | undefined };

/** Every figure of the given claims and events as estimates; an event figure of a hidden source is left out. */
export function collectEstimates(
  dataset: Pick<Dataset, 'sources'>,
  claims: readonly NormalisedClaim[],
  events: readonly Event[],
  visibleSource: (sourceId: string) => boolean = () => true,
): Estimate[] {
  return runAtOnce(collect(dataset, claims, events, visibleSource, null));
}

/** Every estimate of a dataset, and each one's row: its position among the dataset's claims or events. */
export interface DatasetEstimates {
  all: Estimate[];
  rows: Int32Array;
}

/**
 * Collected once per dataset: at once when a render asks first, or a slice of rows per task ahead of the
 * first render (`prepareDatasetEstimates`, from data/prepare-dataset.ts). A re-graded copy of a dataset
 * (the same rows) reuses the first one's (see `regradedEstimates`).
 */
const collected = stepsCache<Dataset, DatasetEstimates>({
  steps: (dataset) => estimateSteps(dataset),
  family: (dataset) => dataset.events,
  reuse: ({ key: first, value }, dataset) =>
    sameRowsButGrades(first, dataset) ? regradedEstimates(value, dataset) : null,
});

/** Every estimate of the dataset, collected once per dataset. */
export const datasetEstimates = (dataset: Dataset): DatasetEstimates => collected.get(dataset);
export const prepareDatasetEstimates = (dataset: Dataset): Promise<void> => collected.prepare(dataset);

/**
 * A dataset the analyst re-graded holds the same rows: its claims' estimates are collected again (a few
 * thousand at most) and the events' kept, each given its source's grade anew only where that changed.
 */
function regradedEstimates(prior: DatasetEstimates, dataset: Dataset): DatasetEstimates | null {
  const claimRows: number[] = [];
  const claims = runAtOnce(collect(dataset, dataset.claims, [], () => true, claimRows));
  // Claims come first: the first rows are theirs, and the estimates after them the events'.
  if (claimRows.some((row, i) => prior.rows[i] !== row)) return null;
  if (prior.all.slice(0, claims.length).some((e) => e.kind !== 'claim')) return null;
  if (prior.all[claims.length]?.kind === 'claim') return null;
  const grade = new Map(dataset.sources.map((s) => [s.id, s.reliability]));
  const events = prior.all.slice(claims.length).map((e) => {
    const reliability = grade.get(e.sourceId);
    return reliability === e.reliability ? e : { ...e, reliability };
  });
  return { all: [...claims, ...events], rows: prior.rows };
}

function* estimateSteps(dataset: Dataset): Steps<DatasetEstimates> {
  const rows: number[] = [];
  const all = yield* collect(dataset, dataset.claims, dataset.events, () => true, rows);
  return { all, rows: Int32Array.from(rows) };
}

/** Rows collected between two yields when collected ahead of the first render. */
const ROWS_PER_STEP = 25_000;

function* collect(
  dataset: Pick<Dataset, 'sources'>,
  claims: readonly NormalisedClaim[],
  events: readonly Event[],
  visibleSource: (sourceId: string) => boolean,
  rows: number[] | null,
): Steps<Estimate[]> {
  type SourceFields = Pick<Estimate, 'sourceId' | 'sourceName' | 'reliability'>;
  const known = new Map<string, SourceFields>(
    dataset.sources.map((s: Source) => [
      s.id,
      { sourceId: s.id, sourceName: s.shortName, reliability: s.reliability },
    ]),
  );
  const out: Estimate[] = [];
  const sourceFields = (id: string): SourceFields =>
    known.get(id) ?? { sourceId: id, sourceName: id, reliability: undefined };
  claims.forEach((claim, row) => {
    const f = claim.figure;
    if (!f) return;
    rows?.push(row);
    out.push({
      key: `claim:${claim.id}`,
      kind: 'claim',
      rowId: claim.id,
      ...sourceFields(claim.sourceId),
      credibility: claim.credibility,
      measure: f.measure,
      bound: f.bound,
      low: zeroed(f.low),
      best: zeroed(f.best),
      high: zeroed(f.high),
      stated: f.stated,
      quote: claim.quote,
      context: claim.attributionNote ?? null,
      date: claim.asOf,
      origin: 'article',
      events: null,
    });
  });
  for (let row = 0; row < events.length; row++) {
    if (row > 0 && row % ROWS_PER_STEP === 0) yield;
    const event = events[row] as Event;
    event.figures.forEach((f, index) => {
      if (!visibleSource(f.sourceId)) return;
      rows?.push(row);
      out.push({
        key: `event:${event.id}:${index}`,
        kind: 'event',
        rowId: event.id,
        ...sourceFields(f.sourceId),
        credibility: null,
        measure: f.measure,
        bound: f.bound,
        low: zeroed(f.low),
        best: zeroed(f.best),
        high: zeroed(f.high),
        stated: f.stated ?? formatFigure(f),
        // A coded figure (UCDP, ACLED) has no words of its own: it traces to the event and its citations.
        quote: f.stated ?? `Coded figure of the event: ${describeFigure(f)}`,
        context: event.description,
        date: event.date,
        origin: event.origin,
        events: null,
      });
    });
  }
  return out;
}

/** The single value that places a figure on an axis: its best estimate, else the bound's number, a range's midpoint. */
export function pointValue(f: FigureLike): number {
  if (f.best !== undefined) return f.best;
  if (f.bound === 'range') return ((f.low ?? 0) + (f.high ?? f.low ?? 0)) / 2;
  if (f.bound === 'at-most') return f.high ?? f.low ?? 0;
  return f.low ?? f.high ?? 0;
}

/** What the true value may be, given the bound: open-ended bounds reach Infinity (or 0). */
export function figureInterval(f: FigureLike): { min: number; max: number } {
  const value = pointValue(f);
  switch (f.bound) {
    case 'at-least':
    case 'more-than':
      return { min: value, max: Infinity };
    case 'at-most':
      return { min: 0, max: value };
    case 'range':
      return { min: f.low ?? 0, max: f.high ?? f.low ?? 0 };
    case 'about':
      return { min: value * (1 - ABOUT_TOLERANCE), max: value * (1 + ABOUT_TOLERANCE) };
    case 'exact':
      return { min: value, max: value };
  }
}

/** The measures that have at least one figure, in the dataset's order, the default measure first. */
export function chartMeasures(
  dataset: Pick<Dataset, 'measures'>,
  estimates: readonly Estimate[],
  defaultMeasure: string | null,
): Measure[] {
  const used = new Set(estimates.map((e) => e.measure));
  const list = dataset.measures.filter((m) => used.has(m.id));
  return [...list.filter((m) => m.id === defaultMeasure), ...list.filter((m) => m.id !== defaultMeasure)];
}

// ISO dates order as strings: no date parsing in a sort over thousands of figures.
const byDate = (a: Estimate, b: Estimate) =>
  a.date.date < b.date.date ? -1 : a.date.date > b.date.date ? 1 : 0;

/**
 * Each source's latest estimate of a measure: the one dated last (its date's end) on or before `asOf`;
 * among same-day figures the last listed wins, an article claim over a context row. When nothing is
 * dated on or before `asOf`, the latest of all.
 */
export function latestPerSource(estimates: readonly Estimate[], asOf: string | null): Estimate[] {
  const cutoff = asOf === null ? Infinity : dayNumber(asOf);
  const dated = estimates.filter((e) => dateInterval(e.date).start <= cutoff);
  const pool = dated.length > 0 ? dated : estimates;
  const latest = new Map<string, Estimate>();
  for (const e of [...pool].sort(byDate)) {
    const current = latest.get(e.sourceId);
    if (current?.kind === 'claim' && e.kind === 'event' && current.date.date === e.date.date) continue;
    latest.set(e.sourceId, e);
  }
  return [...latest.values()];
}

/**
 * The disparity view's rows for one measure, as of the article: every article claim of that measure, then
 * for each source without one its latest context figure up to the article's date — or, when `tallies` are
 * given, those tallies of the sources' coded events in place of any single event's figure. Sorted by value.
 */
export function disparityRows(
  estimates: readonly Estimate[],
  measure: string,
  asOfDate: string | null,
  tallies: readonly Estimate[] | null = null,
): Estimate[] {
  const ofMeasure = estimates.filter((e) => e.measure === measure);
  const claims = ofMeasure.filter((e) => e.kind === 'claim');
  const claimSources = new Set(claims.map((e) => e.sourceId));
  const others =
    tallies ??
    latestPerSource(
      ofMeasure.filter((e) => e.kind === 'event' && !claimSources.has(e.sourceId)),
      asOfDate,
    );
  return [...claims, ...others].sort((a, b) => pointValue(a) - pointValue(b) || a.key.localeCompare(b.key));
}

/** Over time, more marks than this would be unreadable (and slow): they are thinned, and the chart says so. */
export const MAX_OVER_TIME_MARKS = 400;

/**
 * The over-time rows, thinned when there are too many to draw: each source's latest figure per month,
 * then, if still too many, the latest `max` of those. Every kept row is a real figure, never an average.
 */
export function thinOverTime(estimates: readonly Estimate[], max = MAX_OVER_TIME_MARKS): Estimate[] {
  if (estimates.length <= max) return [...estimates];
  const perMonth = new Map<string, Estimate>();
  for (const e of [...estimates].sort(byDate)) perMonth.set(`${e.sourceId}|${e.date.date.slice(0, 7)}`, e);
  return [...perMonth.values()].sort(byDate).slice(-max);
}

/** More rows than this in the disparity view are sampled evenly by value, lowest and highest always kept. */
export const MAX_DISPARITY_ROWS = 40;

export function sampleByValue(rows: readonly Estimate[], max = MAX_DISPARITY_ROWS): Estimate[] {
  if (rows.length <= max) return [...rows];
  const picked = new Set<number>();
  for (let i = 0; i < max; i++) picked.add(Math.round((i * (rows.length - 1)) / (max - 1)));
  return [...picked].sort((a, b) => a - b).map((i) => rows[i] as Estimate);
}

/** `open`: the bounds allow any ratio at all (two floors, two ceilings, or a floor over a ceiling). */
export type RatioKind = 'exact' | 'about' | 'between' | 'at-least' | 'at-most' | 'open';

export interface Ratio {
  high: Estimate;
  low: Estimate;
  /** The ratio of the figures as stated. */
  stated: number;
  /** What the bounds allow for the ratio of the true values (0 … Infinity when they allow anything). */
  min: number;
  max: number;
  kind: RatioKind;
  /** Whether the ratio was taken among the article's own figures only. */
  articleOnly: boolean;
}

/**
 * The ratio between the highest and the lowest estimate. Among the article's own figures when it has two
 * or more (the disparity the article reports), else among every row; a tally of coded events is never
 * part of it (it counts something else). Null for fewer than two figures, or when the lowest is below 1:
 * a ratio to a fraction of one would only magnify rounding.
 */
export function disparityRatio(rows: readonly Estimate[]): Ratio | null {
  const figures = rows.filter((r) => r.kind !== 'tally');
  const article = figures.filter((r) => r.origin === 'article');
  const articleOnly = article.length >= 2;
  const pool = articleOnly ? article : figures;
  if (pool.length < 2) return null;
  const sorted = [...pool].sort((a, b) => pointValue(a) - pointValue(b));
  const low = sorted[0] as Estimate;
  const high = sorted[sorted.length - 1] as Estimate;
  if (pointValue(low) < 1) return null;
  const hi = figureInterval(high);
  const lo = figureInterval(low);
  const min = lo.max === Infinity ? 0 : hi.min / lo.max;
  const max = lo.min === 0 ? Infinity : hi.max / lo.min;
  const stated = pointValue(high) / pointValue(low);
  let kind: RatioKind;
  if (min === 0 && max === Infinity) kind = 'open';
  else if (max === Infinity) kind = 'at-least';
  else if (min === 0) kind = 'at-most';
  else if (min === max) kind = 'exact';
  else if (high.bound === 'about' && low.bound === 'about') kind = 'about';
  else kind = 'between';
  return { high, low, stated, min, max, kind, articleOnly };
}

const times = formatRatio;

const isFloor = (e: Estimate) => e.bound === 'at-least' || e.bound === 'more-than';

/** Why a ratio whose bounds allow anything still compares the stated figures, and what that means. */
function openCaveat(high: Estimate, low: Estimate): string {
  if (isFloor(high) && isFloor(low))
    return 'Both figures are floors ("more than", "at least"), so the ratio compares the stated minimums: the true numbers may be closer together or further apart.';
  if (high.bound === 'at-most' && low.bound === 'at-most')
    return 'Both figures are ceilings ("up to", "at most"), so the ratio compares the stated maximums: the true numbers may be closer together or further apart.';
  return 'The bounds allow any ratio, so it compares the figures as stated.';
}

/** The disparity in words, with the caveat the bounds call for. */
export function describeRatio(ratio: Ratio): { headline: string; caveat: string } {
  const { high, low } = ratio;
  const pair = `${formatFigure(high)} against ${formatFigure(low)}`;
  const who = `${high.sourceName}’s figure is`;
  const whom = `${low.sourceName}’s`;
  switch (ratio.kind) {
    case 'exact':
      return { headline: `${who} ${times(ratio.stated)} ${whom} (${pair}).`, caveat: '' };
    case 'about':
      return {
        headline: `${who} about ${times(ratio.stated)} ${whom} (${pair}).`,
        caveat: 'Both figures are approximate, so the ratio is too.',
      };
    case 'between':
      return {
        headline: `${who} between ${times(ratio.min, 'down')} and ${times(ratio.max, 'up')} ${whom} (${pair}).`,
        caveat: `The bounds allow a range of ratios; the stated figures give ${times(ratio.stated)}.`,
      };
    case 'at-least':
      return {
        headline: `${who} at least ${times(ratio.min, 'down')} ${whom} (${pair}).`,
        caveat: 'The higher figure is a floor, so the ratio is a lower bound: the true gap may be wider.',
      };
    case 'at-most':
      return {
        headline: `${who} at most ${times(ratio.max, 'up')} ${whom} (${pair}).`,
        caveat: 'The bounds make the ratio an upper bound: the true gap may be narrower.',
      };
    case 'open':
      return {
        headline: `${who} ${times(ratio.stated, 'down')} ${whom} (${pair}).`,
        caveat: openCaveat(high, low),
      };
  }
}

export interface DeployedForce {
  /** The central figure: the article's own when it gives one, else the highest of the sources' latest. */
  central: number;
  /** The spread of the sources' latest figures as of the article (upper bounds left out: they set no floor). */
  min: number;
  max: number;
  estimates: Estimate[];
}

/** The deployed force (the reference measure) for scale beside the other figures, with its own uncertainty. */
export function deployedForce(
  estimates: readonly Estimate[],
  reference: Pick<ChartReference, 'referenceMeasure' | 'asOfDate'>,
): DeployedForce | null {
  if (reference.referenceMeasure === null) return null;
  const deployed = estimates.filter((e) => e.measure === reference.referenceMeasure);
  const article = deployed.find((e) => e.kind === 'claim');
  const latest = latestPerSource(
    deployed.filter((e) => e.kind === 'event' && e.bound !== 'at-most'),
    reference.asOfDate,
  );
  const pool = article ? [article, ...latest.filter((e) => e.sourceId !== article.sourceId)] : latest;
  if (pool.length === 0) return null;
  // The spread runs between numbers the sources stated: a range's own ends, never its midpoint.
  const lows = pool.map((e) => (e.bound === 'range' ? (e.low ?? pointValue(e)) : pointValue(e)));
  const highs = pool.map((e) => (e.bound === 'range' ? (e.high ?? pointValue(e)) : pointValue(e)));
  const central = article ? pointValue(article) : Math.max(...pool.map(pointValue));
  if (central <= 0) return null;
  return { central, min: Math.min(...lows), max: Math.max(...highs), estimates: pool };
}

/** A share of the deployed force, as a percentage. */
export function shareOf(value: number, force: number): number {
  return (value / force) * 100;
}

export function describeDeployed(force: DeployedForce): string {
  const spread =
    force.min === force.max ? '' : ` (${formatNumber(force.min)}–${formatNumber(force.max)} across sources)`;
  return `about ${formatNumber(force.central)}${spread}`;
}
