/**
 * Which dataset is on screen, and notices about this device's storage. The dataset itself lives in the
 * query cache under this key; the key is remembered so a reload restores the last dataset used.
 */
import { create } from 'zustand';
import { BUNDLED_DATASET_URL, refusedDataLink } from '../data/dataset-keys';
import type { Problems } from '../data/validate';
import { initialDatasetKey, rememberedDataset } from './remembered-dataset';

export interface Notice {
  id: number;
  text: string;
}

/** A dataset that could not be shown, with every problem found in it. */
export interface RefusedDataset {
  /** Why, e.g. "The dataset at /data/x.json does not match the schema." */
  reason: string;
  fileName: string;
  problems: Problems;
}

export interface DeviceState {
  activeKey: string;
  notices: Notice[];
  /** The dataset last refused at start-up (a `?data=` link, a stored one), its problems kept for the analyst. */
  refused: RefusedDataset | null;
  /** Show a dataset; `remember: false` for one that could not be stored (it lasts only this session). */
  open: (key: string, options?: { remember?: boolean }) => void;
  /**
   * The dataset asked for could not be shown: say why, with its problems when it has any, and show the
   * bundled one.
   */
  fallBackToBundled: (reason: string, refused?: Omit<RefusedDataset, 'reason'>) => void;
  dismissRefused: () => void;
  notify: (text: string) => void;
  dismiss: (id: number) => void;
}

let nextNotice = 1;

/** What a fresh page says at once: a link's dataset it would not open. */
function initialNotices(): Notice[] {
  const refused = typeof location === 'undefined' ? null : refusedDataLink(location.search);
  return refused ? [{ id: nextNotice++, text: refused }] : [];
}

export const useDeviceStore = create<DeviceState>()((set, get) => ({
  activeKey: initialDatasetKey(),
  notices: initialNotices(),
  refused: null,
  open: (key, { remember = true } = {}) => {
    const bundled = key === BUNDLED_DATASET_URL;
    if (remember || bundled) rememberedDataset.getState().remember(bundled ? null : key);
    set({ activeKey: key });
  },
  fallBackToBundled: (reason, refused) => {
    rememberedDataset.getState().remember(null);
    const text = `${reason} The bundled dataset is shown instead.`;
    if (refused && refused.problems.issues.length > 0) set({ refused: { ...refused, reason: text } });
    else get().notify(text);
    set({ activeKey: BUNDLED_DATASET_URL });
  },
  dismissRefused: () => set({ refused: null }),
  notify: (text) =>
    set((s) =>
      s.notices.some((n) => n.text === text) ? s : { notices: [...s.notices, { id: nextNotice++, text }] },
    ),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

// A dataset this browser would not remember is said among the notices, once per refusal.
rememberedDataset.subscribe((state, previous) => {
  if (state.problem && state.problem !== previous.problem) useDeviceStore.getState().notify(state.problem);
});

/** Back to what a fresh page would start with, reading this browser's storage again (tests). */
export function resetDeviceStore(): void {
  void rememberedDataset.persist.rehydrate();
  useDeviceStore.setState({ activeKey: initialDatasetKey(), notices: initialNotices(), refused: null });
}
