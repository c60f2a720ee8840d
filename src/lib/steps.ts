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

interface CacheOptions<K extends object, T> {
  steps: (key: K) => Steps<T>;
  /**
   * What relates keys whose values may be derived one from another (a dataset and its re-graded copies
   * share their events list): the first value kept for each is offered to `reuse`.
   */
  family?: (key: K) => object;
  /** A value made cheaply from the family's first one, or null to make it from the steps. */
  reuse?: (first: { key: K; value: T }, key: K) => T | null;
}

/**
 * A value per key (a WeakMap), made from steps: at once when asked for with `get`, or ahead of time, a
 * slice per task, with `prepare`. Whichever finishes first is kept; the other is dropped.
 */
export function stepsCache<K extends object, T>({ steps, family, reuse }: CacheOptions<K, T>) {
  const kept = new WeakMap<K, T>();
  const firsts = new WeakMap<object, { key: K; value: T }>();
  const keep = (key: K, value: T): T => {
    const already = kept.get(key);
    if (already !== undefined) return already;
    kept.set(key, value);
    const kin = family?.(key);
    if (kin && !firsts.has(kin)) firsts.set(kin, { key, value });
    return value;
  };
  const reused = (key: K): T | null => {
    const first = family && firsts.get(family(key));
    return first && reuse ? reuse(first, key) : null;
  };
  return {
    get: (key: K): T => kept.get(key) ?? keep(key, reused(key) ?? runAtOnce(steps(key))),
    prepare: async (key: K): Promise<void> => {
      if (kept.has(key)) return;
      const value = reused(key) ?? (await runInSlices(steps(key), () => kept.has(key)));
      if (value !== undefined) keep(key, value);
    },
  };
}
