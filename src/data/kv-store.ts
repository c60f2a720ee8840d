/**
 * A small key-value seam over IndexedDB (idb-keyval), so storage can fail in tests exactly as it fails in
 * browsers: unavailable (private mode, no IndexedDB), full, or holding something unreadable.
 */
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';

export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export type StorageProblem = 'unavailable' | 'full' | 'corrupted' | 'failed';

export class StorageError extends Error {
  readonly problem: StorageProblem;
  constructor(problem: StorageProblem, message: string) {
    super(message);
    this.name = 'StorageError';
    this.problem = problem;
  }
}

const PROBLEM_TEXT: Record<StorageProblem, string> = {
  unavailable: 'storage on this device is not available (a private window, or storage is blocked)',
  full: 'storage on this device is full',
  corrupted: 'what was stored on this device could not be read',
  failed: 'storage on this device failed',
};

/** Turns whatever IndexedDB threw into one of the four problems a person can act on. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const detail = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  if (name === 'QuotaExceededError') return new StorageError('full', `${PROBLEM_TEXT.full} (${detail})`);
  if (['InvalidStateError', 'SecurityError', 'UnknownError', 'NotFoundError'].includes(name)) {
    return new StorageError('unavailable', `${PROBLEM_TEXT.unavailable} (${detail})`);
  }
  return new StorageError('failed', `${PROBLEM_TEXT.failed} (${detail})`);
}

export function describeStorageProblem(problem: StorageProblem): string {
  return PROBLEM_TEXT[problem];
}

/** An IndexedDB-backed store, opened on first use so a page without IndexedDB still starts. */
export function idbStore(dbName: string, storeName: string): KeyValueStore {
  let store: UseStore | undefined;
  const open = (): UseStore => {
    if (typeof indexedDB === 'undefined') {
      throw new StorageError('unavailable', `${PROBLEM_TEXT.unavailable} (IndexedDB is missing)`);
    }
    store ??= createStore(dbName, storeName);
    return store;
  };
  const run = async <T>(op: (s: UseStore) => Promise<T>): Promise<T> => {
    try {
      return await op(open());
    } catch (error) {
      throw toStorageError(error);
    }
  };
  return {
    get: (key) => run((s) => get<unknown>(key, s)),
    set: (key, value) => run((s) => set(key, value, s)),
    del: (key) => run((s) => del(key, s)),
    keys: () => run((s) => keys<IDBValidKey>(s)).then((all) => all.map(String)),
  };
}

/** An in-memory store: the test double, and what a page without storage would keep for its session. */
export function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore & {
  data: Map<string, unknown>;
} {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => void data.set(key, structuredClone(value)),
    del: async (key) => void data.delete(key),
    keys: async () => [...data.keys()],
  };
}
