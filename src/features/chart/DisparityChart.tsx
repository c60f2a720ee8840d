import { ORIGIN_LABEL } from '../../data/labels';
import { formatFuzzyDate } from '../../lib/format';
import {
  DISPARITY,
  GRID,
  INK,
  MUTED,
  SELECTED,
  ticks,
  type DisparityLayout,
  type ValueAxis,
} from './chart-model';
import { ChartKey } from './ChartKey';
import { ChartSvg, ReferenceLine, SvgText, type SvgLabelling } from './ChartSvg';
import { Marks, type MarkContext } from './marks';

interface DisparityChartProps {
  layout: DisparityLayout;
  axis: ValueAxis;
  title: string;
  headline: string | null;
  /** The deployed force's label; says so when it is a different measure from the one drawn. */
  forceLabel: string[] | null;
  marks: MarkContext;
  labelling: SvgLabelling;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function DeployedForceBand({
  layout,
  axis,
  label,
}: {
  layout: DisparityLayout;
  axis: ValueAxis;
  label: string[];
}) {
  const { x, rowsBottom } = layout;
  const force = axis.force;
  if (!force) return null;
  const share = axis.scale === 'share';
  const [x0, x1, xc] = share ? [x(100), x(100), x(100)] : [x(force.min), x(force.max), x(force.central)];
  return (
    <g data-part="deployed-force">
      <rect
        x={x0}
        y={DISPARITY.top - 4}
        width={Math.max(x1 - x0, 0)}
        height={rowsBottom - DISPARITY.top + 4}
        fill="#9ca3af"
        fillOpacity={0.18}
      />
      <ReferenceLine x={xc} y0={DISPARITY.top - 8} y1={rowsBottom} dash="8 3 2 3" width={1.5} />
      {label.map((line, i) => (
        <SvgText
          key={line}
          x={xc}
          y={DISPARITY.top - 26 + i * 13}
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

/** The disparity view: one row per estimate, the value along x, the deployed force as a reference band. */
export function DisparityChart({
  layout,
  axis,
  title,
  headline,
  forceLabel,
  marks,
  labelling,
}: DisparityChartProps) {
  const { width, height, x, rowsBottom } = layout;
  return (
    <ChartSvg kind="disparity" width={width} height={height} title={title} labelling={labelling}>
      {headline && (
        <SvgText x={8} y={36} size={12} data-part="headline">
          {headline}
        </SvgText>
      )}
      {ticks(layout.domainMax).map((t) => (
        <g key={t}>
          <line x1={x(t)} y1={DISPARITY.top} x2={x(t)} y2={rowsBottom} stroke={GRID} strokeWidth={1} />
          <SvgText x={x(t)} y={rowsBottom + 16} textAnchor="middle" fill={MUTED}>
            {axis.format(t)}
          </SvgText>
        </g>
      ))}
      <SvgText
        x={(DISPARITY.left + DISPARITY.right) / 2}
        y={rowsBottom + 34}
        textAnchor="middle"
        fill={MUTED}
      >
        {axis.scale === 'share' ? 'Share of the deployed force (%)' : 'Number, as each source stated it'}
      </SvgText>
      {layout.marks.map(({ estimate: e }, i) => {
        const y = DISPARITY.top + DISPARITY.row * i;
        return (
          <g key={`label-${e.key}`} aria-hidden="true">
            {marks.selectedKeys.has(e.key) && (
              <rect x={0} y={y} width={width} height={DISPARITY.row} fill={SELECTED} />
            )}
            <SvgText x={DISPARITY.left - 10} y={y + 20} textAnchor="end" size={12} weight={600}>
              {clip(e.sourceName, 20)} · {e.reliability}
            </SvgText>
            <SvgText x={DISPARITY.left - 10} y={y + 35} textAnchor="end" size={10} fill={MUTED}>
              {formatFuzzyDate(e.date)} · {ORIGIN_LABEL[e.origin].toLowerCase()}
            </SvgText>
          </g>
        );
      })}
      {forceLabel && <DeployedForceBand layout={layout} axis={axis} label={forceLabel} />}
      <line x1={DISPARITY.left} y1={rowsBottom} x2={DISPARITY.right} y2={rowsBottom} stroke={INK} />
      <Marks placed={layout.marks} orientation="h" context={marks} />
      <ChartKey y={rowsBottom + 56} share={axis.scale === 'share'} />
    </ChartSvg>
  );
}
