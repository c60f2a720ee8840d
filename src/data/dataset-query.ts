/**
 * The dataset is server state: fetched (or read from this device) once, validated, normalised, cached for
 * the session. The query key is the dataset's key: the bundled URL, or `local:<id>` for an imported one.
 */
import { queryOptions } from '@tanstack/react-query';
import { deviceStorage, LOCAL_PREFIX } from './device-storage';
import { toStorageError } from './kv-store';
import { validateFile } from './validate-file';
import { parseDatasetText, type DataIssue, type Dataset } from './validate';

export const BUNDLED_DATASET_URL = `${import.meta.env.BASE_URL}data/dataset.json`;

/** Above this size a fetched dataset is validated off the main thread. */
const WORKER_THRESHOLD_BYTES = 1_000_000;

/**
 * `?data=<file>.json` opens another dataset deployed beside the bundled one in `data/` (same origin only:
 * a bare file name, never a path or URL). Used for large datasets and by the benchmark.
 */
export function deployedDatasetKey(search: string): string | null {
  const file = new URLSearchParams(search).get('data');
  return file && /^[\w][\w.-]{0,120}\.json$/.test(file) ? `${import.meta.env.BASE_URL}data/${file}` : null;
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
  // A large file is parsed and validated in a worker so the page stays responsive while it loads.
  const blob = await response.blob();
  performance.mark('dataset-downloaded');
  const result =
    blob.size > WORKER_THRESHOLD_BYTES ? await validateFile(blob) : parseDatasetText(await blob.text());
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

/** A dataset kept on this device, validated again: storage may hold something broken or tampered with. */
export async function loadLocalDataset(localId: string): Promise<Dataset> {
  let result;
  try {
    result = await deviceStorage().datasets.load(localId);
  } catch (error) {
    const { message } = toStorageError(error);
    throw new DatasetError(`The dataset "${localId}" could not be read from this device: ${message}.`, []);
  }
  if (!result.ok) {
    throw new DatasetError(
      `The dataset "${localId}" stored on this device no longer passes validation.`,
      result.issues,
    );
  }
  return result.data;
}

export const localDatasetKey = (localId: string) => `${LOCAL_PREFIX}${localId}`;

export const datasetQueryOptions = (key: string = BUNDLED_DATASET_URL) =>
  queryOptions({
    queryKey: ['dataset', key],
    queryFn: ({ signal }) =>
      key.startsWith(LOCAL_PREFIX)
        ? loadLocalDataset(key.slice(LOCAL_PREFIX.length))
        : fetchDataset(key, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
