import { describe, expect, it } from 'vitest';
import { runAtOnce, stepsCache, type Steps } from '../../src/lib/steps';

/** Sums 1..n, pausing every `every` numbers; counts the slices it ran. */
function* sum(n: number, every: number, slices: { count: number }): Steps<number> {
  let total = 0;
  slices.count += 1;
  for (let i = 1; i <= n; i++) {
    if (i % every === 0) {
      yield;
      slices.count += 1;
    }
    total += i;
  }
  return total;
}

describe('steps', () => {
  it('run at once give what the steps return', () => {
    expect(runAtOnce(sum(100, 10, { count: 0 }))).toBe(5050);
  });

  it('are made ahead a slice per task, then kept for every later ask', async () => {
    const slices = { count: 0 };
    const cache = stepsCache<{ n: number }, number>({ steps: (k) => sum(k.n, 10, slices) });
    const key = { n: 100 };
    await cache.prepare(key);
    expect(slices.count).toBe(11);
    expect(cache.get(key)).toBe(5050);
    expect(slices.count).toBe(11);
  });

  it('keep what a render made at once while the slices ran, and drop the rest of the slices', async () => {
    const made: number[] = [];
    let run = 0;
    const cache = stepsCache<{ n: number }, number>({
      steps: function* (k) {
        const mine = (run += 1);
        for (let i = 0; i < k.n; i++) yield;
        made.push(mine);
        return mine;
      },
    });
    const key = { n: 50 };
    const ahead = cache.prepare(key);
    const atOnce = cache.get(key);
    await ahead;
    expect(cache.get(key)).toBe(atOnce);
    expect(made).toEqual([atOnce]);
  });

  it('offer a family’s first value to be reused, and make anew when reuse declines', () => {
    const family = {};
    let built = 0;
    const cache = stepsCache<{ n: number; family: object }, number>({
      steps: function* (k) {
        built += 1;
        yield;
        return k.n * 10;
      },
      family: (k) => k.family,
      reuse: ({ value }, k) => (k.n < 0 ? null : value + k.n),
    });
    expect(cache.get({ n: 1, family })).toBe(10);
    expect(cache.get({ n: 2, family })).toBe(12);
    expect(cache.get({ n: -1, family })).toBe(-10);
    expect(built).toBe(2);
  });
});
