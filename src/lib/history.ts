/**
 * Undo and redo as immer patches: each step keeps what changed and how to change it back, never a copy of
 * the whole document, so a long session stays small enough to keep in storage beside the document.
 */
import { Immer, enablePatches, type Patch } from 'immer';

enablePatches();
/** No freezing: the documents are read by code that never expects frozen objects, and freezing large ones costs time. */
export const immer = new Immer({ autoFreeze: false });

export interface Step {
  /** What the step did, in words: "Add claim C3". */
  label: string;
  patches: Patch[];
  inverse: Patch[];
}

export interface History {
  past: Step[];
  future: Step[];
}

export const EMPTY_HISTORY: History = { past: [], future: [] };

/** Steps kept to undo; older ones are dropped first. */
export const MAX_STEPS = 500;

/** A new step: it can be undone, and whatever had been undone can no longer be redone. */
export function record(history: History, step: Step, max = MAX_STEPS): History {
  return { past: [...history.past, step].slice(-max), future: [] };
}

export function undo<T extends object>(
  history: History,
  state: T,
): { state: T; history: History; step: Step } | null {
  const step = history.past.at(-1);
  if (!step) return null;
  return {
    state: immer.applyPatches(state, step.inverse),
    history: { past: history.past.slice(0, -1), future: [step, ...history.future] },
    step,
  };
}

export function redo<T extends object>(
  history: History,
  state: T,
): { state: T; history: History; step: Step } | null {
  const step = history.future[0];
  if (!step) return null;
  return {
    state: immer.applyPatches(state, step.patches),
    history: { past: [...history.past, step], future: history.future.slice(1) },
    step,
  };
}
