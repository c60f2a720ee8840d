/**
 * Client state: one zustand store in slices (filters, selection, ui). The dataset itself lives in the
 * query cache; anything derivable (filtered rows, chart series, lanes) is computed, never stored here.
 */
import { create } from 'zustand';
import { DEFAULT_FILTERS, type Filters } from '../data/filters';
import type { Selection } from '../data/selection';

export type ChartMode = 'disparity' | 'over-time';
export type ChartScale = 'absolute' | 'share';
/** Event figures as each source's latest, or tallied (summed) per source; `auto` decides by the data. */
export type ChartFigures = 'auto' | 'latest' | 'tally';

export interface Ui {
  chartMode: ChartMode;
  chartScale: ChartScale;
  chartFigures: ChartFigures;
  /** Measure id shown by the chart; null means the chart's default. */
  measure: string | null;
  /** Map view; null means the map's default view. */
  mapView: { lat: number; lon: number; zoom: number } | null;
  /** The document shown with its claims; null means the first one. */
  document: string | null;
}

export const DEFAULT_UI: Ui = {
  chartMode: 'disparity',
  chartScale: 'absolute',
  chartFigures: 'auto',
  measure: null,
  mapView: null,
  document: null,
};

export interface AppState {
  filters: Filters;
  selection: Selection | null;
  ui: Ui;
  setFilters: (patch: Partial<Filters>) => void;
  resetFilters: () => void;
  select: (selection: Selection | null) => void;
  setUi: (patch: Partial<Ui>) => void;
  /** Replace the whole view at once (URL restore). */
  restore: (state: { filters: Filters; selection: Selection | null; ui: Ui }) => void;
}

export const useAppStore = create<AppState>()((set) => ({
  filters: DEFAULT_FILTERS,
  selection: null,
  ui: DEFAULT_UI,
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  resetFilters: () => set({ filters: DEFAULT_FILTERS }),
  select: (selection) => set({ selection }),
  setUi: (patch) => set((s) => ({ ui: { ...s.ui, ...patch } })),
  restore: ({ filters, selection, ui }) => set({ filters, selection, ui }),
}));

/** Back to the initial state (tests, and "reset view"). */
export function resetAppStore(): void {
  useAppStore.setState({ filters: DEFAULT_FILTERS, selection: null, ui: DEFAULT_UI });
}
