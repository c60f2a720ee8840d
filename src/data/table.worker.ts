/// <reference lib="webworker" />
/**
 * Reads and converts a table off the main thread (table-job.ts does the work), then holds the checked
 * dataset until the page says to keep it, and keeps it on this device from here: writing a large dataset
 * to IndexedDB copies it on the writing thread.
 */
import { idbDatasetLibrary } from './device-storage';
import { toStorageError } from './kv-store';
import { convertTable, previewTable, type TableMessage, type TableRequest } from './table-job';
import type { Dataset } from './validate';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let converted: Dataset | null = null;

scope.onmessage = async (message: MessageEvent<TableRequest>) => {
  const post = (m: TableMessage) => scope.postMessage(m);
  const request = message.data;
  if (request.type === 'keep') {
    try {
      if (!converted) throw new Error('there is no converted dataset to keep');
      await idbDatasetLibrary().save(converted, request.fileName);
      post({ type: 'kept' });
    } catch (error) {
      post({ type: 'keep-failed', message: toStorageError(error).message });
    }
    return;
  }
  try {
    if (request.type === 'preview') post(await previewTable(request.file, request.fileName, request.options));
    else converted = await convertTable(request, post);
  } catch (error) {
    const reason = `could not be read: ${error instanceof Error ? error.message : String(error)}`;
    post({ type: 'refused', errors: [{ row: 0, column: '', reason: reason.slice(0, 300) }] });
  }
};
