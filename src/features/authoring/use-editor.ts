import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { datasetQueryOptions, localDatasetKey } from '../../data/dataset-query';
import { EDITABLE_PREFIX, type EditSession } from '../../data/device-datasets';
import { deviceStorage } from '../../data/device-storage';
import { LOCAL_PREFIX } from '../../data/dataset-keys';
import type { EditResult } from '../../data/edit';
import { toStorageError } from '../../data/kv-store';
import type { Dataset } from '../../data/validate';
import { EMPTY_HISTORY, record } from '../../lib/history';
import { useDeviceStore } from '../../state/device';
import { useEditingStore } from '../../state/editing';

/** One change, made one undo step (`sequence` in data/edit.ts makes several operations one change). */
export type Change = (dataset: Dataset) => EditResult;

let writes: Promise<unknown> = Promise.resolve();

/**
 * Every change is kept on this device at once, in order: a later write never lands before an earlier one,
 * so a crash keeps the last change that finished.
 */
function persist(dataset: Dataset, session: EditSession, onDone: (ok: boolean, message?: string) => void) {
  writes = writes
    .then(async () => {
      await deviceStorage().datasets.saveEdited(dataset, session);
      onDone(true);
    })
    .catch((error: unknown) => onDone(false, toStorageError(error).message));
}

/** Waits for the changes already made to be written (tests, and export). */
export const settled = () => writes;

export function useEditor() {
  const client = useQueryClient();
  const activeKey = useDeviceStore((s) => s.activeKey);
  const open = useDeviceStore((s) => s.open);
  const notify = useDeviceStore((s) => s.notify);
  const session = useEditingStore((s) => s.session);
  const setSession = useEditingStore((s) => s.setSession);
  const setSaveState = useEditingStore((s) => s.setSaveState);
  const setEditing = useEditingStore((s) => s.setEditing);

  const current = useCallback(
    (): Dataset | undefined => client.getQueryData(datasetQueryOptions(activeKey).queryKey),
    [client, activeKey],
  );

  const keep = useCallback(
    (dataset: Dataset, next: EditSession) => {
      client.setQueryData(datasetQueryOptions(localDatasetKey(next.localId)).queryKey, dataset);
      setSession(next);
      setSaveState('saving');
      persist(dataset, next, (ok, message) => {
        setSaveState(ok ? 'saved' : 'failed');
        if (!ok) {
          notify(
            `Your last change could not be kept on this device: ${message ?? 'storage failed'}. ` +
              'It stays on screen until this page is closed; export the dataset to keep it.',
          );
        }
      });
    },
    [client, setSession, setSaveState, notify],
  );

  /** Starts editing a dataset kept as editable, or makes an editable copy of the one on screen. */
  const begin = useCallback(
    (dataset: Dataset, copiedFrom: EditSession['copiedFrom']) => {
      const localId = `${EDITABLE_PREFIX}${dataset.id}~${Date.now().toString(36)}`;
      const next: EditSession = {
        localId,
        copiedFrom,
        changedSinceExport: true,
        lastExported: null,
        history: EMPTY_HISTORY,
      };
      keep(dataset, next);
      open(`${LOCAL_PREFIX}${localId}`);
      setEditing(true);
    },
    [keep, open, setEditing],
  );

  const startEditing = useCallback(() => {
    if (session) {
      setEditing(true);
      return;
    }
    const dataset = current();
    if (!dataset) return;
    begin(dataset, { title: dataset.title, version: dataset.version });
  }, [session, current, begin, setEditing]);

  /** Applies a change as one undo step; returns the refusal when there is one (the form shows it). */
  const apply = useCallback(
    (label: string, change: Change): EditResult => {
      const dataset = current();
      if (!dataset || !session) return { ok: false, message: 'this dataset is not open for editing' };
      const result = change(dataset);
      if (!result.ok) return result;
      if (result.patches.length === 0) return result;
      const history = record(session.history, {
        label,
        patches: result.patches,
        inverse: result.inverse,
      });
      keep(result.dataset, { ...session, history, changedSinceExport: true });
      if (result.notice) notify(result.notice);
      return result;
    },
    [current, session, keep, notify],
  );

  return {
    session,
    startEditing,
    begin,
    apply,
    keep,
    current,
  };
}
