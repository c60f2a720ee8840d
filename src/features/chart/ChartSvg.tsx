import type { ReactNode, SVGProps } from 'react';
import { ComposedChart, type Margin } from 'recharts';
import { CHART_FONT, INK } from './chart-model';

export interface SvgLabelling {
  'aria-label': string;
  'aria-describedby': string;
}

interface ChartSvgProps {
  kind: 'disparity' | 'over-time';
  width: number;
  height: number;
  margin: Margin;
  title: string;
  labelling: SvgLabelling;
  children: ReactNode;
}

/**
 * The recharts chart as one self-contained svg: explicit size, its own font, every colour an attribute,
 * no animation and no tooltip layer of its own (the marks are the focusable parts), so it exports and
 * rasterises without the page's CSS and looks in the file as it does on screen.
 */
export function ChartSvg({ kind, width, height, margin, title, labelling, children }: ChartSvgProps) {
  return (
    <ComposedChart
      width={width}
      height={height}
      margin={margin}
      // The marks are the keyboard's stops (Tab, Enter): recharts' own arrow-key layer would add a second way in.
      accessibilityLayer={false}
      role="group"
      aria-label={labelling['aria-label']}
      aria-describedby={labelling['aria-describedby']}
      data-chart={kind}
      title={title}
      style={{ background: '#ffffff' }}
    >
      {/* An export carries this title in its caption: printed once there, not twice. */}
      <SvgText x={8} y={18} size={13} weight={700} data-export="omit">
        {title}
      </SvgText>
      {children}
    </ComposedChart>
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

/** Axis tick text with the chart's font, as attributes. */
export const TICK_STYLE = { fill: '#4b5563', fontSize: 11, fontFamily: CHART_FONT } as const;
