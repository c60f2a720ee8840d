/** The import in progress and the outcome of the last one; local to the import feature. */
import { create } from 'zustand';
import type { ParseStage, Problems } from '../../data/validate';

export interface ImportState {
  /** The file being checked, and how far the check got. */
  busy: { fileName: string; stage: ParseStage | 'queued' } | null;
  /** Why the last file was refused. */
  problems: { fileName: string; problems: Problems } | null;
  /** What the last successful import did, for a status line. */
  done: string | null;
}

export const useImportStore = create<ImportState>()(() => ({ busy: null, problems: null, done: null }));

export function resetImportStore(): void {
  useImportStore.setState({ busy: null, problems: null, done: null });
}
