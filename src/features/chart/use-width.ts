import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The width an element is laid out at, followed as it resizes (the chart draws at its panel's width, so
 * its text stays the page's size and its export matches the screen). `fallback` until measured, and where
 * the browser cannot measure (jsdom).
 */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const read = () => {
      const w = Math.round(el.clientWidth);
      if (w > 0) setWidth(w);
    };
    read();
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
