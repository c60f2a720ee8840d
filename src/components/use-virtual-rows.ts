import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef } from 'react';

interface Options {
  count: number;
  /** Every row's height: fixed (CSS clamps the rows), so scrolling reads no layout. */
  rowPx: number;
  /** Rows for the first paint, before the scroller is measured (its CSS size). */
  initialRect: { width: number; height: number };
  /** A row to bring into view when it changes (the selection, found elsewhere); -1 for none. */
  scrollTo: number;
  overscan?: number;
  /** Height of what scrolls above the rows inside the scroll box (a sticky heading row). */
  scrollMargin?: number;
}

/**
 * The scroll box's size as its ResizeObserver reports it, after the browser's own layout and before the
 * paint. The virtualiser's default also reads it at once when the list mounts, which forces a layout of
 * the whole page inside the commit that drew the panels: on a wide dataset a fifth of the load's longest
 * task. Until the first report the list is drawn for its `initialRect`.
 */
export function observeRectAfterLayout<S extends Element, I extends Element>(
  instance: Virtualizer<S, I>,
  cb: (rect: { width: number; height: number }) => void,
): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element || typeof ResizeObserver === 'undefined') return undefined;
  // Read as the default reads it (the box inside the borders): by the observer's callback the layout is
  // done, so reading it costs nothing.
  const observer = new ResizeObserver(() => cb({ width: element.clientWidth, height: element.clientHeight }));
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * The rows of a long list in view of its scroll box, with the space before and after them: a list of
 * thousands keeps the page light. The caller draws `items` between two spacers of `before` and `after`,
 * and marks each row's focusable control with `data-index` so `focusRow` can reach a row not yet drawn.
 */
export function useVirtualRows<E extends HTMLElement>({
  count,
  rowPx,
  initialRect,
  scrollTo,
  overscan = 8,
  scrollMargin = 0,
}: Options) {
  const scroller = useRef<E>(null);
  // The app does not use the React Compiler; the virtualiser re-rendering the list on scroll is the point.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowPx,
    overscan,
    initialRect,
    observeElementRect: observeRectAfterLayout,
    scrollMargin,
  });
  useEffect(() => {
    if (scrollTo >= 0) virtualizer.scrollToIndex(scrollTo, { align: 'auto' });
  }, [scrollTo, virtualizer]);
  const items = virtualizer.getVirtualItems();
  const before = (items[0]?.start ?? scrollMargin) - scrollMargin;
  const after = virtualizer.getTotalSize() + scrollMargin - (items.at(-1)?.end ?? scrollMargin);
  // A row out of view is drawn first, then focused on the next frame.
  const focusRow = useCallback(
    (index: number) => {
      const control = () => scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
      const drawn = control();
      if (drawn) return drawn.focus();
      virtualizer.scrollToIndex(index, { align: 'auto' });
      requestAnimationFrame(() => control()?.focus());
    },
    [virtualizer],
  );
  // Rows the scroll box shows at once: how far the page keys move.
  const { range } = virtualizer;
  const inView = range ? range.endIndex - range.startIndex + 1 : items.length;
  return { scroller, items, before, after, inView, focusRow };
}
