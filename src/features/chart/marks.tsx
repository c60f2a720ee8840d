/**
 * The estimates as a recharts Scatter whose custom shape draws each figure with its bound. The Scatter
 * places the point; the shape reads the axes' scales to reach the bound's ends (an arrow to the plot's
 * edge, a band, a range) and holds everything a mark does: focus, Enter to select, hover for the tooltip.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import {
  Scatter,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  type PlotArea,
  type ScaleFunction,
  type ScatterShapeProps,
} from 'recharts';
import type { Estimate } from '../../data/estimates';
import type { MarkExtent } from './chart-model';
import { EstimateMark, type MarkGeometry } from './EstimateMark';
import { LabelledMarks, MarksContext } from './mark-context';

/** One point of the Scatter: where recharts places it (x, y in axis units) and what the shape needs. */
export interface MarkDatum {
  x: number | string;
  y: number | string;
  estimate: Estimate;
  extent: MarkExtent;
  /** Over time: the days the date may mean ([first, last + 1)), and a sideways nudge in px. */
  days?: { start: number; end: number } | undefined;
  nudge?: number | undefined;
}

/**
 * The axes' scales and the plot area, read from the chart once for every mark: hundreds of marks each
 * subscribing to recharts' store cost a view switch more than drawing them did.
 */
const ScalesContext = createContext<{
  x: ScaleFunction | undefined;
  y: ScaleFunction | undefined;
  plot: PlotArea | undefined;
} | null>(null);

function Scales({ children }: { children: ReactNode }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  const value = useMemo(() => ({ x, y, plot }), [x, y, plot]);
  return <ScalesContext.Provider value={value}>{children}</ScalesContext.Provider>;
}

/** Over time, an open-ended bound is a short arrow from its point: the series stays readable. */
const SHORT_ARROW = 28;

function isDatum(value: unknown): value is MarkDatum {
  return typeof value === 'object' && value !== null && 'estimate' in value && 'extent' in value;
}

function EstimateShape(props: { shape: ScatterShapeProps; orientation: 'h' | 'v' }) {
  const { shape, orientation } = props;
  const c = useContext(MarksContext);
  const scales = useContext(ScalesContext);
  const xScale = scales?.x;
  const yScale = scales?.y;
  const plot = scales?.plot;
  const labelled = useContext(LabelledMarks);
  const datum: unknown = shape.payload;
  if (!isDatum(datum) || !plot || !c) return null;
  const { estimate: e, extent: ext } = datum;
  const value = (v: number) => Number((orientation === 'h' ? xScale : yScale)?.(v) ?? 0);
  const point = value(ext.point);
  const geometry: MarkGeometry =
    orientation === 'h'
      ? {
          point,
          start: value(ext.start),
          end: ext.openEnd ? plot.x + plot.width : value(ext.end),
          cross: shape.cy ?? 0,
          openStart: ext.openStart,
          openEnd: ext.openEnd,
          spread: ext.spread ? { start: value(ext.spread.start), end: value(ext.spread.end) } : null,
          span: null,
        }
      : {
          point,
          start: ext.openStart ? Math.min(point + SHORT_ARROW, plot.y + plot.height) : value(ext.start),
          end: ext.openEnd ? Math.max(point - SHORT_ARROW, plot.y - 10) : value(ext.end),
          cross: (shape.cx ?? 0) + (datum.nudge ?? 0),
          openStart: ext.openStart,
          openEnd: ext.openEnd,
          // The force's own spread is shown in the disparity view; over time it would bury the series.
          spread: null,
          span:
            datum.days && datum.days.end - datum.days.start > 1
              ? { from: Number(xScale?.(datum.days.start) ?? 0), to: Number(xScale?.(datum.days.end) ?? 0) }
              : null,
        };
  const active = c.activeKey === e.key;
  return (
    <EstimateMark
      estimate={e}
      geometry={geometry}
      orientation={orientation}
      colour={c.colourOf(e.sourceId)}
      label={labelled === null || labelled.has(e.key) ? c.labelOf(e) : null}
      ariaLabel={c.ariaLabelOf(e)}
      selected={c.selectedKeys.has(e.key)}
      related={c.relatedKeys.has(e.key)}
      active={active}
      tooltipId={active ? c.tooltipId : undefined}
      tabStop={c.tabKey === e.key}
      onFocusMark={c.onFocusMark}
      onActivate={c.onActivate}
      onHover={c.onHover}
    />
  );
}

// Module-level, so the Scatter's `shape` prop is the same function on every render.
const horizontal = (shape: ScatterShapeProps) => <EstimateShape shape={shape} orientation="h" />;
const vertical = (shape: ScatterShapeProps) => <EstimateShape shape={shape} orientation="v" />;

/**
 * The marks, in reading order (the order of `data`), as one Scatter with the bound-drawing shape. `data`
 * must keep its identity while the figures are the same (memoise it): see MarksContext.
 */
export function EstimateMarks(props: { data: readonly MarkDatum[]; orientation: 'h' | 'v' }) {
  return (
    <Scales>
      <Scatter
        data={props.data}
        isAnimationActive={false}
        shape={props.orientation === 'h' ? horizontal : vertical}
      />
    </Scales>
  );
}
