/**
 * Where this device keeps imported datasets, analyst judgements and the dataset last used. One module-level
 * instance (IndexedDB through idb-keyval); tests swap in memory stores with `setDeviceStorage`.
 */
import {
  createDatasetLibrary,
  createJudgementStore,
  type DatasetLibrary,
  type JudgementStore,
} from './device-datasets';
import { idbStore } from './kv-store';

export interface DeviceStorage {
  datasets: DatasetLibrary;
  judgements: JudgementStore;
  /**
   * Datasets are read, checked and written by workers (IndexedDB is theirs too), never on the page; false
   * for the memory stores of tests and where there is no Worker.
   */
  offPage?: boolean;
}

/** The datasets kept in this browser's IndexedDB: the page's library, and the workers' that share it. */
export function idbDatasetLibrary(): DatasetLibrary {
  return createDatasetLibrary(idbStore('claimscope', 'datasets'));
}

function idbStorage(): DeviceStorage {
  return {
    datasets: idbDatasetLibrary(),
    offPage: typeof Worker !== 'undefined',
    // idb-keyval creates one object store per database, so judgements get a database of their own.
    judgements: createJudgementStore(idbStore('claimscope-judgements', 'judgements')),
  };
}

let current: DeviceStorage | undefined;

export function deviceStorage(): DeviceStorage {
  current ??= idbStorage();
  return current;
}

export function setDeviceStorage(storage: DeviceStorage | undefined): void {
  current = storage;
}
