/**
 * The dataset is server state: fetched (or read from this device) once, validated, normalised, cached for
 * the session. The query key is the dataset's key: the bundled URL, or `local:<id>` for an imported one.
 */
import { queryOptions } from '@tanstack/react-query';
import { takeEarly } from '../lib/early';
import { BUNDLED_DATASET_URL, LOCAL_PREFIX } from './dataset-keys';
import { deviceStorage } from './device-storage';
import { DatasetError, fetchDataset } from './fetch-dataset';
import { toStorageError } from './kv-store';
import { prepareDataset } from './prepare-dataset';
import { restoreInWorker } from './restore-stored';
import type { Dataset } from './validate';

/** A dataset kept on this device, validated again: storage may hold something broken or tampered with. */
export async function loadLocalDataset(localId: string): Promise<Dataset> {
  let result;
  try {
    const storage = deviceStorage();
    result = storage.offPage ? await restoreInWorker(localId) : await storage.datasets.load(localId);
  } catch (error) {
    const { message } = toStorageError(error);
    throw new DatasetError(`The dataset "${localId}" could not be read from this device: ${message}.`, []);
  }
  if (!result.ok) {
    throw new DatasetError(
      `The dataset "${localId}" stored on this device no longer passes validation.`,
      result.issues,
      result.capped,
    );
  }
  return result.data;
}

export const localDatasetKey = (localId: string) => `${LOCAL_PREFIX}${localId}`;

export const datasetQueryOptions = (key: string = BUNDLED_DATASET_URL) =>
  queryOptions({
    queryKey: ['dataset', key],
    queryFn: async ({ signal }) =>
      prepareDataset(
        await (key.startsWith(LOCAL_PREFIX)
          ? loadLocalDataset(key.slice(LOCAL_PREFIX.length))
          : (takeEarly<Dataset>(`dataset:${key}`) ?? fetchDataset(key, signal))),
      ),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
