/** Everything the chart panel shows, derived from the filtered rows and the chart's UI state (pure). */
import {
  chartMeasures,
  chartSummary,
  deployedForce,
  describeDeployed,
  describeRatio,
  disparityRatio,
  disparityRows,
  sampleByValue,
  thinOverTime,
  type ChartReference,
  type DeployedForce,
  type Estimate,
  type Ratio,
} from '../../data/estimates';
import type { Measure } from '../../data/schema';
import type { ChartMode, ChartScale } from '../../state/store';
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
}

export interface ChartView {
  measures: Measure[];
  measure: Measure | null;
  rows: Estimate[];
  hiddenCount: number;
  /** Over time, how many figures there were before thinning (equal to rows.length when none were dropped). */
  total: number;
  ratio: Ratio | null;
  ratioText: { headline: string; caveat: string } | null;
  force: DeployedForce | null;
  /** Share of the deployed force makes sense only for figures counted in the force's unit. */
  shareAvailable: boolean;
  axis: ValueAxis;
  forceLabel: string[] | null;
  summary: string;
  title: string;
}

export function chartView(input: ChartViewInput): ChartView {
  const { reference } = input;
  const measures = chartMeasures({ measures: [...input.measures] }, input.all, reference.defaultMeasure);
  const measure = measures.find((m) => m.id === input.measureId) ?? measures[0] ?? null;
  const id = measure?.id ?? '';
  const deployedMeasure = input.measures.find((m) => m.id === reference.referenceMeasure);
  const force = deployedForce(input.visible, reference);
  const shareAvailable = force !== null && measure !== null && measure.unit === deployedMeasure?.unit;
  const axis = valueAxis(shareAvailable ? input.scale : 'absolute', force);
  const ofMeasure = input.visible.filter((e) => e.measure === id);
  const allRows =
    input.mode === 'disparity' ? disparityRows(input.visible, id, reference.asOfDate) : ofMeasure;
  const rows = input.mode === 'disparity' ? sampleByValue(allRows) : thinOverTime(allRows);
  const totalOfMeasure = input.all.filter((e) => e.measure === id).length;
  const visibleOfMeasure = ofMeasure.length;
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
  const title =
    input.mode === 'disparity'
      ? `${label}: each source’s estimate as of the article`
      : `${label}: each source’s estimates over time`;
  return {
    measures,
    measure,
    rows,
    hiddenCount: totalOfMeasure - visibleOfMeasure,
    total: allRows.length,
    ratio,
    ratioText: ratio ? describeRatio(ratio) : null,
    force,
    shareAvailable,
    axis,
    forceLabel,
    summary: measure
      ? chartSummary({ measure, rows, ratio, deployed: shareAvailable ? force : null })
      : 'The dataset has no figures to chart.',
    title,
  };
}
