import { describe, expect, it } from 'vitest';
import { filterClaims } from '../../src/data/filter';
import {
  applyJudgements,
  datasetWithJudgements,
  EMPTY_JUDGEMENTS,
  indexGrades,
  withClaimJudgement,
  withSourceJudgement,
} from '../../src/data/judgements';
import { editionKey } from '../../src/data/dataset-keys';
import { parseDataset } from '../../src/data/validate';
import { DEFAULT_FILTERS } from '../../src/data/filters';
import { makeDataset } from './helpers/factories';

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
