/**
 * The handling marking an analyst sets once ("OFFICIAL – for briefing use", a caveat line): printed at the
 * top and bottom of every exported image and slide. Kept in this browser's localStorage through zustand's
 * `persist`; a blocked or full storage keeps the marking for this session and says so.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { withoutUnsafeCharacters } from '../lib/text';
import { bareStringAs, guardedLocalStorage } from './guarded-storage';

export const MARKING_KEY = 'claimscope.export.marking';
export const MARKING_MAX = 200;

export interface MarkingState {
  marking: string;
  /** Why the marking could not be kept on this device, if it could not. */
  problem: string | null;
  setMarking: (text: string) => void;
}

/** What saving `text` would change, in words: characters dropped and length cut are said, never silent. */
export function markingChanges(text: string): string[] {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const safe = withoutUnsafeCharacters(oneLine);
  const changes: string[] = [];
  if (safe.length < oneLine.length) {
    changes.push('Control and text-direction characters are removed: exports could not carry them.');
  }
  if (safe.length > MARKING_MAX) {
    changes.push(
      `Only the first ${MARKING_MAX} characters are kept: this line has ${safe.length.toLocaleString('en-GB')}.`,
    );
  }
  return changes;
}

/** One line, trimmed, without characters an export cannot carry, and bounded: it is one caption line. */
export function cleanMarking(text: string): string {
  return withoutUnsafeCharacters(text.replace(/\s+/g, ' ').trim()).slice(0, MARKING_MAX);
}

const REFUSED = 'This browser would not store the marking: it applies until the page is closed.';

export const useMarkingStore = create<MarkingState>()(
  persist(
    (set) => ({
      marking: '',
      problem: null,
      setMarking: (text) => set({ marking: cleanMarking(text), problem: null }),
    }),
    {
      name: MARKING_KEY,
      storage: createJSONStorage(() =>
        guardedLocalStorage({
          read: bareStringAs('marking'),
          // Setting the same problem again is a no-op.
          onRefused: () => {
            if (useMarkingStore.getState().problem !== REFUSED)
              useMarkingStore.setState({ problem: REFUSED });
          },
        }),
      ),
      partialize: (state) => ({ marking: state.marking }),
      // What is stored is read as untrusted: cleaned as if typed.
      merge: (stored, current) => ({
        ...current,
        marking: cleanMarking(
          typeof (stored as { marking?: unknown } | null)?.marking === 'string'
            ? (stored as { marking: string }).marking
            : '',
        ),
      }),
    },
  ),
);

/** Back to what a fresh page would read from this browser (tests). */
export async function resetMarkingStore(): Promise<void> {
  // Read first: any write (setState) would store the marking in memory over what is on the device.
  await useMarkingStore.persist.rehydrate();
  useMarkingStore.setState({ problem: null });
}
