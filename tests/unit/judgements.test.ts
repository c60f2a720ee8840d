import { describe, expect, it } from 'vitest';
import { filterClaims } from '../../src/data/filter';
import {
  applyJudgements,
  datasetWithJudgements,
  EMPTY_JUDGEMENTS,
  importJudgements,
  indexGrades,
  mergeJudgements,
  withClaimJudgement,
  withSourceJudgement,
} from '../../src/data/judgements';
import { editionKey } from '../../src/data/dataset-keys';
import { createJudgementStore } from '../../src/data/device-datasets';
import { memoryStore } from '../../src/data/kv-store';
import { parseDataset } from '../../src/data/validate';
import { DEFAULT_FILTERS } from '../../src/data/filters';
import { assessedRange, makeDataset } from './helpers/factories';

const dataset = makeDataset();

describe('applyJudgements', () => {
  it('replaces the graded rows only, and leaves the original dataset untouched', () => {
    const judgements = withClaimJudgement(
      withSourceJudgement(EMPTY_JUDGEMENTS, { sourceId: 'jcs', reliability: 'E', note: 'revised' }),
      { claimId: 'c-zel', credibility: 5 },
    );
    const judged = applyJudgements(dataset, judgements);
    expect(judged.sources.find((s) => s.id === 'jcs')?.reliability).toBe('E');
    expect(judged.sources.find((s) => s.id === 'zelensky')).toBe(dataset.sources[1]);
    expect(judged.claims.find((c) => c.id === 'c-zel')?.credibility).toBe(5);
    expect(judged.claims.find((c) => c.id === 'c-jcs')).toBe(dataset.claims[0]);
    expect(judged.analystJudgements).toBe(judgements);
    expect(dataset.sources[0]?.reliability).toBe('B');
    expect(dataset.claims[1]?.credibility).toBe(2);
  });

  it('is the same dataset when there is nothing to apply, so what was derived from it is kept', () => {
    expect(applyJudgements(dataset, EMPTY_JUDGEMENTS)).toBe(dataset);
    expect(applyJudgements(dataset, { sources: [], claims: [], ranges: [] })).toBe(dataset);
    const judged = applyJudgements(
      dataset,
      withSourceJudgement(EMPTY_JUDGEMENTS, { sourceId: 'jcs', note: 'x' }),
    );
    expect(judged).not.toBe(dataset);
    // Judgements the file carried and the analyst has since cleared are taken away, not kept.
    expect(applyJudgements(judged, EMPTY_JUDGEMENTS).analystJudgements).toBe(EMPTY_JUDGEMENTS);
  });

  it('makes the minimum-grade filter follow the analyst', () => {
    const filters = { ...DEFAULT_FILTERS, minReliability: 'C' as const };
    expect(filterClaims(dataset, filters).map((c) => c.id)).toEqual(['c-jcs', 'c-zel']);
    const judged = applyJudgements(
      dataset,
      withSourceJudgement(EMPTY_JUDGEMENTS, { sourceId: 'zelensky', reliability: 'D' }),
    );
    expect(filterClaims(judged, filters).map((c) => c.id)).toEqual(['c-jcs']);
  });

  it('ignores judgements about rows the dataset lacks', () => {
    const judged = applyJudgements(dataset, {
      sources: [{ sourceId: 'ghost', reliability: 'A' }],
      claims: [{ claimId: 'ghost', credibility: 1 }],
      ranges: [],
    });
    expect(judged.sources).toEqual(dataset.sources);
    expect(judged.claims).toEqual(dataset.claims);
  });
});

describe('editing judgements', () => {
  it('replaces an earlier judgement of the same row, and drops one that holds nothing', () => {
    let j = withSourceJudgement(EMPTY_JUDGEMENTS, { sourceId: 'jcs', reliability: 'D' });
    j = withSourceJudgement(j, { sourceId: 'jcs', reliability: 'E', note: '  why  ' });
    expect(j.sources).toEqual([{ sourceId: 'jcs', reliability: 'E', note: 'why' }]);
    j = withSourceJudgement(j, { sourceId: 'jcs', note: '   ' });
    expect(j.sources).toEqual([]);
    expect(withClaimJudgement(EMPTY_JUDGEMENTS, { claimId: 'c-jcs', note: 'just a note' }).claims).toEqual([
      { claimId: 'c-jcs', note: 'just a note' },
    ]);
  });

  it('shows the grade in force, the original and the note', () => {
    const j = withSourceJudgement(EMPTY_JUDGEMENTS, { sourceId: 'jcs', reliability: 'E', note: 'n' });
    const grades = indexGrades(dataset, j);
    expect(grades.source('jcs')).toEqual({ current: 'E', original: 'B', byAnalyst: true, note: 'n' });
    expect(grades.source('zelensky')).toEqual({
      current: 'C',
      original: 'C',
      byAnalyst: false,
      note: undefined,
    });
    expect(grades.claim('c-jcs')?.byAnalyst).toBe(false);
    expect(grades.source('ghost')).toBeUndefined();
  });

  it('keys judgements by dataset id and version', () => {
    expect(editionKey(dataset)).toBe('test-dataset@1.0.0');
  });
});

