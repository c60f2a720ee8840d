import { describe, expect, it } from 'vitest';
import { datasetIndex } from '../../src/data/dataset-index';
import { datasetEstimates } from '../../src/data/estimates';
import { generateDataset } from '../../src/data/generate';
import { prepareDataset } from '../../src/data/prepare-dataset';
import { parseDataset, type Dataset } from '../../src/data/validate';

function generated(events: number): Dataset {
  const parsed = parseDataset(
    generateDataset({ events, claims: 40, sources: 12, seed: 3, figureShare: 0.5, multiSourceShare: 0.3 }),
  );
  if (!parsed.ok) throw new Error('generated data must be valid');
  return parsed.data;
}

describe('prepareDataset', () => {
  // Large enough to be prepared, and indexed over several slices.
  const large = generated(45_000);

  it('builds, a slice at a time, the same index the panels would build at once, and keeps it', async () => {
    const twin = structuredClone(large);
    expect(await prepareDataset(large)).toBe(large);
    const prepared = datasetIndex(large);
    expect(datasetIndex(large)).toBe(prepared);
    const direct = datasetIndex(twin);
    expect(prepared.domain).toEqual(direct.domain);
    expect(prepared.eventsByDate).toEqual(direct.eventsByDate);
    expect(prepared.events.start).toEqual(direct.events.start);
    expect(prepared.events.values).toEqual(direct.events.values);
    expect(prepared.claims.values).toEqual(direct.claims.values);
  });

  it('collects every estimate once, each with the row it came from', async () => {
    await prepareDataset(large);
    const { all, rows } = datasetEstimates(large);
    expect(datasetEstimates(large).all).toBe(all);
    expect(all.length).toBeGreaterThan(large.claims.length);
    expect(rows).toHaveLength(all.length);
    all.forEach((e, i) => {
      const row = e.kind === 'claim' ? large.claims[rows[i] ?? -1] : large.events[rows[i] ?? -1];
      expect(row?.id).toBe(e.rowId);
    });
  });
});
