/**
 * The dashboard's layout, kept per browser: whether the filter rail is collapsed, the panels' split sizes
 * (written by react-resizable-panels through `layoutStorage`), and which panel, if any, fills the window
 * (not kept: a reload shows the whole dashboard). "Reset layout" forgets all of it.
 */
import { create } from 'zustand';

/** The dashboard's panels, by the id their skip link, their split and their maximise button use. */
export const AREAS = ['filters', 'chart', 'map', 'timeline', 'article'] as const;
export type Area = (typeof AREAS)[number];

const PREFIX = 'claimscope.layout';
const RAIL_KEY = `${PREFIX}.rail`;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * Storage for the splits' sizes under this app's prefix. A blocked or full localStorage keeps the layout
 * for this page only: resizing never fails because the browser will not store it.
 */
export const layoutStorage = {
  getItem(key: string): string | null {
    try {
      const text = storage()?.getItem(`${PREFIX}:${key}`) ?? null;
      // Whatever else is there (edited by hand, another version) is ignored: the defaults are drawn.
      return text !== null && isSizes(JSON.parse(text)) ? text : null;
    } catch {
      return null;
    }
  },
  setItem(key: string, value: string): void {
    try {
      storage()?.setItem(`${PREFIX}:${key}`, value);
    } catch {
      // Kept for this page only (see above).
    }
  },
};

/** A saved split: sizes by panel id (percentages). */
function isSizes(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const sizes = Object.values(value);
  return sizes.length > 0 && sizes.every((v) => typeof v === 'number' && v >= 0 && v <= 100);
}

/** Below this window width the rail starts collapsed (a projector, a small laptop): the panels get the width. */
export const RAIL_SHOWN_FROM_PX = 1360;

function readRail(): boolean {
  try {
    const kept = storage()?.getItem(RAIL_KEY);
    if (kept === 'collapsed' || kept === 'expanded') return kept === 'collapsed';
  } catch {
    // No choice kept: the default below.
  }
  return typeof window !== 'undefined' && window.innerWidth < RAIL_SHOWN_FROM_PX;
}

export interface LayoutState {
  railCollapsed: boolean;
  maximised: Area | null;
  /** Bumped by a reset: the splits are drawn anew from their defaults. */
  epoch: number;
  setRailCollapsed: (collapsed: boolean) => void;
  setMaximised: (area: Area | null) => void;
  reset: () => void;
}

export const useLayoutStore = create<LayoutState>()((set) => ({
  railCollapsed: readRail(),
  maximised: null,
  epoch: 0,
  setRailCollapsed: (railCollapsed) => {
    try {
      storage()?.setItem(RAIL_KEY, railCollapsed ? 'collapsed' : 'expanded');
    } catch {
      // Kept for this page only.
    }
    set({ railCollapsed });
  },
  setMaximised: (maximised) => set({ maximised }),
  reset: () => {
    const store = storage();
    try {
      if (store) {
        const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter(
          (k): k is string => k !== null && k.startsWith(PREFIX),
        );
        for (const key of keys) store.removeItem(key);
      }
    } catch {
      // Nothing was kept, so nothing to forget.
    }
    set((s) => ({ railCollapsed: readRail(), maximised: null, epoch: s.epoch + 1 }));
  },
}));

/** Back to the initial state (tests). */
export function resetLayoutStore(): void {
  useLayoutStore.setState({ railCollapsed: readRail(), maximised: null, epoch: 0 });
}
