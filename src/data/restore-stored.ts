/**
 * A dataset kept on this device, read and checked in a worker (stored.worker.ts) and received here in
 * slices, so restoring the largest dataset the limits allow never holds the page.
 */
import { datasetReceiver, type SliceMessage } from './dataset-slices';
import { StorageError } from './kv-store';
import type { Dataset, ParseResult, Problems } from './validate';

export type StoredMessage =
  SliceMessage | { type: 'storage-error'; message: string } | { type: 'refused'; problems: Problems };

/** Throws a StorageError when the dataset cannot be read; a dataset that fails its checks is a result. */
export function restoreInWorker(localId: string): Promise<ParseResult<Dataset>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./stored.worker.ts', import.meta.url), { type: 'module' });
    const received = datasetReceiver();
    worker.onmessage = (event: MessageEvent<StoredMessage>) => {
      const m = event.data;
      if (m.type === 'storage-error') reject(new StorageError('corrupted', m.message));
      else if (m.type === 'refused') resolve({ ok: false, ...m.problems });
      else {
        received.take(m);
        const dataset = received.done();
        if (!dataset) return;
        resolve({ ok: true, data: dataset });
      }
      worker.terminate();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message || 'the storage worker failed'));
    };
    worker.postMessage({ localId });
  });
}
