/**
 * The stored dataset this device opens first, kept in localStorage through zustand's `persist` on the shared
 * guarded storage. A vanilla store: the page's entry (boot.ts, app/first-downloads.ts) reads it before React
 * has loaded, so it stays free of React. Another tab's choice is not followed: each tab shows its own
 * dataset, and the last one remembered in any tab is what the next page opens.
 */
import { createJSONStorage, persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { BUNDLED_DATASET_URL, deployedDatasetKey, LOCAL_PREFIX } from '../data/dataset-keys';
import { bareStringAs, guardedLocalStorage } from './guarded-storage';

export const REMEMBERED_DATASET_KEY = 'claimscope:active-dataset';

const REFUSED =
  'This browser will not remember which dataset is open (its storage for this site is blocked): ' +
  'after a reload the bundled dataset opens first. Yours stays under “Datasets on this device”.';

interface RememberedDatasetState {
  /** A dataset kept on this device (`local:id@version`), or null: the bundled one opens first. */
  key: string | null;
  /** Why the dataset could not be remembered on this device, if it could not. */
  problem: string | null;
  /** Remember a stored dataset's key, or forget (null): no entry at all, as before one was remembered. */
  remember: (key: string | null) => void;
}

export const rememberedDataset = createStore<RememberedDatasetState>()(
  persist(
    (set) => ({
      key: null,
      problem: null,
      remember: (key) => {
        set({ key, problem: null });
        if (!key) void rememberedDataset.persist.clearStorage();
      },
    }),
    {
      name: REMEMBERED_DATASET_KEY,
      storage: createJSONStorage(() =>
        guardedLocalStorage({
          // Earlier versions stored the bare key.
          read: bareStringAs('key'),
          // Forgetting is never a problem: nothing is kept either way.
          onRefused: () => {
            const state = rememberedDataset.getState();
            if (state.key !== null && state.problem !== REFUSED)
              rememberedDataset.setState({ problem: REFUSED });
          },
        }),
      ),
      partialize: (state) => ({ key: state.key }),
      // Whatever version wrote the key, it is read through the same check below.
      migrate: (stored) => stored,
      // Only a dataset kept on this device is remembered: anything else stored there is ignored.
      merge: (stored, current) => {
        const key = (stored as { key?: unknown } | null)?.key;
        return { ...current, key: typeof key === 'string' && key.startsWith(LOCAL_PREFIX) ? key : null };
      },
    },
  ),
);

/** A dataset named in the link wins over the one remembered on this device. */
export function initialDatasetKey(): string {
  const fromLink = typeof location === 'undefined' ? null : deployedDatasetKey(location.search);
  return fromLink ?? rememberedDataset.getState().key ?? BUNDLED_DATASET_URL;
}
