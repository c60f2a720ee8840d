import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/data/generate';
import { parseDataset } from '../../src/data/validate';

describe('generateDataset', () => {
  it('writes a dataset that passes the schema and every cross-check', () => {
    const result = parseDataset(generateDataset({ events: 2_000, claims: 60, sources: 12, seed: 3 }));
    expect(result.ok ? [] : result.issues.slice(0, 5)).toEqual([]);
    if (!result.ok) return;
    expect(result.data.events).toHaveLength(2_000);
    expect(result.data.claims).toHaveLength(60);
    expect(result.data.sources).toHaveLength(12);
  });

  it('is deterministic per seed and differs between seeds', () => {
    const a = JSON.stringify(generateDataset({ events: 300, claims: 10, sources: 5, seed: 42 }));
    const b = JSON.stringify(generateDataset({ events: 300, claims: 10, sources: 5, seed: 42 }));
    const c = JSON.stringify(generateDataset({ events: 300, claims: 10, sources: 5, seed: 43 }));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('spreads dates, precisions, categories and origins', () => {
    const { events } = generateDataset({ events: 3_000, claims: 20, sources: 8, seed: 9 });
    expect(new Set(events.map((e) => e.date.precision))).toEqual(new Set(['day', 'month', 'approx']));
    expect(new Set(events.map((e) => e.category)).size).toBe(8);
    expect(new Set(events.map((e) => e.origin))).toEqual(new Set(['article', 'context', 'later-context']));
    const years = new Set(events.map((e) => e.date.date.slice(0, 4)));
    expect([...years].sort()).toEqual(['2023', '2024', '2025']);
  });
});
