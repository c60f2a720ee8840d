/**
 * Undo, redo and the version bump of an export: what the editing toolbar does to the dataset besides the
 * forms' changes. Apart from use-editor.ts because these need immer and the edit operations, which the
 * page loads only with the editing tools.
 */
import { useCallback } from 'react';
import { nextVersion, setVersion } from '../../data/edit';
import type { Dataset } from '../../data/validate';
import { redo, undo } from '../../lib/patches';
import { useEditor } from './use-editor';

export function useEditSteps() {
  const { current, session, keep } = useEditor();

  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      const dataset = current();
      if (!dataset || !session) return;
      const done = (direction === 'undo' ? undo : redo)(session.history, dataset);
      if (!done) return;
      keep(done.state, { ...session, history: done.history, changedSinceExport: true });
    },
    [current, session, keep],
  );

  /**
   * The dataset as a file: a changed dataset is a new edition, so its version is bumped first (kept on this
   * device too, outside the undo history: an export is not an edit).
   */
  const prepareExport = useCallback((): Dataset | null => {
    const dataset = current();
    if (!dataset || !session) return null;
    if (!session.changedSinceExport) return dataset;
    // A new dataset's first export is its first edition, 1.0.0; a copy of an edition, or any later export
    // of a change, is a new edition.
    const firstEdition = session.copiedFrom === null && session.lastExported === null;
    const version = firstEdition ? dataset.version : nextVersion(dataset.version);
    const bumped = version === dataset.version ? null : setVersion(dataset, version);
    const out = bumped?.ok ? bumped.dataset : dataset;
    keep(out, { ...session, changedSinceExport: false, lastExported: out.version });
    return out;
  }, [current, session, keep]);

  return { undo: () => step('undo'), redo: () => step('redo'), prepareExport };
}
