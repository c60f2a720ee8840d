import { useCallback, useState, type KeyboardEvent } from 'react';
import { rovingTarget } from '../lib/roving';

interface Options {
  /** How many items the group holds now. */
  count: number;
  /** Items per row, for a group laid out in columns (Up and Down then move by a row). */
  columns?: number;
  /** How far Page Up and Page Down move. */
  page?: number;
  /** Focus item `index`; may have to draw it first (a virtualised list), so it is the caller's to do. */
  focus: (index: number) => void;
}

/**
 * One Tab stop for a group of controls (WAI-ARIA's roving tabindex): the current item has tabIndex 0, the
 * others -1, and the arrow keys, Home, End and the page keys move between them. The current item follows
 * focus, so a click or a programmatic focus keeps the group's Tab stop where the user left it.
 */
export function useRoving({ count, columns, page, focus }: Options) {
  const [current, setCurrent] = useState(0);
  // A list that shrank (a filter) keeps its Tab stop on a row that still exists.
  const active = Math.min(current, Math.max(0, count - 1));
  const onKeyDown = useCallback(
    (e: KeyboardEvent, index: number) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const to = rovingTarget(e.key, index, count, { columns, page });
      if (to === null) return;
      e.preventDefault();
      setCurrent(to);
      focus(to);
    },
    [count, columns, page, focus],
  );
  return {
    active,
    tabIndexOf: (index: number) => (index === active ? 0 : -1),
    onKeyDown,
    onFocus: setCurrent,
  };
}
