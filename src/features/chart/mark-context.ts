/**
 * What the chart's marks read from the panel through context. Apart from the marks' drawing (marks.tsx),
 * which needs recharts, so the panel provides them without loading the drawing code.
 */
import { createContext } from 'react';
import type { Estimate } from '../../data/estimates';

export interface MarkContext {
  colourOf: (sourceId: string) => string;
  /** The shared selection itself. */
  selectedKeys: ReadonlySet<string>;
  /** What the selection touches (a claim's events, an event's claims), drawn more quietly. */
  relatedKeys: ReadonlySet<string>;
  activeKey: string | null;
  tooltipId: string;
  /** The mark the Tab key stops at (the last one focused, else the first). */
  tabKey: string | null;
  onFocusMark: (key: string) => void;
  labelOf: (e: Estimate) => string;
  ariaLabelOf: (e: Estimate) => string;
  onActivate: (e: Estimate) => void;
  onHover: (key: string | null, target: Element | null) => void;
}

/**
 * Which marks print their label; every one when no provider says otherwise. A context rather than a prop of
 * the Scatter: the choice depends on the axes' scales, and feeding it back into the Scatter's props would
 * make recharts lay the chart out again, and again.
 */
export const LabelledMarks = createContext<ReadonlySet<string> | null>(null);

/**
 * What every mark needs from the panel, through context: recharts remounts a Scatter's points whenever its
 * props change, which would drop the keyboard's focus on every hover. The Scatter's props (its data and
 * its shape) therefore stay the same objects while selection, focus and hover change here.
 */
export const MarksContext = createContext<MarkContext | null>(null);
