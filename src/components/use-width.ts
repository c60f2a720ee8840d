import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The width an element is laid out at, followed as it resizes: the chart and the timeline draw their SVG
 * at their panel's width, so text stays the page's size and an export matches the screen. Read in a layout
 * effect, so the first paint already has the real width (no redraw from a fallback). `fallback` where the
 * browser cannot measure (jsdom). Whole pixels, rounded down: the drawing never overflows its box.
 */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const read = () => {
      const w = Math.floor(el.clientWidth);
      if (w > 0) setWidth(w);
    };
    read();
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
