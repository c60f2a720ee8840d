import { useEffect, useRef, useState } from 'react';
import { useLayoutStore, type Area } from '../state/layout';
import type { SelectionKind } from '../data/selection';
import { useAppStore } from '../state/store';

/** Where a selection made elsewhere than a panel (a link, a dialog) opens its details. */
const HOME: Record<SelectionKind, Area> = {
  claim: 'chart',
  event: 'timeline',
  place: 'map',
  source: 'chart',
};

/**
 * Where the details of a selection made in a panel open: over the chart and the article themselves
 * (they are wide), and for the narrow column at the right (the map over the timeline) over the chart's
 * edge beside it, so the map and the dates stay whole. A panel that fills the window keeps them.
 */
const HOST: Record<Area, Area> = {
  chart: 'chart',
  map: 'chart',
  timeline: 'chart',
  article: 'article',
  filters: 'chart',
};

const AREAS: readonly string[] = ['chart', 'map', 'timeline', 'article'];
const isArea = (value: string | null | undefined): value is Area =>
  value !== null && value !== undefined && AREAS.includes(value);

/**
 * The panel over which the selection's details open: the one the selection came from (the last panel
 * the pointer or the keyboard touched), or its neighbour (see HOST). A click inside the details keeps
 * them where they are.
 */
export function useDetailsHost(): Area | null {
  const selection = useAppStore((s) => s.selection);
  const maximised = useLayoutStore((s) => s.maximised);
  const last = useRef<Area | null>(null);
  const [source, setSource] = useState<Area | null>(null);
  const [seen, setSeen] = useState(selection);

  useEffect(() => {
    const note = (e: Event) => {
      const area = (e.target as Element | null)?.closest?.('[data-area]')?.getAttribute('data-area');
      last.current = isArea(area) ? area : null;
    };
    document.addEventListener('pointerdown', note, true);
    document.addEventListener('keydown', note, true);
    return () => {
      document.removeEventListener('pointerdown', note, true);
      document.removeEventListener('keydown', note, true);
    };
  }, []);

  if (selection !== seen) {
    setSeen(selection);
    // eslint-disable-next-line react-hooks/refs -- read once per new selection: where the user just was
    setSource(selection ? (last.current ?? HOME[selection.kind]) : null);
  }
  if (!selection) return null;
  return maximised ?? HOST[source ?? HOME[selection.kind]];
}
