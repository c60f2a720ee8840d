import { CHART_FONT, INK, MUTED } from './chart-model';

const GREY = '#555555';

/** The shape key, inside the svg so an exported image explains itself: origin by fill, bound by shape. */
export function ChartKey({ y, share }: { y: number; share: boolean }) {
  const text = (x: number, label: string) => (
    <text x={x} y={y + 4} fontFamily={CHART_FONT} fontSize={11} fill={INK}>
      {label}
    </text>
  );
  return (
    <g aria-hidden="true" data-part="key">
      <circle cx={16} cy={y} r={5} fill={GREY} stroke={GREY} strokeWidth={2} />
      {text(26, 'article')}
      <circle cx={80} cy={y} r={5} fill="#ffffff" stroke={GREY} strokeWidth={2} />
      {text(90, 'context')}
      <circle cx={148} cy={y} r={5} fill="#ffffff" stroke={GREY} strokeWidth={2} strokeDasharray="3 2" />
      {text(158, 'later context')}
      <line x1={244} y1={y} x2={264} y2={y} stroke={GREY} strokeWidth={3} strokeDasharray="6 4" />
      <polygon points={`${272},${y} ${263},${y - 5} ${263},${y + 5}`} fill={GREY} />
      {text(278, 'open-ended (> ≥ ≤)')}
      <rect
        x={398}
        y={y - 7}
        width={22}
        height={14}
        fill={GREY}
        fillOpacity={0.22}
        stroke={GREY}
        strokeDasharray="2 2"
      />
      {text(426, 'about (± 10 %)')}
      <rect x={516} y={y - 4} width={22} height={8} fill={GREY} />
      {text(544, 'range')}
      {share && (
        <>
          <line x1={16} y1={y + 20} x2={36} y2={y + 20} stroke={MUTED} strokeWidth={1.5} />
          <text x={42} y={y + 24} fontFamily={CHART_FONT} fontSize={11} fill={INK}>
            share if the force is anywhere in its own range
          </text>
        </>
      )}
    </g>
  );
}
