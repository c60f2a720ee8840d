import { describe, expect, it } from 'vitest';
import { orderByInterval, usedCategories } from '../../src/data/dataset-index';
import { rng } from '../../src/data/generate';
import { claim, event, makeDataset } from './helpers/factories';

describe('usedCategories', () => {
  const dataset = makeDataset({
    events: [
      event({ id: 'e-dep', category: 'deployment' }),
      event({ id: 'e-month', category: 'casualty-estimate', alsoCategories: ['border'] }),
    ],
    claims: [claim({ id: 'c-jcs', category: 'equipment' })],
  });

  it('lists the categories the dataset uses, further categories included, in the dataset’s order', () => {
    const used = [
      ...dataset.events.flatMap((e) => [e.category, ...e.alsoCategories]),
      ...dataset.claims.map((c) => c.category),
    ];
    expect(usedCategories(dataset).map((c) => c.id)).toEqual(
      dataset.categories.map((c) => c.id).filter((id) => used.includes(id)),
    );
    expect(usedCategories(dataset).map((c) => c.id)).toContain('border');
    expect(usedCategories(dataset).map((c) => c.id)).not.toContain('pact');
  });
});

describe('orderByInterval', () => {
  it('orders positions as a stable sort by start day, then end day, would', () => {
    const random = rng(11);
    for (const n of [0, 1, 2, 50, 5_000]) {
      // Few distinct days, so ties are common and the order among them is tested too.
      const start = Int32Array.from({ length: n }, () => 19_000 + Math.floor(random() * 40));
      const end = Int32Array.from(start, (s) => s + Math.floor(random() * 5));
      const expected = Array.from({ length: n }, (_, i) => i).sort(
        (a, b) => (start[a] ?? 0) - (start[b] ?? 0) || (end[a] ?? 0) - (end[b] ?? 0) || a - b,
      );
      expect([...orderByInterval(start, end)]).toEqual(expected);
    }
  });

  it('handles days before 1970 (negative day numbers)', () => {
    expect([...orderByInterval(Int32Array.of(5, -20_000, 5, -3), Int32Array.of(9, -19_000, 6, -3))]).toEqual([
      1, 3, 2, 0,
    ]);
  });
});
