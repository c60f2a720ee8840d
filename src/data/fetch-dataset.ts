/**
 * Fetching a deployed dataset (the bundled one, or `?data=`) and validating it. Light on purpose: the first
 * script the page runs (boot.ts) starts this before the app's code has loaded; the schema and zod are
 * imported once the file has arrived.
 */
import { checkFileSize } from './limits';
import type { DataIssue, Dataset, ParseStage, Result } from './validate';
import { validateFile } from './validate-file';

/** Above this size a file whose rows need zod is validated off the main thread. */
const WORKER_THRESHOLD_BYTES = 1_000_000;

/** Yields to the page between slices of work; `scheduler.yield` resumes ahead of other queued tasks. */
const pause = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * A fetched dataset is parsed and checked on the page: the page must hold the parsed dataset anyway, and
 * parsing it in a worker first, then again here, cost a 100k load about half a second on two cores. The
 * event rows' fast check runs in slices, so the page keeps answering. A file whose rows need zod (or
 * that will be rejected) goes to the worker when it is large: zod over 100,000 rows takes seconds.
 */
async function validateHere(blob: Blob): Promise<Result<Dataset>> {
  const tooLarge = checkFileSize(blob.size);
  if (tooLarge.length > 0) return { ok: false, issues: tooLarge };
  const text = await blob.text();
  performance.mark('dataset-read');
  // Loaded here, not imported above: the page's entry (boot.ts) starts this before zod has loaded.
  const { parseDatasetText, parseDatasetTextInSlices } = await import('./validate');
  const mark = (stage: ParseStage) => performance.mark(`dataset-${stage}`);
  const checked = await parseDatasetTextInSlices(text, pause, mark);
  if (checked) return checked;
  return blob.size > WORKER_THRESHOLD_BYTES ? validateFile(blob) : parseDatasetText(text, mark);
}

/** A dataset that could not be used, with every row and field at fault. */
export class DatasetError extends Error {
  readonly issues: DataIssue[];
  constructor(message: string, issues: DataIssue[]) {
    super(message);
    this.name = 'DatasetError';
    this.issues = issues;
  }
}

export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  // Marks on the page's timeline let the benchmark split a load into its stages.
  performance.mark('dataset-fetch');
  try {
    response = await fetch(url, signal ? { signal } : undefined);
  } catch (error) {
    throw new DatasetError(`The dataset could not be loaded from ${url}.`, [
      { path: '', row: 'file', field: '', message: error instanceof Error ? error.message : String(error) },
    ]);
  }
  if (!response.ok) {
    throw new DatasetError(`The dataset could not be loaded from ${url}.`, [
      {
        path: '',
        row: 'file',
        field: '',
        message: `the server answered ${response.status} ${response.statusText}`,
      },
    ]);
  }
  const blob = await response.blob();
  performance.mark('dataset-downloaded');
  const result = await validateHere(blob);
  performance.mark('dataset-result');
  if (!result.ok) {
    const notJson = result.issues.length === 1 && result.issues[0]?.message.startsWith('is not valid JSON');
    throw new DatasetError(
      notJson
        ? `The dataset at ${url} is not valid JSON.`
        : `The dataset at ${url} does not match the schema.`,
      result.issues,
    );
  }
  return result.data;
}
