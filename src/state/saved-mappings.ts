/**
 * Column mappings an analyst saved for reuse, kept in this browser's localStorage through zustand's
 * `persist` on the shared guarded storage. What comes back is checked against the mapping schema: another
 * version of the app, or another tab, may have written it. A browser that refuses to store a mapping keeps
 * it for this page and says so.
 */
import { z } from 'zod';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { TableMappingSchema, type TableMapping } from '../data/table-mapping';
import { bareJsonAs, guardedLocalStorage } from './guarded-storage';

export const SAVED_MAPPINGS_KEY = 'claimscope:table-mappings';
export const MAX_SAVED_MAPPINGS = 50;
export const MAPPING_NAME_MAX = 80;

const SavedMappingSchema = z
  .object({ name: z.string().min(1).max(MAPPING_NAME_MAX), mapping: TableMappingSchema })
  .strict();
export type SavedMapping = z.infer<typeof SavedMappingSchema>;

const REFUSED = 'This browser would not store the mapping: it can be chosen until the page is closed.';

/**
 * What was stored, read as untrusted: the entries that pass the schema, one per name, at most the limit.
 * Anything but a list is no mappings at all.
 */
export function checkedMappings(stored: unknown): SavedMapping[] {
  if (!Array.isArray(stored)) return [];
  const byName = new Map<string, SavedMapping>();
  for (const entry of stored) {
    const parsed = SavedMappingSchema.safeParse(entry);
    if (parsed.success && !byName.has(parsed.data.name)) byName.set(parsed.data.name, parsed.data);
  }
  return [...byName.values()].slice(0, MAX_SAVED_MAPPINGS);
}

interface SavedMappingsState {
  /** Newest first. */
  saved: SavedMapping[];
  /** Why the last mapping saved could not be kept on this device, if it could not. */
  problem: string | null;
  /**
   * Saves (or replaces, by name) a mapping, first in the list; past the limit the oldest is dropped. The
   * name it is saved under (trimmed, at most 80 characters), or null for a blank name.
   */
  save: (name: string, mapping: TableMapping) => string | null;
}

export const useSavedMappings = create<SavedMappingsState>()(
  persist(
    (set) => ({
      saved: [],
      problem: null,
      save: (name, mapping) => {
        const trimmed = name.trim().slice(0, MAPPING_NAME_MAX);
        if (!trimmed) return null;
        set((s) => ({
          saved: [{ name: trimmed, mapping }, ...s.saved.filter((m) => m.name !== trimmed)].slice(
            0,
            MAX_SAVED_MAPPINGS,
          ),
          problem: null,
        }));
        return trimmed;
      },
    }),
    {
      name: SAVED_MAPPINGS_KEY,
      storage: createJSONStorage(() =>
        guardedLocalStorage({
          // Earlier versions stored the bare list.
          read: bareJsonAs('saved'),
          onRefused: () => {
            if (useSavedMappings.getState().problem !== REFUSED)
              useSavedMappings.setState({ problem: REFUSED });
          },
        }),
      ),
      partialize: (state) => ({ saved: state.saved }),
      // Whatever version wrote the list, it is read through the same check below.
      migrate: (stored) => stored,
      merge: (stored, current) => ({
        ...current,
        saved: checkedMappings((stored as { saved?: unknown } | null)?.saved),
      }),
    },
  ),
);

// A mapping saved in another tab is offered here too, and this tab's next save keeps it: the list is read
// again whenever another tab writes it (`storage` events come only from other tabs).
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    // `key` null: another tab cleared this site's storage.
    if (event.key === SAVED_MAPPINGS_KEY || event.key === null) void useSavedMappings.persist.rehydrate();
  });
}
