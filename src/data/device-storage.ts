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
}

function idbStorage(): DeviceStorage {
  return {
    datasets: createDatasetLibrary(idbStore('claimscope', 'datasets')),
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

const ACTIVE_KEY = 'claimscope:active-dataset';
export const LOCAL_PREFIX = 'local:';

/** The dataset last used, or null. localStorage may throw (blocked storage): that means "none". */
export function readRememberedKey(): string | null {
  try {
    const value = globalThis.localStorage?.getItem(ACTIVE_KEY) ?? null;
    return value?.startsWith(LOCAL_PREFIX) ? value : null;
  } catch {
    return null;
  }
}

export function rememberKey(key: string | null): boolean {
  try {
    if (key) globalThis.localStorage.setItem(ACTIVE_KEY, key);
    else globalThis.localStorage.removeItem(ACTIVE_KEY);
    return true;
  } catch {
    return false;
  }
}
