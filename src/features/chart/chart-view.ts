/** Everything the chart panel shows, derived from the filtered rows and the chart's UI state (pure). */
import { describeAssessedRange, rangeOf } from '../../data/assessed-range';
import { chartSummary } from '../../data/chart-summary';
import {
  chartMeasures,
  deployedForce,
  describeDeployed,
  describeRatio,
  disparityRatio,
  disparityRows,
  sampleByValue,
  thinOverTime,
  MAX_OVER_TIME_MARKS,
  type ChartReference,
  type DeployedForce,
  type Estimate,
  type Ratio,
} from '../../data/estimates';
import type { AssessedRange, Measure } from '../../data/schema';
import { tallies, tallyOverTime, type TallyPeriod } from '../../data/tallies';
import { describeFigure } from '../../data/figure-words';
import type { ChartFigures, ChartMode, ChartScale } from '../../state/store';
import { valueAxis, type ValueAxis } from './chart-model';

export interface ChartViewInput {
  measures: readonly Measure[];
  reference: ChartReference;
  /** Every estimate of the dataset, and those that pass the filters. */
  all: readonly Estimate[];
  visible: readonly Estimate[];
  mode: ChartMode;
  scale: ChartScale;
  measureId: string | null;
  /** Event figures as each source's latest, or tallied per source; `auto` decides by the data. */
  figures: ChartFigures;
  /** The analyst's assessed ranges (one per measure at most). */
  ranges: readonly AssessedRange[];
}

export interface ChartView {
  measures: Measure[];
  measure: Measure | null;
  rows: Estimate[];
  hiddenCount: number;
  /** How many rows there were before sampling or thinning (equal to rows.length when none were dropped). */
  total: number;
  /** What the chart says when it drew fewer marks than there are figures; null when it drew them all. */
  sampleNote: string | null;
  ratio: Ratio | null;
  ratioText: { headline: string; caveat: string } | null;
  force: DeployedForce | null;
  /** Share of the deployed force makes sense only for figures counted in the force's unit. */
  shareAvailable: boolean;
  /** Whether the measure has event figures to tally, and whether tallies are drawn. */
  tallyAvailable: boolean;
  tallied: boolean;
  tallyPeriod: TallyPeriod | null;
  range: AssessedRange | null;
  /** The analyst's range in one sentence, for the chart's label and the export's caption. */
  rangeText: string | null;
  axis: ValueAxis;
  forceLabel: string[] | null;
  summary: string;
  title: string;
}

/**
 * Event figures are tallied by default when they read as counts of coded events rather than reported
 * totals: more than this many figures of the measure per source that gives any (an ACLED export gives
 * one per event; the bundled context events give a handful per source).
 */
const TALLY_WHEN_PER_SOURCE = 5;

/** Whether the measure's event figures are, by default, tallied: decided on the whole dataset, not the filters. */
export function talliesByDefault(all: readonly Estimate[], measure: string): boolean {
  const sources = new Set<string>();
  let figures = 0;
  for (const e of all) {
    if (e.kind !== 'event' || e.measure !== measure) continue;
    figures += 1;
    sources.add(e.sourceId);
  }
  return sources.size > 0 && figures > TALLY_WHEN_PER_SOURCE * sources.size;
}

const PERIOD_WORD: Record<TallyPeriod, string> = {
  all: 'in all',
  month: 'per month',
  quarter: 'per quarter',
  year: 'per year',
};

function sampleNote(
  mode: ChartMode,
  total: number,
  shown: number,
  tallyPeriod: TallyPeriod | null,
  finer: number,
) {
  const coarser =
    tallyPeriod && tallyPeriod !== 'month' && finer > 0
      ? `Tallies are ${PERIOD_WORD[tallyPeriod]}: per ${tallyPeriod === 'year' ? 'quarter' : 'month'} they would be ${finer.toLocaleString('en-GB')} marks. `
      : '';
  if (total <= shown) return coarser || null;
  return mode === 'disparity'
    ? `${coarser}${total.toLocaleString('en-GB')} estimates: showing ${shown}, evenly spread from the lowest to the highest.`
    : `${coarser}${total.toLocaleString('en-GB')} figures: showing each source’s latest per month, the latest ${shown}.`;
}

/**
 * What depends only on the estimates, kept per estimates array: tallies of the filtered ones (switching the
 * view or the measure and back reuses them rather than summing the events again), and the measures and
 * default of all of them. A WeakMap: a new filter state or dataset is a new array.
 */
const tallyCache = new WeakMap<readonly Estimate[], Map<string, unknown>>();
function cached<T>(visible: readonly Estimate[], key: string, make: () => T): T {
  let forRows = tallyCache.get(visible);
  if (!forRows) {
    forRows = new Map();
    tallyCache.set(visible, forRows);
  }
  if (!forRows.has(key)) forRows.set(key, make());
  return forRows.get(key) as T;
}

