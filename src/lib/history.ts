/**
 * Undo and redo as immer patches: each step keeps what changed and how to change it back, never a copy of
 * the whole document, so a long session stays small enough to keep in storage beside the document. This
 * module is the history itself, free of immer; applying a step is in lib/patches.ts, loaded with the
 * editing tools.
 */
import type { Patch } from 'immer';

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
