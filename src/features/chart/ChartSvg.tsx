import type { ReactNode, SVGProps } from 'react';
import { CHART_FONT, INK } from './chart-model';

export interface SvgLabelling {
  'aria-labelledby': string;
  'aria-describedby': string;
  titleId: string;
}

interface ChartSvgProps {
  kind: 'disparity' | 'over-time';
  width: number;
  height: number;
  title: string;
  labelling: SvgLabelling;
  children: ReactNode;
}

/**
 * One self-contained svg: explicit size and viewBox, its own white background and font, every colour an
 * attribute, so it exports (and rasterises) without the page's CSS.
 */
export function ChartSvg({ kind, width, height, title, labelling, children }: ChartSvgProps) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-labelledby={labelling['aria-labelledby']}
      aria-describedby={labelling['aria-describedby']}
      fontFamily={CHART_FONT}
      style={{ maxWidth: '100%', height: 'auto', background: '#ffffff' }}
      data-chart={kind}
    >
      <title id={labelling.titleId}>{title}</title>
      <rect x={0} y={0} width={width} height={height} fill="#ffffff" />
      {/* An export carries this title in its caption: printed once there, not twice. */}
      <SvgText x={8} y={18} size={13} weight={700} data-export="omit">
        {title}
      </SvgText>
      {children}
    </svg>
  );
}

type SvgTextProps = Omit<SVGProps<SVGTextElement>, 'fontSize' | 'fontWeight'> & {
  size?: number;
  weight?: number;
};

/** Text with the chart's font, size and ink set on the element itself (exports see no CSS). */
export function SvgText({ size = 11, weight = 400, fill = INK, children, ...rest }: SvgTextProps) {
  return (
    <text fontFamily={CHART_FONT} fontSize={size} fontWeight={weight} fill={fill} {...rest}>
      {children}
    </text>
  );
}

/** A vertical reference line (the deployed force, the article's date), in ink, dashed. */
export function ReferenceLine(props: { x: number; y0: number; y1: number; dash: string; width?: number }) {
  return (
    <line
      x1={props.x}
      y1={props.y0}
      x2={props.x}
      y2={props.y1}
      stroke={INK}
      strokeWidth={props.width ?? 1}
      strokeDasharray={props.dash}
    />
  );
}
