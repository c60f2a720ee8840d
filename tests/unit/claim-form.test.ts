import { describe, expect, it } from 'vitest';
import { createDataset, addDocument, saveSource } from '../../src/data/edit';
import { parseDataset, type Dataset } from '../../src/data/validate';
import {
  autoSummary,
  claimRow,
  initialValues,
  NEW,
  saveClaim,
  sourceNamed,
} from '../../src/features/authoring/claim-form';

const TEXT =
  'The JCS said over 1,100 North Korean soldiers have been killed or wounded.\nIn 2024 about 12,000 troops were sent.';

function withReport(): Dataset {
  const d = createDataset({ title: 'Test', description: 'Test.' });
  const doc = addDocument(d, {
    title: 'Report',
    kind: 'news-report',
    date: { date: '2024-12-23', precision: 'day' },
    text: TEXT,
  });
  if (!doc.ok) throw new Error(doc.message);
  return doc.dataset;
}

const spanOf = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

describe('the claim form', () => {
  it('opens with the figure read from the quote and the measure its words propose', () => {
    const d = withReport();
    const at = spanOf('over 1,100');
    const v = initialValues(d, d.documents[0]?.id ?? '', 'over 1,100', TEXT.slice(at.end));
    expect(v).toMatchObject({
      hasFigure: 'yes',
      bound: 'more-than',
      low: '1100',
      high: '',
      stated: 'over 1,100',
      measure: NEW,
      measureLabel: 'Killed and wounded',
      measureUnit: 'troops',
      asOf: '2024-12-23',
      credibility: '',
    });
  });

  it('opens without a figure for words with none, and leaves a year alone', () => {
    const d = withReport();
    const v = initialValues(d, d.documents[0]?.id ?? '', 'In 2024', ' about 12,000 troops were sent.');
    expect(v.hasFigure).toBe('no');
  });

  it('saves a new source, category and measure with the claim as one change, and the file stays valid', () => {
    const d = withReport();
    const documentId = d.documents[0]?.id ?? '';
    const at = spanOf('over 1,100');
    const v = {
      ...initialValues(d, documentId, 'over 1,100', TEXT.slice(at.end)),
      source: 'Joint Chiefs of Staff',
      reliability: 'B',
      reliabilityRationale: 'Usually reliable.',
      category: 'Casualty estimate',
      credibility: '2',
      credibilityRationale: 'Official.',
    };
    expect(autoSummary(d, v)).toBe('Joint Chiefs of Staff: more than 1,100 killed and wounded');
    const result = saveClaim(d, documentId, v, { span: at });
    if (!result.ok) throw new Error(result.message);
    const out = result.dataset;
    expect(out.sources.map((s) => [s.id, s.reliability])).toEqual([['joint-chiefs-of-staff', 'B']]);
    expect(out.categories.map((c) => c.label)).toEqual(['Casualty estimate']);
    expect(out.measures.map((m) => [m.id, m.unit])).toEqual([['killed-and-wounded', 'troops']]);
    expect(out.claims[0]).toMatchObject({
      sourceId: 'joint-chiefs-of-staff',
      category: 'casualty-estimate',
      summary: 'Joint Chiefs of Staff: more than 1,100 killed and wounded',
      figure: { measure: 'killed-and-wounded', bound: 'more-than', low: 1100, stated: 'over 1,100' },
      position: at,
    });
    expect(parseDataset(JSON.parse(JSON.stringify(out))).ok).toBe(true);
    // One change: its inverse takes all four rows away again.
    expect(result.inverse.length).toBeGreaterThan(0);
  });

  it('refuses the whole change when the claim is refused: no source or category is left behind', () => {
    const d = withReport();
    const v = {
      ...initialValues(d, d.documents[0]?.id ?? '', 'over 1,100', ''),
      source: 'New source',
      category: 'New',
      credibility: '',
      credibilityRationale: '',
    };
    const result = saveClaim(d, d.documents[0]?.id ?? '', v, { span: spanOf('over 1,100') });
    expect(result.ok).toBe(false);
    expect(d.sources).toEqual([]);
  });

  it('finds an existing source by its name or short name, in any case', () => {
    const made = saveSource(withReport(), { name: 'Volodymyr Zelensky', shortName: 'Zelensky' });
    if (!made.ok) throw new Error(made.message);
    expect(sourceNamed(made.dataset, 'zelensky')?.id).toBe('volodymyr-zelensky');
    expect(sourceNamed(made.dataset, ' Volodymyr Zelensky ')?.id).toBe('volodymyr-zelensky');
    expect(sourceNamed(made.dataset, 'Kyiv')).toBeNull();
  });

  it('writes a number with thousands separators as a number', () => {
    const d = withReport();
    const v = {
      ...initialValues(d, d.documents[0]?.id ?? '', 'over 1,100', ''),
      low: '1,100',
      bound: 'more-than',
    };
    expect(claimRow(d, d.documents[0]?.id ?? '', v).figure?.low).toBe(1100);
  });
});
