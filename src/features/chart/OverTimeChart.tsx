import { memo, useMemo, type ReactNode } from 'react';
import { CartesianGrid, Line, ReferenceLine, useXAxisScale, useYAxisScale, XAxis, YAxis } from 'recharts';
import { dateInterval, dayNumber } from '../../data/dates';
import type { Estimate } from '../../data/estimates';
import type { AssessedRange } from '../../data/schema';
import { formatIsoDate } from '../../lib/format';
import { timeTicks } from '../../lib/time-ticks';
import {
  GRID,
  INK,
  labelsThatFit,
  legendLayout,
  markExtent,
  overTimePositions,
  timeDomain,
  valueMax,
  type ValueAxis,
} from './chart-model';
import { ChartKey, keyHeight } from './ChartKey';
import { ChartSvg, SvgText, TICK_STYLE, type SvgLabelling } from './ChartSvg';
import { LabelledMarks, type MarkContext } from './mark-context';
import { EstimateMarks, type MarkDatum } from './marks';
import { valueTicks } from './value-ticks';
import { AssessedRangeLayer } from './ReferenceLayers';

interface OverTimeChartProps {
  rows: readonly Estimate[];
  width: number;
  axis: ValueAxis;
  title: string;
  articleDate: string | null;
  range: AssessedRange | null;
  sourceName: (sourceId: string) => string;
  colourOf: MarkContext['colourOf'];
  labelOf: MarkContext['labelOf'];
  labelling: SvgLabelling;
}

const TOP = 78;
const PLOT = 270;
const Y_AXIS = 60;
const X_AXIS = 26;
const RIGHT = 72;

/**
 * Each series' latest figure is labelled when its label has room; which labels fit is decided on the axes'
 * scales, so this sits inside the chart and tells the marks through context.
 */
