/**
 * Validates a file a user picked: size first (before reading a byte), then parse and validate in a Web
 * Worker so a large file never freezes the page. Without Worker support (jsdom, old browsers) or if the
 * worker cannot start, the same code runs on the main thread.
 */
import { datasetFromWrittenEvents } from './events-as-written';
import { checkFileSize } from './limits';
import type { Dataset, ParseStage, Result } from './validate';

export interface ValidateRequest {
  file: Blob | string;
}
export type ValidateMessage =
  | { type: 'progress'; stage: ParseStage }
  | { type: 'result'; result: Result<Dataset> }
  /** A valid dataset, as JSON text (see validate.worker.ts). */
  | { type: 'dataset'; json: string }
  /** A valid dataset whose event rows are the file's own: the file's text and the rest as validated. */
  | { type: 'dataset-as-written'; text: string; rest: string };

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
  // Loaded here, not imported above: the page's entry (boot.ts) uses this module before zod has loaded.
  const { parseDatasetText } = await import('./validate');
  return parseDatasetText(text, onProgress);
}

function inWorker(file: Blob, onProgress: (stage: ParseStage) => void): Promise<Result<Dataset>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
    const done = () => worker.terminate();
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
      const result: Result<Dataset> =
        message.type === 'dataset'
          ? { ok: true, data: JSON.parse(message.json) as Dataset }
          : message.type === 'dataset-as-written'
            ? { ok: true, data: datasetFromWrittenEvents(message.text, message.rest) }
            : message.result;
      performance.mark('dataset-result');
      resolve(result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      done();
      reject(new Error(event.message || 'the validation worker failed'));
    };
    worker.postMessage({ file } satisfies ValidateRequest);
  });
}
