/**
 * Work over many rows written once, as a generator that yields between slices: run at once when a render
 * needs the result now, or a slice per task, yielding to the page in between, when it can be made ahead.
 */
import { yieldToPage } from './background';

export type Steps<T> = Generator<void, T, void>;

export function runAtOnce<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Runs the steps a slice per task; gives up (undefined) as soon as `done()` says the result is there. */
export async function runInSlices<T>(steps: Steps<T>, done: () => boolean): Promise<T | undefined> {
  let step = steps.next();
  while (!step.done) {
    await yieldToPage();
    if (done()) return undefined;
    step = steps.next();
  }
  return step.value;
}
