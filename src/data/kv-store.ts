/**
 * A small key-value seam over IndexedDB (idb-keyval), so storage can fail in tests exactly as it fails in
 * browsers: unavailable (private mode, no IndexedDB), full, or holding something unreadable.
 */
import { createStore, del, delMany, get, keys, set, setMany, update, type UseStore } from 'idb-keyval';

export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  /** Several writes of one change in one transaction: all are kept, or none (a full disk keeps none). */
  setMany(entries: readonly [string, unknown][]): Promise<void>;
  del(key: string): Promise<void>;
  /** Several deletions in one transaction. */
  delMany(keys: readonly string[]): Promise<void>;
  /** Read, change and write one value in one transaction: another tab's write cannot fall in between. */
  update(key: string, change: (current: unknown) => unknown): Promise<void>;
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
    setMany: (entries) => run((s) => setMany([...entries], s)),
    del: (key) => run((s) => del(key, s)),
    delMany: (list) => run((s) => delMany([...list], s)),
    update: (key, change) => run((s) => update(key, change, s)),
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
    setMany: async (entries) => {
      // Cloned before any is written: a value that cannot be stored leaves nothing half-written.
      const copies = entries.map(([key, value]) => [key, structuredClone(value)] as const);
      for (const [key, value] of copies) data.set(key, value);
    },
    del: async (key) => void data.delete(key),
    delMany: async (list) => list.forEach((key) => data.delete(key)),
    update: async (key, change) =>
      void data.set(key, structuredClone(change(structuredClone(data.get(key))))),
    keys: async () => [...data.keys()],
  };
}
