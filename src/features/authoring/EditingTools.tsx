import { useEditingStore } from '../../state/editing';
import { ExportDataset } from './ExportDataset';
import { useEditSteps } from './use-edit-steps';
import { useEditor } from './use-editor';
import { useUndoKeys } from './use-undo-keys';

/** The header's tools while a dataset is being edited: add, undo and redo (also by keys), export, done. */
export function EditingTools() {
  const { session } = useEditor();
  const { undo, redo } = useEditSteps();
  const openDialog = useEditingStore((s) => s.openDialog);
  const setEditing = useEditingStore((s) => s.setEditing);
  useUndoKeys(session !== null, undo, redo);
  const past = session?.history.past.at(-1);
  const future = session?.history.future[0];
  return (
    <>
      <button type="button" onClick={() => openDialog({ kind: 'document' })}>
        Add document
      </button>
      <button type="button" onClick={() => openDialog({ kind: 'contents' })}>
        Sources, events, places…
      </button>
      <button
        type="button"
        onClick={undo}
        disabled={!past}
        aria-keyshortcuts="Control+Z"
        title={past ? `Undo: ${past.label} (Ctrl+Z)` : 'Nothing to undo'}
      >
        Undo{past ? <span className="visually-hidden">: {past.label}</span> : null}
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={!future}
        aria-keyshortcuts="Control+Shift+Z"
        title={future ? `Redo: ${future.label} (Ctrl+Shift+Z)` : 'Nothing to redo'}
      >
        Redo{future ? <span className="visually-hidden">: {future.label}</span> : null}
      </button>
      <ExportDataset />
      <button type="button" onClick={() => setEditing(false)}>
        Done editing
      </button>
    </>
  );
}
