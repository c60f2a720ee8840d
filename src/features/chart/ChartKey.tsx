import type { ReactNode } from 'react';
import { ANALYST, CHART_FONT, INK, MUTED } from './chart-model';

const GREY = '#555555';
const ROW = 20;

/** A band swatch: the "about" band, the analyst's range. */
const band = (x: number, y: number, colour: string, opacity: number, dash: string) => (
  <rect
    x={x}
    y={y - 7}
    width={22}
    height={14}
    fill={colour}
    fillOpacity={opacity}
    stroke={colour}
    strokeDasharray={dash}
  />
);

interface KeyItem {
  /** Width of the swatch before the words, in px. */
  swatch: number;
  draw: (x: number, y: number) => ReactNode;
  label: string;
}

const ITEMS: readonly KeyItem[] = [
  {
    swatch: 12,
    draw: (x, y) => <circle cx={x + 5} cy={y} r={5} fill={GREY} stroke={GREY} strokeWidth={2} />,
    label: 'article',
  },
  {
    swatch: 12,
    draw: (x, y) => <circle cx={x + 5} cy={y} r={5} fill="#ffffff" stroke={GREY} strokeWidth={2} />,
    label: 'context',
  },
  {
    swatch: 12,
    draw: (x, y) => (
      <circle cx={x + 5} cy={y} r={5} fill="#ffffff" stroke={GREY} strokeWidth={2} strokeDasharray="3 2" />
    ),
    label: 'later context',
  },
  {
    swatch: 30,
    draw: (x, y) => (
      <>
        <line x1={x} y1={y} x2={x + 20} y2={y} stroke={GREY} strokeWidth={3} strokeDasharray="6 4" />
        <polygon points={`${x + 28},${y} ${x + 19},${y - 5} ${x + 19},${y + 5}`} fill={GREY} />
      </>
    ),
    label: 'open-ended (> ≥ ≤)',
  },
  {
    swatch: 24,
    draw: (x, y) => band(x, y, GREY, 0.22, '2 2'),
    label: 'about (± 10 %)',
  },
  {
    swatch: 24,
    draw: (x, y) => <rect x={x} y={y - 4} width={22} height={8} fill={GREY} />,
    label: 'range',
  },
];

const TALLY_ITEM: KeyItem = {
  swatch: 12,
  draw: (x, y) => (
    <rect x={x} y={y - 5} width={10} height={10} fill="#ffffff" stroke={GREY} strokeWidth={2} />
  ),
  label: 'Σ tally of coded events',
};

const RANGE_ITEM: KeyItem = {
  swatch: 24,
  draw: (x, y) => (
    <>
      {band(x, y, ANALYST, 0.15, '5 3')}
      <line x1={x + 11} y1={y - 7} x2={x + 11} y2={y + 7} stroke={ANALYST} strokeWidth={2.5} />
    </>
  ),
  label: 'analyst’s range, best',
};

const SPREAD_ITEM: KeyItem = {
  swatch: 24,
  draw: (x, y) => <line x1={x} y1={y} x2={x + 20} y2={y} stroke={MUTED} strokeWidth={1.5} />,
  label: 'share if the force is anywhere in its own range',
};

/** Which optional entries the key holds: only what the chart draws. */
export interface KeyFlags {
  share: boolean;
  range: boolean;
  tally: boolean;
}

/** The key's items laid out in rows that fit the width (text width estimated). */
function layout({ share, range, tally }: KeyFlags, width: number) {
  const items = [
    ...ITEMS,
    ...(tally ? [TALLY_ITEM] : []),
    ...(range ? [RANGE_ITEM] : []),
    ...(share ? [SPREAD_ITEM] : []),
  ];
  let x = 12;
  let row = 0;
  return items.map((item) => {
    const w = item.swatch + 6 + item.label.length * 6.2 + 16;
    if (x + w > width - 8 && x > 12) {
      x = 12;
      row += 1;
    }
    const placed = { item, x, row };
    x += w;
    return placed;
  });
}

/** The height the key takes at this width. */
export function keyHeight(flags: KeyFlags, width: number): number {
  const rows = (layout(flags, width).at(-1)?.row ?? 0) + 1;
  return rows * ROW + 8;
}

/** The shape key, inside the svg so an exported image explains itself: origin by fill, bound by shape. */
export function ChartKey({ y, width, flags }: { y: number; width: number; flags: KeyFlags }) {
  return (
    <g aria-hidden="true" data-part="key">
      {layout(flags, width).map(({ item, x, row }) => (
        <g key={item.label}>
          {item.draw(x, y + row * ROW)}
          <text
            x={x + item.swatch + 6}
            y={y + row * ROW + 4}
            fontFamily={CHART_FONT}
            fontSize={11}
            fill={INK}
          >
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}
