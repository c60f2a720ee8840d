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

const isEnvelope = (stored: string) => stored.startsWith('{"state":');
const envelope = (field: string, value: unknown) => JSON.stringify({ state: { [field]: value }, version: 0 });

/** Earlier versions stored one bare string under the key: read it as persist's envelope of `field`. */
export function bareStringAs(field: string): (stored: string | null) => string | null {
  return (stored) => (stored === null || isEnvelope(stored) ? stored : envelope(field, stored));
}

/**
 * Earlier versions stored a bare JSON value (a list) under the key: read it as persist's envelope of
 * `field`. What is not JSON at all reads as nothing stored.
 */
export function bareJsonAs(field: string): (stored: string | null) => string | null {
  return (stored) => {
    if (stored === null || isEnvelope(stored)) return stored;
    try {
      return envelope(field, JSON.parse(stored));
    } catch {
      return null;
    }
  };
}
