import { useCallback, useId, useMemo, useState, type PointerEvent } from 'react';
import type { Related } from '../../data/related';
import { isSelected, type Selection } from '../../data/selection';
import { clip } from '../../lib/text';
import { BinMark, Mark } from './TimelineMarks';
import {
  dayAt,
  histogram,
  layoutLanes,
  scaleX,
  ticks,
  type Bin,
  type DayRange,
  type TimelineLane,
  type TimelineItem,
  labelColumn,
} from './timeline-model';

interface Props {
  width: number;
  items: readonly TimelineItem[];
  /** Every item of the dataset, for the overview under the brush. */
  allItems: readonly TimelineItem[];
  lanes: readonly TimelineLane[];
  range: DayRange;
  extent: DayRange;
  selection: Selection | null;
  related: Related;
  onPick: (item: TimelineItem) => void;
  onRange: (range: DayRange) => void;
}

const RIGHT = 12;
const LANE = 26;
const AXIS = 22;
const OVERVIEW = 34;

/** Lanes by category on a time axis, with an overview strip whose brush sets the date range. */
export function TimelineAxis({
  width,
  items,
  allItems,
  lanes,
  range,
  extent,
  selection,
  related,
  onPick,
  onRange,
}: Props) {
  const { left, chars: labelChars } = useMemo(
    () =>
      labelColumn(
        lanes.map((l) => l.category.label),
        width,
      ),
    [lanes, width],
  );
  const plot = Math.max(100, width - left - RIGHT);
  // Kept while the range and width are: the marks (memo) are drawn again only when their own props change.
  const x = useMemo(() => scaleX(range, left, plot), [range, left, plot]);
  const ox = useMemo(() => scaleX(extent, left, plot), [extent, left, plot]);
  const layout = useMemo(
    () => layoutLanes(items, lanes, range, Math.floor(plot / 12)),
    [items, lanes, range, plot],
  );
  const overview = useMemo(() => histogram(allItems, extent, Math.floor(plot / 4)), [allItems, extent, plot]);
  const overviewMax = Math.max(1, ...overview);
  const lanesBottom = AXIS + lanes.length * LANE;
  const height = lanesBottom + 14 + OVERVIEW;
  const overviewTop = lanesBottom + 14;
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const clipId = useId();

  const dayOf = (e: PointerEvent<SVGRectElement>) => {
    const box = e.currentTarget.ownerSVGElement?.getBoundingClientRect();
    return dayAt(extent, left, plot, e.clientX - (box?.left ?? 0));
  };
  const brush = drag
    ? { from: Math.min(drag.from, drag.to), to: Math.max(drag.from, drag.to) }
    : { from: Math.max(range.start, extent.start), to: Math.min(range.end, extent.end) };
  const laneY = (lane: number) => AXIS + lane * LANE + LANE / 2;
  const zoom = useCallback((bin: Bin) => onRange({ start: bin.start, end: bin.end }), [onRange]);

  return (
    <svg
      className="timeline-axis"
      width={width}
      height={height}
      role="img"
      aria-label={`Timeline by category from ${ticks(range, plot)[0]?.label ?? ''}: ${items.length} items. The list below holds every item.`}
    >
      {lanes.map((lane, i) => (
        <g key={lane.category.id}>
          {/* Long category names ("Explosions/Remote violence") are cut to the label column; the full
              name is the lane's title, and the list below says it in full. */}
          <title>{lane.category.label}</title>
          <rect
            x={left}
            y={AXIS + i * LANE}
            width={plot}
            height={LANE}
            className={i % 2 ? 'timeline-lane is-odd' : 'timeline-lane'}
          />
          <rect x={4} y={laneY(i) - 5} width={10} height={10} rx={2} fill={lane.category.colour} />
          <text x={20} y={laneY(i) + 4} className="timeline-lane__label">
            {clip(lane.category.label, labelChars)}
          </text>
        </g>
      ))}
      {ticks(range, plot).map((t) => (
        <g key={t.day} className="timeline-tick">
          <line x1={x(t.day)} x2={x(t.day)} y1={AXIS - 4} y2={lanesBottom} />
          <text x={x(t.day) + 3} y={AXIS - 8}>
            {t.label}
          </text>
        </g>
      ))}
      <clipPath id={clipId}>
        <rect x={left} y={0} width={plot} height={lanesBottom} />
      </clipPath>
      <g className="timeline-plot" clipPath={`url(#${clipId})`}>
        {layout.mode === 'bins' ? (
          <title>Shaded bars: the darker, the more items in those days. Click one to zoom in.</title>
        ) : null}
        {layout.mode === 'marks'
          ? layout.marks.map(({ item, lane }) => (
              <Mark
                key={`${item.kind}:${item.id}`}
                item={item}
                x={x}
                y={laneY(lane)}
                selected={isSelected(selection, item.kind, item.id)}
                related={
                  item.kind === 'event' ? related.eventIds.has(item.id) : related.claimIds.has(item.id)
                }
                onPick={onPick}
              />
            ))
          : layout.bins.map((bin) => (
              <BinMark
                key={`${bin.lane}:${bin.start}`}
                bin={bin}
                max={layout.max}
                x={x}
                y={laneY(bin.lane)}
                colour={lanes[bin.lane]?.category.colour ?? '#666666'}
                onZoom={zoom}
              />
            ))}
      </g>
      <g className="timeline-overview">
        <text x={4} y={overviewTop + 20} className="timeline-lane__label">
          All dates (drag)
        </text>
        {Array.from(overview, (count, b) =>
          count === 0 ? null : (
            <rect
              key={b}
              x={left + (b * plot) / overview.length}
              y={overviewTop + OVERVIEW - Math.sqrt(count / overviewMax) * (OVERVIEW - 4)}
              width={Math.max(1, plot / overview.length - 0.5)}
              height={Math.sqrt(count / overviewMax) * (OVERVIEW - 4)}
              className="timeline-overview__bar"
            />
          ),
        )}
        <rect
          className="timeline-brush"
          x={ox(brush.from)}
          y={overviewTop}
          width={Math.max(2, ox(brush.to + 1) - ox(brush.from))}
          height={OVERVIEW}
        />
        <rect
          className="timeline-overview__hit"
          x={left}
          y={overviewTop}
          width={plot}
          height={OVERVIEW}
          onPointerDown={(e) => {
            e.currentTarget.setPointerCapture?.(e.pointerId);
            const d = dayOf(e);
            setDrag({ from: d, to: d });
          }}
          onPointerMove={(e) => {
            if (!drag) return;
            const d = dayOf(e);
            setDrag((cur) => cur && { ...cur, to: d });
          }}
          onPointerUp={() => {
            if (drag) {
              const from = Math.min(drag.from, drag.to);
              const to = Math.max(drag.from, drag.to);
              if (to > from) onRange({ start: from, end: to });
            }
            setDrag(null);
          }}
        />
      </g>
    </svg>
  );
}
