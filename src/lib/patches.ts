/**
 * Applying the history's steps (lib/history.ts) with immer, and the immer instance edits are made with. Kept
 * apart from the history so the page loads immer only with the editing tools.
 */
import { Immer, enablePatches } from 'immer';
import type { History, Step } from './history';

enablePatches();
/** No freezing: the documents are read by code that never expects frozen objects, and freezing large ones costs time. */
export const immer = new Immer({ autoFreeze: false });

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
