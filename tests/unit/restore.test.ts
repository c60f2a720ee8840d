/**
 * Version 1 files (the old bundled file, files users exported with their grades, datasets kept in this
 * browser) are migrated and mean the same; the canonical dataset is itself a valid file that reads back the
 * same; a file from a newer version is refused with a message that says why.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_PALETTE } from '../../src/config/palette';
import { createDatasetLibrary } from '../../src/data/device-datasets';
import { memoryStore } from '../../src/data/kv-store';
import { assignCategoryColours, migrate, shortNameOf } from '../../src/data/restore';
import { parseDataset, parseDatasetText } from '../../src/data/validate';
import { datasetInput, makeDataset, source } from './helpers/factories';

const v1Text = readFileSync(resolve(__dirname, '../fixtures/dataset-v1.json'), 'utf8');
const v1 = () => JSON.parse(v1Text) as Record<string, unknown> & { claims: Record<string, unknown>[] };

/** A version 1 file as a user exported it: with their re-grades and notes beside the dataset's own. */
function v1WithJudgements() {
  return {
    ...v1(),
    analystJudgements: {
      sources: [
        {
          sourceId: 'zelensky',
          reliability: 'D',
          note: 'A party to the war.',
          updatedAt: '2026-11-20T10:00:00.000Z',
        },
      ],
      claims: [{ claimId: 'c-jcs-over-1100', credibility: 3, note: 'JCS said "around".' }],
    },
  };
}

describe('reading a version 1 file', () => {
  it('migrates the old bundled file: one document, the eight categories, every claim citing it', () => {
    const result = parseDataset(v1());
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    expect(result.migratedFrom).toBe(1);
    const { data } = result;
    expect(data.schemaVersion).toBe(2);
    expect(data.documents).toHaveLength(1);
    const [document] = data.documents;
    const article = v1().article as Record<string, string>;
    expect(document).toMatchObject({
      id: 'article',
      kind: 'news-report',
      title: article.title,
      date: { date: article.date, precision: 'day' },
      dateConfidence: article.dateConfidence,
      dateReasoning: article.dateReasoning,
      text: article.text,
    });
    expect(data.categories.map((c) => c.label)).toEqual([
      'Deployment',
      'Equipment',
      'Pact',
      'Casualty estimate',
      'Identity',
      'Border',
      'Assessment',
      'Acknowledgement',
    ]);
    expect(new Set(data.claims.map((c) => c.documentId))).toEqual(new Set(['article']));
    // Every quote keeps its highlight where version 1 had it.
    v1().claims.forEach((c, i) => expect(data.claims[i]?.position).toEqual(c.position));
    expect(data.defaultMeasure).toBe('killed-wounded');
    expect(data.referenceMeasure).toBe('troops-deployed');
  });

  it('keeps an exported file’s grades and notes, which then apply as before', () => {
    const result = parseDataset(v1WithJudgements());
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    // As they were, with the (empty) list of assessed ranges every judgements section now has.
    expect(result.data.analystJudgements).toEqual({ ...v1WithJudgements().analystJudgements, ranges: [] });
  });

  it('names the problems of a broken version 1 file where version 1 had them', () => {
    const broken = v1();
    (broken.article as Record<string, unknown>).text = '';
    broken.claims[0] = { ...broken.claims[0], quote: 'not in the article at all' };
    const result = parseDataset(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual(
      expect.objectContaining({ path: 'article.text', row: 'article', message: 'must not be empty' }),
    );
  });

  it('reads a version 1 dataset kept in this browser’s storage, and keeps it working', async () => {
    const kv = memoryStore();
    const oldCanonical = { ...v1(), claims: v1().claims };
    await kv.set('data:old@1.1.0', oldCanonical);
    const loaded = await createDatasetLibrary(kv).load('old@1.1.0');
    expect(loaded.ok && loaded.data.documents[0]?.id).toBe('article');
  });

  it('migrates only files of version 1: a version 2 file is read as it is', () => {
    const input = datasetInput();
    const migrated = migrate(input as Record<string, unknown>);
    expect(migrated).toEqual({ ok: true, value: input, from: 2 });
  });
});

describe('a file of a newer version', () => {
  it('is refused with a message that says so and what to do', () => {
    const result = parseDataset({ ...datasetInput(), schemaVersion: 3 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ field: 'schemaVersion' });
    expect(result.issues[0]?.message).toMatch(/is 3: the file was written by a newer version of Claimscope/);
    expect(result.issues[0]?.message).toMatch(/reads schema versions 1 and 2/);
  });

  it('that is not a whole number goes to the schema, which says which version it expects', () => {
    const result = parseDataset({ ...datasetInput(), schemaVersion: '2' });
    expect(result.ok ? [] : result.issues.map((i) => i.field)).toContain('schemaVersion');
  });
});

describe('the canonical dataset', () => {
  it('is a valid version 2 file that reads back to the same dataset', () => {
    const migrated = parseDataset(v1());
    if (!migrated.ok) throw new Error('the version 1 file no longer reads');
    for (const dataset of [makeDataset(), migrated.data]) {
      const again = parseDatasetText(JSON.stringify(dataset));
      expect(again.ok && again.data).toEqual(dataset);
    }
  });

  it('fills what the file left to defaults: short names and category colours', () => {
    const long = 'Ministry of Defence of the Republic of Examples, Press Office';
    const dataset = makeDataset({
      sources: [
        source({ shortName: undefined, name: long }),
        source({ id: 'zelensky', shortName: undefined, name: 'Zelensky' }),
      ],
    });
    expect(dataset.sources.map((s) => s.shortName)).toEqual([shortNameOf(long), 'Zelensky']);
    expect(shortNameOf(long).length).toBeLessThanOrEqual(40);
    expect(shortNameOf(long)).toMatch(/…$/);
    expect(dataset.categories.every((c) => /^#[0-9a-f]{6}$/i.test(c.colour))).toBe(true);
  });

  it('keeps the colours a file gives and hands out the palette’s others in order, stable per file', () => {
    const given = CATEGORY_PALETTE[0];
    const colours = assignCategoryColours([
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B', colour: given },
      { id: 'c', label: 'C' },
    ]).map((c) => c.colour);
    expect(colours).toEqual([CATEGORY_PALETTE[1], given, CATEGORY_PALETTE[2]]);
    const again = assignCategoryColours([
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B', colour: given },
      { id: 'c', label: 'C' },
    ]).map((c) => c.colour);
    expect(again).toEqual(colours);
  });
});
