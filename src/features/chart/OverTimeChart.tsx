import { dayNumber } from '../../data/dates';
import { formatIsoDate } from '../../lib/format';
import {
  GRID,
  INK,
  MUTED,
  OVER_TIME,
  labelsThatFit,
  monthTicks,
  ticks,
  type OverTimeLayout,
  type PlacedMark,
  type ValueAxis,
} from './chart-model';
import { ChartKey } from './ChartKey';
import { ChartSvg, ReferenceLine, SvgText, type SvgLabelling } from './ChartSvg';
import { Marks, type MarkContext } from './marks';

interface OverTimeChartProps {
  layout: OverTimeLayout;
  axis: ValueAxis;
  title: string;
  articleDate: string | null;
  /** Sources in legend order, laid out in rows. */
  legend: { sourceId: string; name: string; x: number; row: number }[];
  marks: MarkContext;
  labelling: SvgLabelling;
}

function Axes({ layout, axis }: { layout: OverTimeLayout; axis: ValueAxis }) {
  const { x, y, plotBottom } = layout;
  return (
    <g aria-hidden="true">
      <SvgText x={8} y={34} fill={MUTED}>
        {axis.scale === 'share' ? 'Share of the deployed force (%)' : 'Number, as each source stated it'}
      </SvgText>
      {ticks(layout.domainMax).map((t) => (
        <g key={t}>
          <line x1={OVER_TIME.left} y1={y(t)} x2={OVER_TIME.right} y2={y(t)} stroke={GRID} />
          <SvgText x={OVER_TIME.left - 6} y={y(t) + 4} textAnchor="end" fill={MUTED}>
            {axis.format(t)}
          </SvgText>
        </g>
      ))}
      {monthTicks(layout.days).map((t) => (
        <g key={t.day}>
          <line x1={x(t.day)} y1={plotBottom} x2={x(t.day)} y2={plotBottom + 5} stroke={INK} />
          <SvgText x={x(t.day)} y={plotBottom + 18} textAnchor="middle" fill={MUTED}>
            {t.label}
          </SvgText>
        </g>
      ))}
      <line x1={OVER_TIME.left} y1={plotBottom} x2={OVER_TIME.right} y2={plotBottom} stroke={INK} />
    </g>
  );
}

/** Each source's estimates of one measure by date, one series per source; bounds kept, dates at their precision. */
export function OverTimeChart({
  layout,
  axis,
  title,
  articleDate,
  legend,
  marks,
  labelling,
}: OverTimeChartProps) {
  const { width, height, x, plotBottom } = layout;
  const bySource = new Map<string, PlacedMark[]>();
  for (const m of layout.marks)
    bySource.set(m.estimate.sourceId, [...(bySource.get(m.estimate.sourceId) ?? []), m]);
  // Each series' latest figure is labelled, when its label has room.
  const labelled = labelsThatFit(
    [...bySource.values()]
      .map((list) => list[list.length - 1])
      .filter((m) => m !== undefined)
      .map((m) => ({ key: m.estimate.key, x: m.x, y: m.y, text: marks.labelOf(m.estimate) })),
  );
  const articleX = articleDate ? x(dayNumber(articleDate) + 0.5) : null;
  const legendTop = plotBottom + 44;
  return (
    <ChartSvg kind="over-time" width={width} height={height} title={title} labelling={labelling}>
      <Axes layout={layout} axis={axis} />
      {articleX !== null && articleDate && (
        <g data-part="article-date">
          <ReferenceLine x={articleX} y0={OVER_TIME.top - 6} y1={plotBottom} dash="2 3" />
          <SvgText x={articleX + 4} y={OVER_TIME.top - 8}>
            Article ({formatIsoDate(articleDate)})
          </SvgText>
        </g>
      )}
      {[...bySource.entries()].map(([sourceId, list]) =>
        list.length > 1 ? (
          <polyline
            key={`series-${sourceId}`}
            points={list.map((m) => `${m.x},${m.y}`).join(' ')}
            fill="none"
            stroke={marks.colourOf(sourceId)}
            strokeWidth={1.5}
            strokeOpacity={0.7}
            data-series={sourceId}
          />
        ) : null,
      )}
      {layout.marks.map((m) =>
        m.span ? (
          <line
            key={`span-${m.estimate.key}`}
            x1={m.span.x0}
            y1={m.y}
            x2={m.span.x1}
            y2={m.y}
            stroke={marks.colourOf(m.estimate.sourceId)}
            strokeWidth={6}
            strokeOpacity={0.35}
            data-part="date-span"
          />
        ) : null,
      )}
      <Marks placed={layout.marks} orientation="v" context={marks} labelled={labelled} />
      <g aria-hidden="true" data-part="legend">
        {legend.map((item) => (
          <g key={item.sourceId}>
            <rect
              x={item.x}
              y={legendTop + item.row * 20 - 8}
              width={14}
              height={10}
              fill={marks.colourOf(item.sourceId)}
            />
            <SvgText x={item.x + 18} y={legendTop + item.row * 20 + 1}>
              {item.name}
            </SvgText>
          </g>
        ))}
      </g>
      <ChartKey y={height - 36} share={false} />
    </ChartSvg>
  );
}
