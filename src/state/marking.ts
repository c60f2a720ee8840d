/**
 * The handling marking an analyst sets once ("OFFICIAL – for briefing use", a caveat line): printed at the
 * top and bottom of every exported image and slide. Kept in this browser's localStorage only; a blocked or
 * full storage keeps the marking for this session and says so.
 */
import { create } from 'zustand';

export const MARKING_KEY = 'claimscope.export.marking';
export const MARKING_MAX = 200;

export interface MarkingState {
  marking: string;
  /** Why the marking could not be kept on this device, if it could not. */
  problem: string | null;
  setMarking: (text: string) => void;
}

function read(): string {
  try {
    return (typeof localStorage === 'undefined' ? null : localStorage.getItem(MARKING_KEY)) ?? '';
  } catch {
    return '';
  }
}

/** One line, trimmed and bounded: it is printed in a single caption line. */
export function cleanMarking(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MARKING_MAX);
}

export const useMarkingStore = create<MarkingState>()((set) => ({
  marking: cleanMarking(read()),
  problem: null,
  setMarking: (text) => {
    const marking = cleanMarking(text);
    let problem: string | null = null;
    try {
      if (marking) localStorage.setItem(MARKING_KEY, marking);
      else localStorage.removeItem(MARKING_KEY);
    } catch {
      problem = 'This browser would not store the marking: it applies until the page is closed.';
    }
    set({ marking, problem });
  },
}));

export function resetMarkingStore(): void {
  useMarkingStore.setState({ marking: cleanMarking(read()), problem: null });
}
