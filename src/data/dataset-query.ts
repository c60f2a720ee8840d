/** The dataset is server state: fetched once, validated, normalised, cached for the session. */
import { queryOptions } from '@tanstack/react-query';
import { parseDataset, type DataIssue, type Dataset } from './validate';

export const BUNDLED_DATASET_URL = `${import.meta.env.BASE_URL}data/dataset.json`;

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
  let raw: unknown;
  try {
    raw = await response.json();
  } catch (error) {
    throw new DatasetError(`The dataset at ${url} is not valid JSON.`, [
      { path: '', row: 'file', field: '', message: error instanceof Error ? error.message : String(error) },
    ]);
  }
  const result = parseDataset(raw);
  if (!result.ok) throw new DatasetError(`The dataset at ${url} does not match the schema.`, result.issues);
  return result.data;
}

export const datasetQueryOptions = (url: string = BUNDLED_DATASET_URL) =>
  queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
