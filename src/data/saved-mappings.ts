/**
 * Column mappings an analyst saved for reuse, kept in this browser's localStorage. What comes back is
 * checked against the mapping schema: another version of the app, or another tab, may have written it.
 */
import { z } from 'zod';
import { TableMappingSchema, type TableMapping } from './table-mapping';

const KEY = 'claimscope:table-mappings';
const MAX_SAVED = 50;

const SavedSchema = z.array(
  z.object({ name: z.string().min(1).max(80), mapping: TableMappingSchema }).strict(),
);
export type SavedMapping = z.infer<typeof SavedSchema>[number];

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function loadSavedMappings(): SavedMapping[] {
  try {
    const raw = storage()?.getItem(KEY);
    if (!raw) return [];
    const parsed = SavedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Saves (or replaces, by name) a mapping; false when this browser refuses to store it. */
export function saveMapping(name: string, mapping: TableMapping): boolean {
  const trimmed = name.trim().slice(0, 80);
  if (!trimmed) return false;
  const list = [{ name: trimmed, mapping }, ...loadSavedMappings().filter((m) => m.name !== trimmed)];
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(KEY, JSON.stringify(list.slice(0, MAX_SAVED)));
    return true;
  } catch {
    return false;
  }
}
