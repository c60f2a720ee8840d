import { describe, expect, it } from 'vitest';
import { datasetIndex, gradeOrder } from '../../src/data/dataset-index';
import { datasetEstimates } from '../../src/data/estimates';
import { generateDataset } from '../../src/data/generate';
import { applyJudgements, EMPTY_JUDGEMENTS, withSourceJudgement } from '../../src/data/judgements';
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

describe('a dataset the analyst re-graded', () => {
  const original = generated(2_000);
  const graded = original.sources[0];
  if (!graded) throw new Error('generated data has sources');
  const regrade = graded.reliability === 'F' ? 'A' : 'F';
  const judged = applyJudgements(
    original,
    withSourceJudgement(EMPTY_JUDGEMENTS, { sourceId: graded.id, reliability: regrade }),
  );

  it('keeps the rows’ index and reads the sources’ grades again', () => {
    const before = datasetIndex(original);
    const after = datasetIndex(judged);
    expect(after.events).toBe(before.events);
    expect(after.claims).toBe(before.claims);
    expect(after.sourceGrade[0]).toBe(gradeOrder(regrade));
    expect(after.sourceGrade.slice(1)).toEqual(before.sourceGrade.slice(1));
    // Built from scratch, the index is the same.
    const fresh = datasetIndex(structuredClone(judged));
    expect(after.sourceGrade).toEqual(fresh.sourceGrade);
    expect(after.events.values).toEqual(fresh.events.values);
  });

  it('keeps the events’ estimates, each with its source’s grade as it is now', () => {
    const before = datasetEstimates(original);
    const after = datasetEstimates(judged);
    const fresh = datasetEstimates(structuredClone(judged));
    expect(after.all).toEqual(fresh.all);
    expect(after.rows).toEqual(fresh.rows);
    const untouched = after.all.findIndex((e) => e.kind === 'event' && e.sourceId !== graded.id);
    expect(after.all[untouched]).toBe(before.all[untouched]);
    expect(after.all.filter((e) => e.sourceId === graded.id).every((e) => e.reliability === regrade)).toBe(
      true,
    );
  });

  it('is indexed anew when a row itself changed, not only a grade', () => {
    datasetIndex(original);
    const first = original.claims[0];
    if (!first) throw new Error('generated data has claims');
    const edited = {
      ...original,
      claims: [{ ...first, quote: `${first.quote} (edited)` }, ...original.claims.slice(1)],
    };
    expect(datasetIndex(edited).claims).not.toBe(datasetIndex(original).claims);
  });
});
