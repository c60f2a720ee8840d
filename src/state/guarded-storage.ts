/**
 * localStorage for zustand's `persist` that never throws. Storage can be blocked (private windows, a
 * policy) or full; a refused write calls `onRefused`, so the store keeps the value for this session and
 * can say it will not be kept. `read` turns what an earlier version stored into persist's envelope.
 */
import type { StateStorage } from 'zustand/middleware';

interface Options {
  onRefused: () => void;
  read?: (stored: string | null) => string | null;
}

export function guardedLocalStorage({ onRefused, read = (s) => s }: Options): StateStorage {
  return {
    getItem: (name) => {
      try {
        return read(localStorage.getItem(name));
      } catch {
        return null;
      }
    },
    setItem: (name, value) => {
      try {
        localStorage.setItem(name, value);
      } catch {
        // A microtask: this runs inside the store's own update.
        queueMicrotask(onRefused);
      }
    },
    removeItem: (name) => {
      try {
        localStorage.removeItem(name);
      } catch {
        // Nothing kept, nothing to remove.
      }
    },
  };
}

/** Earlier versions stored one bare string under the key: read it as persist's envelope of `field`. */
export function bareStringAs(field: string): (stored: string | null) => string | null {
  return (stored) =>
    stored === null || stored.startsWith('{"state":')
      ? stored
      : JSON.stringify({ state: { [field]: stored }, version: 0 });
}
