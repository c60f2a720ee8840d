import { lazy, useEffect } from 'react';
import { Deferred } from '../../components/Deferred';
import { useDataset } from '../../data/dataset-context';
import { LOCAL_PREFIX } from '../../data/dataset-keys';
import { EDITABLE_PREFIX } from '../../data/device-datasets';
import { deviceStorage } from '../../data/device-storage';
import { toStorageError } from '../../data/kv-store';
import { useDeviceStore } from '../../state/device';
import { useEditingStore } from '../../state/editing';
import { useEditor } from './use-editor';
import './authoring.css';

// The editing toolbar and forms, with immer and the edit operations, load when editing starts: viewing a
// dataset never needs them.
const EditingTools = lazy(() => import('./EditingTools').then((m) => ({ default: m.EditingTools })));
const EditorDialogs = lazy(() => import('./EditorDialogs').then((m) => ({ default: m.EditorDialogs })));

/** The localId of the dataset on screen when it is one written or edited in the app. */
function editableId(activeKey: string): string | null {
  const localId = activeKey.startsWith(LOCAL_PREFIX) ? activeKey.slice(LOCAL_PREFIX.length) : '';
  return localId.startsWith(EDITABLE_PREFIX) ? localId : null;
}

/**
 * The header's editing controls. Viewing never changes a dataset: "Edit" turns the mode on, and a dataset
 * not written in the app (the bundled one, an imported file) is copied first, which the header says.
 */
export function AuthoringControls() {
  const dataset = useDataset();
  const activeKey = useDeviceStore((s) => s.activeKey);
  const notify = useDeviceStore((s) => s.notify);
  const editing = useEditingStore((s) => s.editing);
  const setEditing = useEditingStore((s) => s.setEditing);
  const setSession = useEditingStore((s) => s.setSession);
  const openDialog = useEditingStore((s) => s.openDialog);
  const saveState = useEditingStore((s) => s.saveState);
  const picking = useEditingStore((s) => s.picking);
  const picked = useEditingStore((s) => s.picked);
  const dialogOpen = useEditingStore((s) => s.dialog !== null || s.passage !== null);
  const editor = useEditor();
  const { session } = editor;
  const localId = editableId(activeKey);

  // The session (copied from where, undo history) comes back with the dataset after a reload.
  useEffect(() => {
    if (localId === null) {
      setSession(null);
      setEditing(false);
      return;
    }
    if (useEditingStore.getState().session?.localId === localId) return;
    let live = true;
    deviceStorage()
      .datasets.loadSession(localId)
      .then((stored) => {
        if (live) setSession(stored ?? null);
      })
      .catch((error: unknown) => {
        if (!live) return;
        notify(`The undo history of this dataset could not be read: ${toStorageError(error).message}.`);
        setSession({
          localId,
          copiedFrom: null,
          changedSinceExport: true,
          lastExported: null,
          history: { past: [], future: [] },
        });
      });
    return () => {
      live = false;
    };
  }, [localId, setSession, setEditing, notify]);

  return (
    <div className="authoring-controls" role="group" aria-label="Write and edit datasets">
      {session ? (
        <p className="authoring-controls__what">
          {session.copiedFrom
            ? `Editable copy of “${session.copiedFrom.title}” (version ${session.copiedFrom.version}), kept in this browser`
            : 'Written in this app, kept in this browser'}
          {editing ? (
            <span className="authoring-controls__save" role="status">
              {saveState === 'saving'
                ? ' · saving…'
                : saveState === 'failed'
                  ? ' · not saved'
                  : ' · all changes saved'}
            </span>
          ) : null}
        </p>
      ) : null}
      {picking ? (
        <p className="authoring-controls__picking" role="status">
          Click the map where the place is.{' '}
          <button type="button" onClick={() => picked(null)}>
            Cancel
          </button>
        </p>
      ) : null}
      {editing && session ? (
        <Deferred what="the editing tools">
          <EditingTools />
        </Deferred>
      ) : (
        <>
          <button type="button" onClick={() => openDialog({ kind: 'new-dataset' })}>
            New dataset
          </button>
          <button
            type="button"
            onClick={editor.startEditing}
            title={
              session
                ? undefined
                : `Editing makes an editable copy of “${dataset.title}”; the original stays as it is.`
            }
          >
            {session ? 'Edit' : 'Edit a copy'}
          </button>
        </>
      )}
      {dialogOpen ? (
        <Deferred what="the editing form">
          <EditorDialogs />
        </Deferred>
      ) : null}
    </div>
  );
}
