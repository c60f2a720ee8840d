import { memo, useContext, useMemo } from 'react';
import {
  CartesianGrid,
  usePlotArea,
  useYAxisScale,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts';
import { gradeMark, ORIGIN_LABEL } from '../../data/labels';
import type { Estimate } from '../../data/estimates';
import type { AssessedRange } from '../../data/schema';
import { formatFuzzyDate } from '../../lib/format';
import { clip } from '../../lib/text';
import { GRID, MUTED, SELECTED, markExtent, valueMax, type ValueAxis } from './chart-model';
import { ChartKey } from './ChartKey';
import { ChartSvg, SvgText, TICK_STYLE, type SvgLabelling } from './ChartSvg';
import { MarksContext } from './mark-context';
import { EstimateMarks, type MarkDatum } from './marks';
import { disparityLayout, X_AXIS_HEIGHT } from './disparity-layout';
import { AssessedRangeLayer, DeployedForceLayer } from './ReferenceLayers';
import { valueTicks } from './value-ticks';

interface DisparityChartProps {
  rows: readonly Estimate[];
  width: number;
  axis: ValueAxis;
  title: string;
  headline: string | null;
  /** The deployed force's label; says so when it is a different measure from the one drawn. */
  forceLabel: string[] | null;
  range: AssessedRange | null;
  labelling: SvgLabelling;
}

/** The width of the label column on the left. */
const LABELS = 178;

/** Each row's label: who, with the grade, then when and where from (a tally says what it counts). */
function RowTick(props: YAxisTickContentProps & { rows: Map<string, Estimate> }) {
  const e = props.rows.get(String(props.payload.value ?? ''));
  if (!e) return null;
  const x = Number(props.x) - 10;
  const y = Number(props.y);
  const second =
    e.kind === 'tally'
      ? `Σ ${(e.events ?? 0).toLocaleString('en-GB')} events · ${years(e)}`
      : `${formatFuzzyDate(e.date)} · ${ORIGIN_LABEL[e.origin].toLowerCase()}`;
  return (
    <g aria-hidden="true">
      <SvgText x={x} y={y - 2} textAnchor="end" size={12} weight={600}>
        {clip(e.sourceName, 16)} · {gradeMark(e.reliability)}
      </SvgText>
      <SvgText x={x} y={y + 11} textAnchor="end" size={10} fill={MUTED}>
        {clip(second, 30)}
      </SvgText>
    </g>
  );
}

/** A tally's dates in a row label: "2018–2024", or its date when within a year. */
function years(e: Estimate): string {
  const first = e.date.date.slice(0, 4);
  const last = (e.date.end ?? e.date.date).slice(0, 4);
  return first === last ? formatFuzzyDate(e.date) : `${first}–${last}`;
}

/** The selected rows, shaded across the whole chart, under everything else. */
function SelectedRows({ rows, width, row }: { rows: readonly Estimate[]; width: number; row: number }) {
  const y = useYAxisScale();
  const plot = usePlotArea();
  const marks = useContext(MarksContext);
  if (!plot || !marks) return null;
  return rows
    .flatMap((e) => (marks.selectedKeys.has(e.key) ? [e.key] : []))
    .map((key) => {
      const centre = Number(y?.(key, { position: 'middle' }) ?? NaN);
      return Number.isFinite(centre) ? (
        <rect
          key={key}
          x={0}
          y={centre - row / 2}
          width={width}
          height={row}
          fill={SELECTED}
          aria-hidden="true"
        />
      ) : null;
    });
}

/**
 * The disparity view: one row per estimate, the value along x, the deployed force and the analyst's range
 * for scale. Memoised: hover, focus and selection reach the marks through context, so the chart (and
 * recharts' layout, which would remount the focused mark) is redrawn only when what it shows changes.
 */
export const DisparityChart = memo(function DisparityChart(props: DisparityChartProps) {
  const { rows, width, axis, range } = props;
  const { forceY, rangeY, top, bottom, row, height, flags } = disparityLayout(props);
  const share = flags.share;
  const ticks = valueTicks(
    valueMax(rows, axis, props.forceLabel !== null && props.forceLabel.length > 0, range),
  );
  const data = useMemo(
    () =>
      rows.map((e): MarkDatum => {
        const extent = markExtent(e, axis);
        return { x: extent.point, y: e.key, estimate: e, extent };
      }),
    [rows, axis],
  );
  const byKey = new Map(rows.map((e) => [e.key, e]));
  return (
    <ChartSvg
      kind="disparity"
      width={width}
      height={height}
      margin={{ top, right: 28, bottom, left: 0 }}
      title={props.title}
      labelling={props.labelling}
    >
      {props.headline && (
        <SvgText x={8} y={36} size={12} data-part="headline">
          {props.headline}
        </SvgText>
      )}
      <SelectedRows rows={rows} width={width} row={row} />
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis
        type="number"
        dataKey="x"
        domain={[0, ticks.at(-1) ?? 1]}
        ticks={ticks}
        interval={0}
        tickFormatter={(v: number) => axis.format(v)}
        tick={TICK_STYLE}
        height={X_AXIS_HEIGHT}
        allowDecimals={false}
        label={{
          value: share ? 'Share of the deployed force (%)' : 'Number, as each source stated it',
          position: 'insideBottom',
          offset: 4,
          ...TICK_STYLE,
        }}
      />
      <YAxis
        type="category"
        dataKey="y"
        // The first row (the lowest figure) at the top, as a list reads.
        reversed
        width={LABELS}
        interval={0}
        tickLine={false}
        axisLine={false}
        tick={(tick: YAxisTickContentProps) => <RowTick {...tick} rows={byKey} />}
      />
      {props.forceLabel && <DeployedForceLayer axis={axis} lines={props.forceLabel} labelY={forceY} />}
      {range && <AssessedRangeLayer range={range} axis={axis} orientation="h" labelY={rangeY + 10} />}
      <EstimateMarks data={data} orientation="h" />
      <ChartKey y={height - bottom + 18} width={width} flags={flags} />
    </ChartSvg>
  );
});
