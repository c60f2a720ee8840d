/**
 * Which dataset is on screen, and notices about this device's storage. The dataset itself lives in the
 * query cache under this key; the key is remembered so a reload restores the last dataset used.
 */
import { create } from 'zustand';
import { BUNDLED_DATASET_URL, initialDatasetKey, rememberKey } from '../data/dataset-keys';

export interface Notice {
  id: number;
  text: string;
}

export interface DeviceState {
  activeKey: string;
  notices: Notice[];
  /** Show a dataset; `remember: false` for one that could not be stored (it lasts only this session). */
  open: (key: string, options?: { remember?: boolean }) => void;
  /** The stored dataset could not be shown: say why and show the bundled one. */
  fallBackToBundled: (reason: string) => void;
  notify: (text: string) => void;
  dismiss: (id: number) => void;
}

let nextNotice = 1;

export const useDeviceStore = create<DeviceState>()((set, get) => ({
  activeKey: initialDatasetKey(),
  notices: [],
  open: (key, { remember = true } = {}) => {
    const bundled = key === BUNDLED_DATASET_URL;
    if (remember || bundled) rememberKey(bundled ? null : key);
    set({ activeKey: key });
  },
  fallBackToBundled: (reason) => {
    rememberKey(null);
    get().notify(`${reason} The bundled dataset is shown instead.`);
    set({ activeKey: BUNDLED_DATASET_URL });
  },
  notify: (text) =>
    set((s) =>
      s.notices.some((n) => n.text === text) ? s : { notices: [...s.notices, { id: nextNotice++, text }] },
    ),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

/** Back to what a fresh page would start with (tests). */
export function resetDeviceStore(): void {
  useDeviceStore.setState({ activeKey: initialDatasetKey(), notices: [] });
}
