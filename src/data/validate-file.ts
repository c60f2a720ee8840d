/**
 * Validates a dataset file, fetched or picked: size first (before reading a byte), then parse and check on
 * the page, the event rows' fast check in slices the page can answer between (validate.ts). The page must
 * hold the parsed dataset anyway; parsing it in a worker first and again here parses a large file twice.
 *
 * A file whose rows need zod (it will be rejected, or zod changes a row) is large work when the file is:
 * zod over 100,000 rows is many long tasks. Above a megabyte such a file is validated in a Web Worker. Without
 * Worker support (jsdom, old browsers) or if the worker cannot start, the same code runs here.
 */
import { yieldToPage } from '../lib/background';
import { datasetReceiver, type SliceMessage } from './dataset-slices';
import { checkFileSize } from './limits';
import type { Dataset, ParseResult, ParseStage } from './validate';

/** Above this size a file whose rows need zod is validated off the main thread. */
const WORKER_THRESHOLD_BYTES = 1_000_000;
/**
 * Above this size a file is parsed and checked only in the worker, and comes back in slices of events:
 * parsing its text on the page (or the dataset's JSON text sent back) would hold the page for seconds.
 * Files up to it are read as before, on the page, which is faster for them.
 */
const PAGE_PARSE_BYTES = 50 * 1024 * 1024;

export interface ValidateRequest {
  file: Blob | string;
  /** Send a valid dataset back in slices (dataset-slices.ts) rather than as one JSON text. */
  slices?: boolean;
}
export type ValidateMessage =
  | { type: 'progress'; stage: ParseStage }
  | { type: 'result'; result: ParseResult<Dataset> }
  /** A valid dataset, as JSON text (see validate.worker.ts). */
  | { type: 'dataset'; json: string; migratedFrom: number | undefined }
  | SliceMessage;

export async function validateFile(
  file: Blob,
  onProgress: (stage: ParseStage) => void = () => {},
): Promise<ParseResult<Dataset>> {
  const tooLarge = checkFileSize(file.size);
  if (tooLarge.length > 0) return { ok: false, issues: tooLarge };
  if (file.size > PAGE_PARSE_BYTES && typeof Worker !== 'undefined') return inWorker(file, onProgress, true);
  const text = await file.text();
  onProgress('read');
  // Loaded here, not imported above: the page's entry (boot.ts) uses this module before zod has loaded.
  const { parseDatasetText, parseDatasetTextInSlices } = await import('./validate');
  const checked = await parseDatasetTextInSlices(text, yieldToPage, onProgress);
  if (checked) return checked;
  if (file.size > WORKER_THRESHOLD_BYTES && typeof Worker !== 'undefined') {
    try {
      return await inWorker(file, onProgress);
    } catch {
      // A worker blocked by policy or failing to load: validating here is slower, never wrong.
    }
  }
  return parseDatasetText(text, onProgress);
}

function inWorker(
  file: Blob,
  onProgress: (stage: ParseStage) => void,
  slices = false,
): Promise<ParseResult<Dataset>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
    const done = () => worker.terminate();
    const received = datasetReceiver();
    worker.onmessage = (event: MessageEvent<ValidateMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress(message.stage);
        return;
      }
      if (
        message.type === 'dataset-head' ||
        message.type === 'dataset-events' ||
        message.type === 'dataset-end'
      ) {
        received.take(message);
        const dataset = received.done();
        if (dataset) {
          done();
          performance.mark('dataset-received');
          resolve({ ok: true, data: dataset });
        }
        return;
      }
      done();
      // Marks on the page's timeline let the benchmark split a load into its stages.
      performance.mark('dataset-received');
      resolve(
        message.type === 'dataset'
          ? {
              ok: true,
              data: JSON.parse(message.json) as Dataset,
              ...(message.migratedFrom === undefined ? {} : { migratedFrom: message.migratedFrom }),
            }
          : message.result,
      );
    };
    worker.onerror = (event) => {
      event.preventDefault();
      done();
      reject(new Error(event.message || 'the validation worker failed'));
    };
    worker.postMessage({ file, slices } satisfies ValidateRequest);
  });
}