describe('judgements travel with the dataset file', () => {
  it('writes the original grades and the judgements beside them, and reads them back', () => {
    const j = withSourceJudgement(EMPTY_JUDGEMENTS, {
      sourceId: 'jcs',
      reliability: 'E',
      note: 'revised',
      updatedAt: '2026-11-28T05:00:00.000Z',
    });
    const file = JSON.parse(JSON.stringify(datasetWithJudgements(dataset, j))) as unknown;
    const back = parseDataset(file);
    expect(back.ok ? [] : back.issues).toEqual([]);
    if (!back.ok) return;
    expect(back.data.sources[0]?.reliability).toBe('B');
    expect(back.data.analystJudgements).toEqual(j);
  });

  it('writes no judgements section when there are none', () => {
    expect(datasetWithJudgements(dataset, EMPTY_JUDGEMENTS)).not.toHaveProperty('analystJudgements');
  });
});

describe('writing judgements without losing another tab’s', () => {
  const at = (minute: number) => `2026-12-06T10:${String(minute).padStart(2, '0')}:00.000Z`;
  const source = (id: string, reliability: 'A' | 'E', minute: number) => ({
    sourceId: id,
    reliability,
    updatedAt: at(minute),
  });

  it('takes only the rows this tab changed; rows another tab wrote meanwhile stay', () => {
    const before = { sources: [], claims: [] };
    // Tab 1 graded jcs; tab 2, opened before that, now grades zelensky from its stale (empty) copy.
    const stored = { sources: [source('jcs', 'E', 1)], claims: [] };
    const after = { sources: [source('zelensky', 'A', 2)], claims: [] };
    const { merged, overwritten } = mergeJudgements(stored, before, after);
    expect(merged.sources.map((s) => s.sourceId)).toEqual(['jcs', 'zelensky']);
    expect(overwritten).toEqual([]);
  });

  it('gives a row both tabs changed to the newer change, and says which rows', () => {
    const before = { sources: [source('jcs', 'A', 0)], claims: [] };
    const stored = { sources: [source('jcs', 'E', 1)], claims: [] };
    const after = { sources: [source('jcs', 'A', 2)], claims: [] };
    const { merged, overwritten } = mergeJudgements(stored, before, after);
    expect(merged.sources).toEqual([source('jcs', 'A', 2)]);
    expect(overwritten).toEqual([{ kind: 'source', id: 'jcs', at: at(1) }]);
  });

  it('removes a row this tab took back to the original, and only that row', () => {
    const before = { sources: [source('jcs', 'E', 1)], claims: [] };
    const stored = { sources: [source('jcs', 'E', 1), source('zelensky', 'A', 2)], claims: [] };
    const { merged } = mergeJudgements(stored, before, { sources: [], claims: [] });
    expect(merged.sources.map((s) => s.sourceId)).toEqual(['zelensky']);
  });

  it('keeps assessed ranges the same way, one per measure', () => {
    const range = (best: number, minute: number) => assessedRange({ best, updatedAt: at(minute) });
    const before = { sources: [], claims: [], ranges: [range(3000, 0)] };
    const stored = {
      sources: [],
      claims: [],
      ranges: [range(2500, 1), assessedRange({ measure: 'killed' })],
    };
    const after = { sources: [], claims: [], ranges: [range(3500, 2)] };
    const { merged, overwritten } = mergeJudgements(stored, before, after);
    expect(merged.ranges).toEqual([range(3500, 2), assessedRange({ measure: 'killed' })]);
    expect(overwritten).toEqual([{ kind: 'range', id: 'killed-wounded', at: at(1) }]);
    const fromFile = { sources: [], claims: [], ranges: [range(2000, 9)] };
    expect(importJudgements({ sources: [], claims: [] }, fromFile)).toMatchObject({
      added: 1,
      merged: { ranges: [range(2000, 9)] },
    });
  });

  it('brings a file’s judgements in beside the analyst’s own, the newer winning, and counts each case', () => {
    const stored = {
      sources: [source('jcs', 'E', 5), source('zelensky', 'A', 1)],
      claims: [],
    };
    const fromFile = {
      sources: [
        { sourceId: 'jcs', reliability: 'A' as const, note: 'from the file' },
        source('zelensky', 'E', 9),
        source('nis', 'A', 3),
      ],
      claims: [],
    };
    const result = importJudgements(stored, fromFile);
    expect(result).toMatchObject({ added: 1, keptOwn: 1, tookFile: 1 });
    expect(result.merged.sources).toEqual([
      source('jcs', 'E', 5),
      source('zelensky', 'E', 9),
      source('nis', 'A', 3),
    ]);
  });
});

describe('the judgement store', () => {
  it('merges in one read-and-write, and refuses to write over what it cannot read', async () => {
    const kv = memoryStore({ k: { sources: [{ sourceId: 'jcs', reliability: 'E' }], claims: [] } });
    const store = createJudgementStore(kv);
    const empty = { sources: [], claims: [], ranges: [] };
    await store.merge('k', empty, {
      sources: [{ sourceId: 'nis', reliability: 'A' }],
      claims: [],
      ranges: [],
    });
    expect(await store.load('k')).toEqual({
      sources: [
        { sourceId: 'jcs', reliability: 'E' },
        { sourceId: 'nis', reliability: 'A' },
      ],
      claims: [],
      ranges: [],
    });
    const broken = memoryStore({ k: { sources: 'not a list' } });
    await expect(
      createJudgementStore(broken).merge('k', empty, {
        sources: [{ sourceId: 'x' }],
        claims: [],
        ranges: [],
      }),
    ).rejects.toMatchObject({ problem: 'corrupted' });
    expect(broken.data.get('k')).toEqual({ sources: 'not a list' });
  });
});
