/**
 * The disparity view's vertical layout: where its labels go above the plot, each row's height and the
 * whole drawing's height. Apart from the drawing (DisparityChart), so the panel can keep the drawing's
 * room while its code loads, and the page does not move when it arrives.
 */
import type { Estimate } from '../../data/estimates';
import type { AssessedRange } from '../../data/schema';
import type { ValueAxis } from './chart-model';
import { keyHeight } from './ChartKey';

/** One row per estimate, closer when there are many. */
const ROW = 46;
const CLOSE_ROW = 32;
const MANY_ROWS = 12;
export const X_AXIS_HEIGHT = 44;

interface LayoutInput {
  rows: readonly Estimate[];
  width: number;
  axis: ValueAxis;
  forceLabel: readonly string[] | null;
  range: AssessedRange | null;
}

export function disparityLayout({ rows, width, axis, forceLabel, range }: LayoutInput) {
  const forceLines = forceLabel?.length ?? 0;
  // Above the plot: the title, the headline, the force's label lines and the analyst's range label.
  const forceY = 52;
  const rangeY = forceY + forceLines * 13 + (forceLines > 0 ? 2 : 0);
  // Room for the first row's printed figure above its mark.
  const top = rangeY + (range ? 16 : 0) + 18;
  const flags = {
    share: axis.scale === 'share',
    range: range !== null,
    tally: rows.some((e) => e.kind === 'tally'),
  };
  const bottom = keyHeight(flags, width) + 8;
  const row = rows.length > MANY_ROWS ? CLOSE_ROW : ROW;
  const height = top + row * rows.length + X_AXIS_HEIGHT + bottom;
  return { forceY, rangeY, top, bottom, row, height, flags };
}
