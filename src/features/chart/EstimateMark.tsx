import type { KeyboardEvent } from 'react';
import { ORIGIN_STYLE } from '../../data/labels';
import type { Estimate } from '../../data/estimates';
import { CHART_FONT, INK, MUTED } from './chart-model';

/** A mark's geometry in svg px: along the value axis (point, start, end) and across it (cross). */
export interface MarkGeometry {
  point: number;
  start: number;
  end: number;
  cross: number;
  openStart: boolean;
  openEnd: boolean;
  /** The share range the deployed force's own uncertainty gives, along the value axis. */
  spread: { start: number; end: number } | null;
  /** Over time, the days a date at month or approximate precision may mean, along the time axis. */
  span: { from: number; to: number } | null;
}

interface EstimateMarkProps {
  estimate: Estimate;
  geometry: MarkGeometry;
  /** 'h': the value runs along x (disparity rows); 'v': along y (over time, where larger is higher). */
  orientation: 'h' | 'v';
  colour: string;
  label: string | null;
  ariaLabel: string;
  selected: boolean;
  related: boolean;
  active: boolean;
  tooltipId: string | undefined;
  /** The one mark the Tab key stops at; the arrow keys move between the marks from there. */
  tabStop: boolean;
  onFocusMark: (key: string) => void;
  onActivate: (e: Estimate) => void;
  onHover: (key: string | null, target: Element | null) => void;
}

const FOCUS = '#b45309';

const MOVES: Record<string, number> = {
  ArrowDown: 1,
  ArrowRight: 1,
  ArrowUp: -1,
  ArrowLeft: -1,
  Home: -Infinity,
  End: Infinity,
};

/**
 * One estimate drawn with what its bound says: an open-ended arrow for "more than / at least / at most",
 * a band for "about", a bar for a range, a lone point for an exact figure. Origin is the marker's fill
 * (article: filled; context: hollow; later context: hollow and dashed), so print and greyscale keep it.
 * A tally of coded events is a square, never a round point: it is a count, not a source's claim.
 */
