/**
 * Validates a file a user picked: size first (before reading a byte), then parse and validate in a Web
 * Worker so a large file never freezes the page. Without Worker support (jsdom, old browsers) or if the
 * worker cannot start, the same code runs on the main thread.
 */
import { applyPatches, type Patch } from './patches';
import { checkFileSize } from './limits';
import type { Dataset, ParseStage, Result } from './validate';

export interface ValidateRequest {
  file: Blob | string;
  /** The page parses the file too: a valid dataset comes back as patches to that parse. */
  pageParses?: boolean;
}
export type ValidateMessage =
  | { type: 'progress'; stage: ParseStage }
  | { type: 'result'; result: Result<Dataset> }
  /** A valid dataset, as JSON text (see validate.worker.ts). */
  | { type: 'dataset'; json: string }
  /** A valid dataset, as what validation changed in the file: `Patch[]` as JSON text (see patches.ts). */
  | { type: 'patches'; json: string };

export async function validateFile(
  file: Blob,
  onProgress: (stage: ParseStage) => void = () => {},
): Promise<Result<Dataset>> {
  const tooLarge = checkFileSize(file.size);
  if (tooLarge.length > 0) return { ok: false, issues: tooLarge };
  if (typeof Worker !== 'undefined') {
    try {
      return await inWorker(file, onProgress);
    } catch {
      // A worker blocked by policy or failing to load: validating here is slower, never wrong.
    }
  }
  const text = await file.text();
  onProgress('read');
  const { parseDatasetText } = await import('./validate');
  return parseDatasetText(text, onProgress);
}

function inWorker(file: Blob, onProgress: (stage: ParseStage) => void): Promise<Result<Dataset>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
    const done = () => worker.terminate();
    // The page parses its own copy while the worker parses and validates: the two cores work at once, and
    // a valid file needs only the worker's patches, not the whole dataset sent back and parsed again.
    worker.onmessage = (event: MessageEvent<ValidateMessage>) => {
      // Marks on the page's timeline let the benchmark split load time into its stages.
      const message = event.data;
      if (message.type === 'progress') {
        performance.mark(`dataset-${message.stage}`);
        onProgress(message.stage);
        return;
      }
      done();
      performance.mark('dataset-received');
      if (message.type === 'patches') {
        void ownParse.then((raw) => {
          // Unreachable in practice (the worker parsed the same text); validating here is the way out.
          if (raw === undefined) return reject(new Error('the page could not parse its copy of the file'));
          const data = applyPatches(raw, JSON.parse(message.json) as Patch[]) as Dataset;
          performance.mark('dataset-result');
          resolve({ ok: true, data });
        });
        return;
      }
      const result: Result<Dataset> =
        message.type === 'dataset' ? { ok: true, data: JSON.parse(message.json) as Dataset } : message.result;
      performance.mark('dataset-result');
      resolve(result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      done();
      reject(new Error(event.message || 'the validation worker failed'));
    };
    worker.postMessage({ file, pageParses: true } satisfies ValidateRequest);
    // A file that is not JSON is the worker's to report; the page's copy is then simply not used.
    const ownParse = file
      .text()
      .then((text) => {
        const raw: unknown = JSON.parse(text);
        performance.mark('dataset-page-parsed');
        return raw;
      })
      .catch(() => undefined);
  });
}