function LabelFit(props: {
  data: readonly MarkDatum[];
  labelOf: MarkContext['labelOf'];
  width: number;
  children: ReactNode;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const last = new Map<string, MarkDatum>();
  for (const d of props.data) last.set(`${d.estimate.kind === 'tally'}:${d.estimate.sourceId}`, d);
  const labelled =
    x && y
      ? labelsThatFit(
          [...last.values()].map((d) => ({
            key: d.estimate.key,
            x: Number(x(d.x)) + (d.nudge ?? 0),
            y: Number(y(d.y)),
            text: props.labelOf(d.estimate),
          })),
          props.width,
        )
      : new Set<string>();
  return <LabelledMarks.Provider value={labelled}>{props.children}</LabelledMarks.Provider>;
}

/**
 * Each source's estimates of one measure by date, one series per source; bounds kept, dates at their
 * precision. Memoised, as the disparity view is: hover, focus and selection reach the marks through context.
 */
export const OverTimeChart = memo(function OverTimeChart(props: OverTimeChartProps) {
  const { rows, width, axis, range, articleDate, colourOf } = props;
  const data = useMemo(() => {
    const positions = overTimePositions(rows);
    return rows
      .map((e): MarkDatum => {
        const extent = markExtent(e, axis);
        const at = positions.get(e.key) ?? { day: 0, nudge: 0 };
        const { start, end } = dateInterval(e.date);
        return {
          x: at.day,
          y: extent.point,
          estimate: e,
          extent,
          days: { start, end: end + 1 },
          nudge: at.nudge,
        };
      })
      .sort((a, b) => Number(a.x) - Number(b.x));
  }, [rows, axis]);
  // One line per source through its figures in date order, and another through its tallies: a count of
  // coded events never joins a claimed total. The same arrays while the figures are.
  const series = useMemo(() => {
    const out = new Map<string, { sourceId: string; points: { x: number; y: number }[] }>();
    for (const d of data) {
      const { sourceId, kind } = d.estimate;
      const key = `${kind === 'tally' ? 'tally' : 'figures'}:${sourceId}`;
      const line = out.get(key) ?? { sourceId, points: [] };
      line.points.push({ x: Number(d.x), y: Number(d.y) });
      out.set(key, line);
    }
    return out;
  }, [data]);
  const sourceIds = [...new Set(data.map((d) => d.estimate.sourceId))];
  const days = timeDomain(
    rows,
    [articleDate, range?.asOf].filter((d): d is string => !!d),
  );
  const ticks = timeTicks(days[0], days[1], width - Y_AXIS - RIGHT, { gapPx: 16 });
  const tickLabel = new Map(ticks.map((t) => [t.day, t.label]));
  const legend = legendLayout(
    sourceIds.map((id) => ({ sourceId: id, name: props.sourceName(id) })),
    width,
  );
  const legendRows = (legend.at(-1)?.row ?? 0) + 1;
  const flags = { share: false, range: range !== null, tally: rows.some((e) => e.kind === 'tally') };
  const keyRows = keyHeight(flags, width);
  const legendTop = TOP + PLOT + X_AXIS + 22;
  const height = legendTop + legendRows * 20 + keyRows + 8;
  const values = valueTicks(valueMax(rows, axis, false, range));
  const articleDay = articleDate ? dayNumber(articleDate) + 0.5 : null;
  return (
    <ChartSvg
      kind="over-time"
      width={width}
      height={height}
      margin={{ top: TOP, right: RIGHT, bottom: height - TOP - PLOT - X_AXIS, left: 0 }}
      title={props.title}
      labelling={props.labelling}
    >
      <SvgText x={8} y={36} fill="#4b5563">
        {axis.scale === 'share' ? 'Share of the deployed force (%)' : 'Number, as each source stated it'}
      </SvgText>
      <CartesianGrid vertical={false} stroke={GRID} />
      <XAxis
        type="number"
        dataKey="x"
        domain={days}
        ticks={ticks.map((t) => t.day)}
        interval={0}
        tickFormatter={(v: number) => tickLabel.get(v) ?? ''}
        tick={TICK_STYLE}
        height={X_AXIS}
        stroke={INK}
      />
      <YAxis
        type="number"
        dataKey="y"
        domain={[0, values.at(-1) ?? 1]}
        ticks={values}
        interval={0}
        tickFormatter={(v: number) => axis.format(v)}
        tick={TICK_STYLE}
        width={Y_AXIS}
        allowDecimals={false}
      />
      {articleDay !== null && articleDate && (
        <ReferenceLine
          x={articleDay}
          stroke={INK}
          strokeDasharray="2 3"
          className="chart-article-date"
          label={{
            value: `Article (${formatIsoDate(articleDate)})`,
            position: 'top',
            ...TICK_STYLE,
            fill: INK,
          }}
        />
      )}
      {range && (
        <AssessedRangeLayer
          range={range}
          axis={axis}
          orientation="v"
          labelY={54}
          fromDay={dayNumber(range.asOf)}
          toDay={days[1]}
        />
      )}
      {[...series.entries()].map(([key, { sourceId, points }]) =>
        points.length > 1 ? (
          <Line
            key={key}
            data={points}
            dataKey="y"
            type="linear"
            stroke={colourOf(sourceId)}
            strokeWidth={1.5}
            strokeOpacity={0.7}
            dot={false}
            activeDot={false}
            isAnimationActive={false}
            strokeDasharray={key.startsWith('tally:') ? '3 3' : undefined}
            className={`chart-series chart-series--${sourceId}`}
          />
        ) : null,
      )}
      <LabelFit data={data} labelOf={props.labelOf} width={width}>
        <EstimateMarks data={data} orientation="v" />
      </LabelFit>
      <g aria-hidden="true" data-part="legend">
        {legend.map((item) => (
          <g key={item.sourceId}>
            <rect
              x={item.x}
              y={legendTop + item.row * 20 - 8}
              width={14}
              height={10}
              fill={colourOf(item.sourceId)}
            />
            <SvgText x={item.x + 18} y={legendTop + item.row * 20 + 1}>
              {item.name}
            </SvgText>
          </g>
        ))}
      </g>
      <ChartKey y={legendTop + legendRows * 20 + 12} width={width} flags={flags} />
    </ChartSvg>
  );
});