export function EstimateMark(props: EstimateMarkProps) {
  const { estimate: e, geometry: g, orientation, colour, label, selected, active } = props;
  const at = (a: number, c: number): [number, number] => (orientation === 'h' ? [a, c] : [c, a]);
  const rect = (a0: number, a1: number, c: number, thick: number) => {
    const lo = Math.min(a0, a1);
    const len = Math.abs(a1 - a0);
    return orientation === 'h'
      ? { x: lo, y: c - thick / 2, width: len, height: thick }
      : { x: c - thick / 2, y: lo, width: thick, height: len };
  };
  const style = ORIGIN_STYLE[e.origin];
  const line = (a0: number, a1: number, c: number) => {
    const [x1, y1] = at(a0, c);
    const [x2, y2] = at(a1, c);
    return { x1, y1, x2, y2 };
  };
  const arrow = (tip: number, dir: number) => {
    const pts = [at(tip, g.cross), at(tip - dir * 9, g.cross - 5), at(tip - dir * 9, g.cross + 5)];
    return pts.map((p) => p.join(',')).join(' ');
  };
  const [px, py] = at(g.point, g.cross);
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      props.onActivate(e);
    } else if (event.key === 'Escape') {
      // The tooltip can be dismissed without moving focus (WCAG 1.4.13).
      props.onHover(null, null);
    } else if (MOVES[event.key] !== undefined) {
      // One Tab stop for the whole chart: the arrows, Home and End move between its marks, in reading order.
      const marks = [
        ...(event.currentTarget.ownerSVGElement ?? document).querySelectorAll<SVGGElement>(
          '[data-estimate-key]',
        ),
      ];
      const index = marks.indexOf(event.currentTarget);
      const move = MOVES[event.key] ?? 0;
      const next = move === -Infinity ? 0 : move === Infinity ? marks.length - 1 : index + move;
      const target = marks[Math.min(marks.length - 1, Math.max(0, next))];
      if (target) {
        event.preventDefault();
        target.focus();
      }
    }
  };
  const dirEnd = orientation === 'h' ? 1 : -1;
  const point = {
    fill: style.fill ? colour : '#ffffff',
    stroke: colour,
    strokeWidth: 2.5,
    strokeDasharray: style.dash,
    'data-part': 'point',
  };

  return (
    <g
      role="button"
      tabIndex={props.tabStop ? 0 : -1}
      aria-label={props.ariaLabel}
      aria-pressed={selected}
      aria-describedby={props.tooltipId}
      data-estimate-key={e.key}
      data-selected={selected ? 'true' : undefined}
      data-related={props.related && !selected ? 'true' : undefined}
      style={{ cursor: 'pointer', outline: 'none' }}
      onClick={() => props.onActivate(e)}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        props.onFocusMark(e.key);
        props.onHover(e.key, event.currentTarget);
      }}
      onBlur={() => props.onHover(null, null)}
      onMouseEnter={(event) => props.onHover(e.key, event.currentTarget)}
      onMouseLeave={() => props.onHover(null, null)}
    >
      {g.span && (
        <line
          {...(orientation === 'v'
            ? { x1: g.span.from, x2: g.span.to, y1: g.point, y2: g.point }
            : { x1: g.cross, x2: g.cross, y1: g.span.from, y2: g.span.to })}
          stroke={colour}
          strokeWidth={6}
          strokeOpacity={0.35}
          data-part="date-span"
        />
      )}
      {/* A wide transparent hit area, so a thin mark is easy to point at. */}
      <rect
        {...rect(Math.min(g.start, g.point) - 8, Math.max(g.end, g.point) + 8, g.cross, 22)}
        fill="transparent"
      />
      {selected && <circle cx={px} cy={py} r={10} fill="none" stroke={INK} strokeWidth={2.5} />}
      {props.related && !selected && (
        <circle cx={px} cy={py} r={10} fill="none" stroke={MUTED} strokeWidth={1} data-part="related" />
      )}
      {g.spread && (
        <line
          {...line(g.spread.start, g.spread.end, g.cross + 10)}
          stroke={MUTED}
          strokeWidth={1.5}
          data-part="force-spread"
        />
      )}
      {e.bound === 'about' && (
        <rect
          {...rect(g.start, g.end, g.cross, 14)}
          fill={colour}
          fillOpacity={0.22}
          stroke={colour}
          strokeDasharray="2 2"
          data-part="approximation-band"
        />
      )}
      {e.bound === 'range' && (
        <rect
          {...rect(g.start, g.end, g.cross, 8)}
          fill={style.fill ? colour : '#ffffff'}
          stroke={colour}
          strokeWidth={2}
          strokeDasharray={style.dash}
          data-part="range"
        />
      )}
      {g.openEnd && (
        <>
          <line
            {...line(g.point, g.end - dirEnd * 6, g.cross)}
            stroke={colour}
            strokeWidth={3}
            strokeDasharray="6 4"
          />
          <polygon points={arrow(g.end, dirEnd)} fill={colour} data-part="open-end" />
        </>
      )}
      {g.openStart && (
        <>
          <line
            {...line(g.point, g.start + dirEnd * 6, g.cross)}
            stroke={colour}
            strokeWidth={3}
            strokeDasharray="6 4"
          />
          <polygon points={arrow(g.start, -dirEnd)} fill={colour} data-part="open-start" />
        </>
      )}
      {e.kind === 'tally' ? (
        <rect x={px - 6} y={py - 6} width={12} height={12} {...point} data-tally="true" />
      ) : (
        <circle cx={px} cy={py} r={6} {...point} />
      )}
      {active && (
        <circle cx={px} cy={py} r={13} fill="none" stroke={FOCUS} strokeWidth={2} strokeDasharray="4 2" />
      )}
      {label && (
        <text
          // In a row: above the point when the mark runs to the edge, else just after the mark on its line,
          // so a label never reads as the row above's.
          x={orientation === 'v' ? px + 14 : g.openEnd ? px - 5 : Math.max(g.end, g.point) + 10}
          y={orientation === 'v' ? py - 8 : g.openEnd ? py - 15 : py + 4}
          fontFamily={CHART_FONT}
          fontSize={12}
          fontWeight={600}
          fill={INK}
        >
          {label}
        </text>
      )}
    </g>
  );
}
