import { useSyncExternalStore } from 'react';
import { STACKED_QUERY } from '../config/layout';

function query(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(STACKED_QUERY)
    : null;
}

const subscribe = (onChange: () => void) => {
  const list = query();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
};

/**
 * Whether the panels stack (no splits to drag). Where media queries are unknown (jsdom) they stack too:
 * nothing is laid out there, and splits of no size would take every pointer press for their handles.
 */
export function useStacked(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? true,
    () => true,
  );
}
