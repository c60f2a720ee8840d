/**
 * Fetching a deployed dataset (the bundled one, or `?data=`) and validating it. Light on purpose: the first
 * script the page runs (boot.ts) starts this before the app's code has loaded; the schema and zod are
 * imported once the file has arrived.
 */
import type { DataIssue, Dataset } from './validate';
import { validateFile } from './validate-file';

/** A dataset that could not be used, with every row and field at fault (`capped`: at least these). */
export class DatasetError extends Error {
  readonly issues: DataIssue[];
  readonly capped: boolean;
  constructor(message: string, issues: DataIssue[], capped = false) {
    super(message);
    this.name = 'DatasetError';
    this.issues = issues;
    this.capped = capped;
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
  // Marks on the page's timeline let the benchmark split a load into its stages.
  performance.mark('dataset-downloaded');
  const result = await validateFile(blob, (stage) => performance.mark(`dataset-${stage}`));
  performance.mark('dataset-result');
  if (!result.ok) {
    const notJson = result.issues.length === 1 && result.issues[0]?.message.startsWith('is not valid JSON');
    throw new DatasetError(
      notJson
        ? `The dataset at ${url} is not valid JSON.`
        : `The dataset at ${url} does not match the schema.`,
      result.issues,
      result.capped,
    );
  }
  return result.data;
}
