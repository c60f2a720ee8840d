import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/data/generate';
import { applyPatches, diffPatches } from '../../src/data/patches';
import { readDatasetText } from '../../src/data/validate';

/** What the page ends with: its own parse of the text, patched with what the worker's validation changed. */
function viaPatches(text: string) {
  const { result, raw } = readDatasetText(text);
  if (!result.ok) throw new Error(result.issues[0]?.message);
  const patches = diffPatches(raw, result.data);
  if (!patches) throw new Error('no limit was set');
  const pageCopy: unknown = JSON.parse(text);
  return { validated: result.data, patched: applyPatches(pageCopy, patches), patches };
}

describe('validation patches', () => {
  it('rebuild the validated bundled dataset from a plain parse of its file', () => {
    const { validated, patched } = viaPatches(readFileSync('public/data/dataset.json', 'utf8'));
    expect(patched).toEqual(validated);
  });

  it('carry every change validation makes: defaults, trimmed text, claim positions', () => {
    const file = generateDataset({ events: 300, claims: 12, sources: 5, seed: 11 });
    file.title = `  ${file.title}  `;
    const event = file.events[7];
    if (!event) throw new Error('no event');
    event.description = `${event.description}\n`;
    delete event.placeIds;
    delete event.figures;
    const { validated, patched, patches } = viaPatches(JSON.stringify(file));
    expect(patched).toEqual(validated);
    const paths = patches.map((p) => p.path.join('.'));
    expect(paths).toContain('title');
    expect(paths).toContain('events.7.description');
    expect(paths).toContain('events.7.placeIds');
    expect(paths).toContain('claims.0.position');
    // Nothing validation left alone is sent.
    expect(paths.filter((p) => p.startsWith('events.8.') && !p.endsWith('alsoCategories'))).toEqual([]);
  });

  it('replace an object that lost a key, and the root when the types differ', () => {
    const from = { a: { keep: 1, drop: 2 }, b: [1, 2] };
    const to = { a: { keep: 1 }, b: [1, 2, 3] };
    const patches = diffPatches(from, to);
    expect(patches).toEqual([
      { path: ['a'], value: { keep: 1 } },
      { path: ['b'], value: [1, 2, 3] },
    ]);
    expect(applyPatches(structuredClone(from), patches ?? [])).toEqual(to);
    expect(applyPatches([1], diffPatches([1], { one: 1 }) ?? [])).toEqual({ one: 1 });
  });

  it('give up past the limit, so the caller sends the whole value instead', () => {
    const from = Array.from({ length: 10 }, (_, i) => ({ n: i }));
    const to = from.map((row) => ({ n: row.n + 1 }));
    expect(diffPatches(from, to, 9)).toBeNull();
    expect(diffPatches(from, to, 10)).toHaveLength(10);
    expect(diffPatches(from, structuredClone(from), 0)).toEqual([]);
  });
});
