/**
 * What the chart draws for scale and for judgement beside the sources' figures: the deployed force (a
 * ReferenceArea for its spread, a ReferenceLine at its central figure) and the analyst's own assessed range
 * (a hatched ReferenceArea with a best-estimate ReferenceLine, labelled as the analyst's). Labels are drawn
 * by small components that read the axis scale, so they follow recharts' layout.
 */
import { useId } from 'react';
import { ReferenceArea, ReferenceLine, useChartWidth, usePlotArea, useXAxisScale } from 'recharts';
import { likelihoodText, rangeNumbers } from '../../data/assessed-range';
import type { AssessedRange } from '../../data/schema';
import { ANALYST, INK, MUTED, type ValueAxis } from './chart-model';
import { SvgText } from './ChartSvg';

/** A pattern id safe inside `url(#…)`: React's ids may hold characters CSS would have to escape. */
function usePatternId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
}

/** About how wide a line of the chart's 11-px bold label text is drawn. */
const labelWidth = (text: string) => text.length * 6.6;

/** The force's label ends at its line; near the chart's left edge it would be cut, so it starts there. */
function ForceLabel({ at, lines, y }: { at: number; lines: readonly string[]; y: number }) {
  const scale = useXAxisScale();
  const x = Number(scale?.(at) ?? NaN);
  if (!Number.isFinite(x)) return null;
  const w = Math.max(...lines.map(labelWidth));
  const left = Math.max(8, x - w);
  return (
    <g data-part="deployed-force">
      {lines.map((line, i) => (
        <SvgText
          key={line}
          x={left + w}
          y={y + i * 13}
          textAnchor="end"
          fill={i === 0 ? INK : MUTED}
          weight={i === 0 ? 600 : 400}
        >
          {line}
        </SvgText>
      ))}
    </g>
  );
}

/** The deployed force as a band (its spread across sources) and a line (its central figure). */
export function DeployedForceLayer(props: { axis: ValueAxis; lines: readonly string[]; labelY: number }) {
  const force = props.axis.force;
  if (!force) return null;
  const share = props.axis.scale === 'share';
  const central = share ? 100 : force.central;
  return (
    <>
      {!share && force.min !== force.max && (
        <ReferenceArea
          x1={force.min}
          x2={force.max}
          fill="#9ca3af"
          fillOpacity={0.18}
          className="chart-force-band"
          ifOverflow="extendDomain"
        />
      )}
      <ReferenceLine
        x={central}
        stroke={INK}
        strokeWidth={1.5}
        strokeDasharray="8 3 2 3"
        className="chart-force-line"
        ifOverflow="extendDomain"
      />
      <ForceLabel at={central} lines={props.lines} y={props.labelY} />
    </>
  );
}

/** Estimated width of the range label (11 px bold system sans), to keep it inside the chart. */

/**
 * The range's label, on its own line above the plot: at the best estimate in the disparity view, at the
 * right over time, always inside the chart's width.
 */
function RangeLabel(props: { range: AssessedRange; axis: ValueAxis; orientation: 'h' | 'v'; y: number }) {
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  const width = useChartWidth();
  if (!plot || !width) return null;
  const text = `Analyst’s range: ${rangeNumbers(props.range)} — ${likelihoodText(props.range.likelihood)}`;
  const w = labelWidth(text);
  const at =
    props.orientation === 'h'
      ? Number(xScale?.(props.axis.toAxis(props.range.best)) ?? NaN) - w / 2
      : plot.x + plot.width - w;
  if (!Number.isFinite(at)) return null;
  return (
    <SvgText x={Math.max(8, Math.min(at, width - 8 - w))} y={props.y} fill={ANALYST} weight={600}>
      {text}
    </SvgText>
  );
}

/**
 * The analyst's assessed range: hatched between low and high, a solid line at the best estimate. In the
 * disparity view it spans every row; over time it starts at its as-of date (`fromDay`).
 */
export function AssessedRangeLayer(props: {
  range: AssessedRange;
  axis: ValueAxis;
  orientation: 'h' | 'v';
  labelY: number;
  fromDay?: number | undefined;
  toDay?: number | undefined;
}) {
  const { range, axis, orientation } = props;
  const hatch = usePatternId('analyst-hatch');
  const low = axis.toAxis(range.low);
  const high = axis.toAxis(range.high);
  const best = axis.toAxis(range.best);
  const band =
    orientation === 'h' ? { x1: low, x2: high } : { y1: low, y2: high, x1: props.fromDay, x2: props.toDay };
  return (
    <>
      <defs>
        <pattern id={hatch} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width={6} height={6} fill={ANALYST} fillOpacity={0.08} />
          <line x1={0} y1={0} x2={0} y2={6} stroke={ANALYST} strokeWidth={1.5} strokeOpacity={0.45} />
        </pattern>
      </defs>
      <ReferenceArea
        {...band}
        fill={`url(#${hatch})`}
        stroke={ANALYST}
        strokeDasharray="5 3"
        className="chart-analyst-band"
        ifOverflow="extendDomain"
      />
      {orientation === 'h' ? (
        <ReferenceLine x={best} stroke={ANALYST} strokeWidth={2.5} className="chart-analyst-best" />
      ) : (
        <ReferenceLine
          segment={[
            { x: props.fromDay, y: best },
            { x: props.toDay, y: best },
          ]}
          stroke={ANALYST}
          strokeWidth={2.5}
          className="chart-analyst-best"
        />
      )}
      <g data-part="analyst-range">
        <RangeLabel range={range} axis={axis} orientation={orientation} y={props.labelY} />
      </g>
    </>
  );
}
