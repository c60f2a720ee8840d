/// <reference lib="webworker" />
/**
 * Reads a dataset kept on this device, checks it again and sends it to the page in slices: reading and
 * checking a 250,000-event dataset on the page held it for seconds when it was restored on reload.
 */
import { sendDataset } from './dataset-slices';
import { idbDatasetLibrary } from './device-storage';
import { toStorageError } from './kv-store';
import type { StoredMessage } from './restore-stored';
import { parseDataset } from './validate';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (message: MessageEvent<{ localId: string }>) => {
  const post = (m: StoredMessage) => scope.postMessage(m);
  let raw: unknown;
  try {
    raw = await idbDatasetLibrary().read(message.data.localId);
  } catch (error) {
    post({ type: 'storage-error', message: toStorageError(error).message });
    return;
  }
  const result = parseDataset(raw);
  raw = undefined;
  if (!result.ok) {
    post({
      type: 'refused',
      problems: { issues: result.issues, ...(result.capped ? { capped: true } : {}) },
    });
    return;
  }
  await sendDataset(result.data, post);
};
