import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The width an element is laid out at, followed as it resizes: the chart and the timeline draw their SVG
 * at their panel's width, so text stays the page's size and an export matches the screen. `fallback` where
 * the browser cannot measure (jsdom). Whole pixels, rounded down: the drawing never overflows its box.
 *
 * `beforePaint` reads the width in the commit, so the first paint already has it (the chart, whose drawing
 * at a fallback width would visibly jump); that read forces a layout inside the load's task. Without it the
 * width arrives with the observer's first report, after layout (the timeline, whose drawing is cheap to
 * redo and would otherwise lengthen the load's longest task).
 */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback: number, beforePaint = true): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const take = (w: number) => {
      if (w > 0) setWidth(Math.floor(w));
    };
    if (beforePaint) take(el.clientWidth);
    // In the observer's report layout is done: reading the width there costs nothing more.
    const observer = new ResizeObserver(() => take(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, beforePaint]);
  return width;
}
