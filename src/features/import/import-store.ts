/** The import in progress and the outcome of the last one; local to the import feature. */
import { create } from 'zustand';
import type { StoredDatasetMeta } from '../../data/device-datasets';
import type { Dataset, ParseStage, Problems } from '../../data/validate';

/** A checked file that claims an edition this device keeps from a different file: the analyst decides. */
export interface SameEdition {
  fileName: string;
  dataset: Dataset;
  fingerprint: string | undefined;
  migratedFrom: number | undefined;
  kept: StoredDatasetMeta;
}

export interface ImportState {
  /** The file being checked, and how far the check got. */
  busy: { fileName: string; stage: ParseStage | 'queued' } | null;
  /** Why the last file was refused. */
  problems: { fileName: string; problems: Problems } | null;
  /** A file waiting for the analyst's choice: replace the kept edition, keep both, or import nothing. */
  sameEdition: SameEdition | null;
  /** What the last successful import did, for a status line. */
  done: string | null;
  /** A table (or GeoJSON places) being mapped and imported in its dialog. */
  table: { file: File; kind: 'table' | 'places' } | null;
}

const EMPTY: ImportState = { busy: null, problems: null, sameEdition: null, done: null, table: null };

export const useImportStore = create<ImportState>()(() => EMPTY);

export function resetImportStore(): void {
  useImportStore.setState(EMPTY);
}