/** The claims and events an assessed range rests on, in words ("ROK JCS: more than 1,100"). */
function citesOf(range: AssessedRange, all: readonly Estimate[]): string[] {
  const cited = new Set([...range.claimIds, ...range.eventIds]);
  const seen = new Set<string>();
  return all.flatMap((e) => {
    if (!cited.has(e.rowId) || e.measure !== range.measure || seen.has(e.rowId)) return [];
    seen.add(e.rowId);
    return [`${e.sourceName}: ${describeFigure(e)}`];
  });
}

export function chartView(input: ChartViewInput): ChartView {
  const { reference } = input;
  const measures = cached(input.all, `measures|${reference.defaultMeasure ?? ''}`, () =>
    chartMeasures({ measures: [...input.measures] }, input.all, reference.defaultMeasure),
  );
  const measure = measures.find((m) => m.id === input.measureId) ?? measures[0] ?? null;
  const id = measure?.id ?? '';
  const deployedMeasure = input.measures.find((m) => m.id === reference.referenceMeasure);
  const force = deployedForce(input.visible, reference);
  const shareAvailable = force !== null && measure !== null && measure.unit === deployedMeasure?.unit;
  const axis = valueAxis(shareAvailable ? input.scale : 'absolute', force);
  const ofMeasure = input.visible.filter((e) => e.measure === id);
  const tallyAvailable = input.all.some((e) => e.kind === 'event' && e.measure === id);
  const tallied =
    tallyAvailable &&
    (input.figures === 'tally' ||
      (input.figures === 'auto' &&
        cached(input.all, `default|${id}`, () => talliesByDefault(input.all, id))));

  let allRows: Estimate[];
  let tallyPeriod: TallyPeriod | null = null;
  let finer = 0;
  if (input.mode === 'disparity') {
    allRows = disparityRows(
      input.visible,
      id,
      reference.asOfDate,
      tallied ? cached(input.visible, `all|${id}`, () => tallies(ofMeasure, id, 'all')) : null,
    );
    tallyPeriod = tallied ? 'all' : null;
  } else if (tallied) {
    const claims = ofMeasure.filter((e) => e.kind !== 'event');
    const max = Math.max(1, MAX_OVER_TIME_MARKS - claims.length);
    const over = cached(input.visible, `time|${id}|${max}`, () => tallyOverTime(ofMeasure, id, max));
    allRows = [...claims, ...over.rows];
    tallyPeriod = over.period;
    finer = over.finer;
  } else {
    allRows = ofMeasure;
  }
  const rows = input.mode === 'disparity' ? sampleByValue(allRows) : thinOverTime(allRows);
  const totalOfMeasure = input.all.filter((e) => e.measure === id).length;
  // The ratio is taken over every row, before any sampling for the drawing.
  const ratio = input.mode === 'disparity' ? disparityRatio(allRows) : null;
  const label = measure?.label ?? 'No measure';
  let forceLabel: string[] | null = null;
  if (force && shareAvailable && input.mode === 'disparity') {
    forceLabel = [
      axis.scale === 'share'
        ? `Deployed force = 100 % (${describeDeployed(force)})`
        : `Deployed force: ${describeDeployed(force)}`,
    ];
    if (id !== reference.referenceMeasure)
      forceLabel.push(`${deployedMeasure?.label ?? 'Troops deployed'}: a different measure, for scale`);
  }
  const range = measure ? rangeOf(input.ranges, measure.id) : null;
  const rangeCites = range ? citesOf(range, input.all) : [];
  // A tally counts coded events, not a source's own estimate: the title says which the chart shows.
  const title =
    input.mode === 'disparity'
      ? tallied
        ? `${label}: claimed figures as of the article, and each source’s tally of coded events`
        : `${label}: each source’s estimate as of the article`
      : tallied
        ? `${label}: claimed figures over time, and each source’s tally of coded events by ${tallyPeriod ?? 'period'}`
        : `${label}: each source’s estimates over time`;
  return {
    measures,
    measure,
    rows,
    hiddenCount: totalOfMeasure - ofMeasure.length,
    total: allRows.length,
    sampleNote: sampleNote(input.mode, allRows.length, rows.length, tallyPeriod, finer),
    ratio,
    ratioText: ratio ? describeRatio(ratio) : null,
    force,
    shareAvailable,
    tallyAvailable,
    tallied,
    tallyPeriod,
    range,
    rangeText: range && measure ? describeAssessedRange(range, measure.label) : null,
    axis,
    forceLabel,
    summary: measure
      ? chartSummary({
          measure,
          rows: allRows,
          ratio,
          deployed: shareAvailable ? force : null,
          range,
          rangeCites,
        })
      : 'The dataset has no figures to chart.',
    title,
  };
}
