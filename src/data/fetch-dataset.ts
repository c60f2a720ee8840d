/**
 * Fetching a deployed dataset (the bundled one, or `?data=`) and validating it. Light on purpose: the first
 * script the page runs (boot.ts) starts this before the app's code has loaded; the schema and zod come in
 * with the app, and only a small file needs them on the page.
 */
import type { DataIssue, Dataset } from './validate';
import { validateFile } from './validate-file';

/** Above this size a fetched dataset is validated off the main thread. */
const WORKER_THRESHOLD_BYTES = 1_000_000;

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
  // A large file is parsed and validated in a worker so the page stays responsive while it loads.
  const blob = await response.blob();
  performance.mark('dataset-downloaded');
  // A small one here: the validation code is part of the app, loaded anyway.
  const result =
    blob.size > WORKER_THRESHOLD_BYTES
      ? await validateFile(blob)
      : (await import('./validate')).parseDatasetText(await blob.text());
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
