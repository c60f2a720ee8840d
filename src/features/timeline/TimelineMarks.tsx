import { memo } from 'react';
import { ORIGIN_STYLE } from '../../data/labels';
import { ORIGIN_LABEL } from '../../data/labels';
import { formatFuzzyDate } from '../../lib/format';
import type { Bin, TimelineItem } from './timeline-model';

interface MarkProps {
  item: TimelineItem;
  x: (day: number) => number;
  y: number;
  selected: boolean;
  related: boolean;
  onPick: (item: TimelineItem) => void;
}

/**
 * One item at its honest precision: a day is a dot, a month or a span is a bar over its days, an
 * approximate date a faded bar marked "≈". Origin by shape: article filled, context outlined, later
 * context dashed.
 */
export const Mark = memo(function Mark({ item, x, y, selected, related, onPick }: MarkProps) {
  const colour = item.category.colour;
  const style = ORIGIN_STYLE[item.origin];
  const span = item.end > item.start;
  const approx = item.date.precision === 'approx';
  const className = `timeline-mark${selected ? ' is-selected' : ''}${related ? ' is-related' : ''}${approx ? ' is-approx' : ''}`;
  const paint = {
    fill: style.fill ? colour : '#ffffff',
    stroke: selected ? '#111827' : colour,
    strokeWidth: selected ? 3 : 2,
    strokeDasharray: style.dash,
  };
  const x0 = x(item.start);
  const x1 = x(item.end + 1);
  return (
    <g className={className} data-item-id={item.id} onClick={() => onPick(item)}>
      <title>
        {`${formatFuzzyDate(item.date)}${approx ? ' (approx.)' : ''} · ${ORIGIN_LABEL[item.origin]} · ${item.text}`}
      </title>
      {related && !selected ? (
        <circle cx={(x0 + x1) / 2} cy={y} r={9} className="timeline-mark__halo" />
      ) : null}
      {span ? (
        <rect
          x={x0}
          y={y - 5}
          width={Math.max(8, x1 - x0)}
          height={10}
          rx={5}
          {...paint}
          fillOpacity={approx && style.fill ? 0.5 : 1}
        />
      ) : (
        <circle cx={(x0 + x1) / 2} cy={y} r={5} {...paint} />
      )}
      {approx ? (
        <text x={(x0 + x1) / 2} y={y - 7} textAnchor="middle" className="timeline-mark__approx">
          ≈
        </text>
      ) : null}
    </g>
  );
});

interface BinProps {
  bin: Bin;
  max: number;
  x: (day: number) => number;
  y: number;
  colour: string;
  onZoom: (bin: Bin) => void;
}

/**
 * A filter change lays the bins out anew: a bin is drawn again only when its own count, place or scale
 * changed, not because its object is new.
 */
const sameBin = (a: BinProps, b: BinProps) =>
  a.max === b.max &&
  a.x === b.x &&
  a.y === b.y &&
  a.colour === b.colour &&
  a.onZoom === b.onZoom &&
  a.bin.lane === b.bin.lane &&
  a.bin.start === b.bin.start &&
  a.bin.end === b.bin.end &&
  a.bin.count === b.bin.count;

/** Many items in one lane and stretch of days: a bar whose darkness says how many; a click zooms in. */
export const BinMark = memo(function BinMark({ bin, max, x, y, colour, onZoom }: BinProps) {
  const x0 = x(bin.start);
  const width = Math.max(2, x(bin.end + 1) - x0 - 1);
  return (
    <rect
      className="timeline-bin"
      x={x0}
      y={y - 8}
      width={width}
      height={16}
      fill={colour}
      fillOpacity={0.2 + 0.8 * (Math.log1p(bin.count) / Math.log1p(max))}
      data-count={bin.count}
      onClick={() => onZoom(bin)}
    />
  );
}, sameBin);
