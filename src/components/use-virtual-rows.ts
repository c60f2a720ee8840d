import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';

interface Options {
  count: number;
  /** Every row's height: fixed (CSS clamps the rows), so scrolling reads no layout. */
  rowPx: number;
  /** Rows for the first paint, before the scroller is measured (its CSS size). */
  initialRect: { width: number; height: number };
  /** A row to bring into view when it changes (the selection, found elsewhere); -1 for none. */
  scrollTo: number;
  overscan?: number;
}

/**
 * The rows of a long list in view of its scroll box, with the space before and after them: a list of
 * thousands keeps the page light. The caller draws `items` between two spacers of `before` and `after`.
 */
export function useVirtualRows<E extends HTMLElement>({
  count,
  rowPx,
  initialRect,
  scrollTo,
  overscan = 8,
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
  });
  useEffect(() => {
    if (scrollTo >= 0) virtualizer.scrollToIndex(scrollTo, { align: 'auto' });
  }, [scrollTo, virtualizer]);
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const scrollToIndex = (index: number) => virtualizer.scrollToIndex(index, { align: 'auto' });
  return { scroller, items, before, after, scrollToIndex };
}
