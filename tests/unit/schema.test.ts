import { describe, expect, it } from 'vitest';
import { parseDataset, parseDatasetText } from '../../src/data/validate';
import { claim, datasetInput, event, source } from './helpers/factories';

function issuesOf(input: unknown) {
  const result = parseDataset(input);
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.issues;
}

describe('parseDataset', () => {
  it('accepts a minimal valid dataset and derives claim positions from the quotes', () => {
    const result = parseDataset(datasetInput());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [first] = result.data.claims;
    expect(first?.position).toEqual({
      start: 13,
      end: 13 + 'over 1,100 troops were killed or wounded'.length,
    });
  });

  it('names the row (with its id) and the field of a wrong type', () => {
    const issues = issuesOf(datasetInput({ claims: [claim({ credibility: 9 as never })] }));
    expect(issues).toContainEqual(
      expect.objectContaining({ row: 'claims[0] (c-jcs)', field: 'credibility' }),
    );
  });

  it('reports a missing field as missing', () => {
    const withoutSummary: Record<string, unknown> = { ...claim() };
    delete withoutSummary.summary;
    const [issue] = issuesOf(datasetInput({ claims: [withoutSummary as never] }));
    expect(issue).toMatchObject({
      row: 'claims[0] (c-jcs)',
      field: 'summary',
      message: 'is missing (expected string)',
    });
  });

  it('rejects a quote that is not word for word in the article', () => {
    const issues = issuesOf(datasetInput({ claims: [claim({ quote: 'over 1,200 troops were killed' })] }));
    expect(issues).toContainEqual(
      expect.objectContaining({
        field: 'quote',
        message: 'is not found word for word in the text of document "article"',
      }),
    );
  });

  it('rejects a position that does not match the quote, and says where the quote is', () => {
    const issues = issuesOf(datasetInput({ claims: [claim({ position: { start: 0, end: 10 } })] }));
    expect(issues).toContainEqual(
      expect.objectContaining({
        field: 'position',
        message: 'does not match the quote (the quote starts at 13)',
      }),
    );
  });

  it('rejects duplicate ids and dangling references', () => {
    const issues = issuesOf(
      datasetInput({
        sources: [source(), source()],
        events: [event({ sourceIds: ['nobody'], claimIds: ['c-missing'], placeIds: ['p-nowhere'] })],
      }),
    );
    const messages = issues.map((i) => `${i.row} › ${i.field}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'sources[1] (jcs) › id: duplicate id "jcs"',
        'events[0] (e-1) › sourceIds[0]: refers to unknown source "nobody"',
        'events[0] (e-1) › claimIds[0]: refers to unknown claim "c-missing"',
        'events[0] (e-1) › placeIds[0]: refers to unknown place "p-nowhere"',
      ]),
    );
  });

  it('rejects low above high, and a range without its high bound', () => {
    const swapped = issuesOf(
      datasetInput({
        claims: [
          claim({
            figure: { measure: 'killed-wounded', bound: 'range', low: 3000, high: 1100, stated: 'x' },
          }),
        ],
      }),
    );
    expect(swapped).toContainEqual(
      expect.objectContaining({ field: 'figure.high', message: 'must be ≥ low (3000)' }),
    );
    const open = issuesOf(
      datasetInput({
        claims: [claim({ figure: { measure: 'killed-wounded', bound: 'range', low: 1, stated: 'x' } })],
      }),
    );
    expect(open).toContainEqual(
      expect.objectContaining({ field: 'figure.high', message: 'is required when bound is "range"' }),
    );
  });

  it('rejects impossible dates and negative numbers', () => {
    const issues = issuesOf(
      datasetInput({
        events: [event({ date: { date: '2024-02-30', precision: 'day' } })],
        claims: [claim({ figure: { measure: 'killed-wounded', bound: 'exact', low: -5, stated: 'x' } })],
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        row: 'events[0] (e-1)',
        field: 'date.date',
        message: 'is not a real calendar date',
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ field: 'figure.low', message: 'must not be negative' }),
    );
  });

  it('requires a citation on every context event', () => {
    const issues = issuesOf(datasetInput({ events: [event({ citations: [] })] }));
    expect(issues).toContainEqual(
      expect.objectContaining({
        field: 'citations',
        message: 'a context event must cite at least one source',
      }),
    );
  });

  it('rejects unknown fields rather than silently dropping them', () => {
    const issues = issuesOf(datasetInput({ claims: [{ ...claim(), colour: 'red' } as never] }));
    expect(issues[0]?.message).toBe('unknown field "colour"');
  });

  it('rejects a month-precision date that is not written as the first of the month', () => {
    const issues = issuesOf(
      datasetInput({ events: [event({ date: { date: '2025-01-15', precision: 'month' } })] }),
    );
    expect(issues[0]?.field).toBe('date.date');
  });

  it('reports non-objects and broken JSON without throwing', () => {
    expect(parseDataset([])).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringContaining('an array') }],
    });
    expect(parseDatasetText('{"id": ')).toMatchObject({
      ok: false,
      issues: [{ row: 'file', message: expect.stringContaining('is not valid JSON') }],
    });
  });

  it('rejects a citation URL that is not http(s)', () => {
    const issues = issuesOf(
      datasetInput({
        events: [event({ citations: [{ title: 't', publisher: 'p', url: 'javascript:alert(1)' }] })],
      }),
    );
    expect(issues.some((i) => i.field === 'citations[0].url')).toBe(true);
  });
});

describe('version 2: documents, declared categories, citations without links, event figures', () => {
  const lines = (issues: { row: string; field: string; message: string }[]) =>
    issues.map((i) => `${i.row} › ${i.field}: ${i.message}`);

  it('rejects a claim citing a missing document, an undeclared category, duplicate documents and a quote not found', () => {
    const issues = issuesOf(
      datasetInput({
        documents: [
          {
            id: 'article',
            title: 'A',
            kind: 'news-report',
            date: { date: '2024-12-23', precision: 'day' },
            text: 'The JCS says over 1,100.',
          },
          { id: 'article', title: 'B', kind: 'statement', date: { date: '2024-12-23', precision: 'day' } },
        ],
        claims: [
          claim({ documentId: 'nowhere', quote: 'over 1,100' }),
          claim({ id: 'c-2', category: 'weather', quote: 'over 1,100' }),
          claim({ id: 'c-3', quote: 'a sentence it never had' }),
        ],
        events: [event({ category: 'weather', alsoCategories: ['deployment', 'rain'] })],
      }),
    );
    expect(lines(issues)).toEqual(
      expect.arrayContaining([
        'documents[1] (article) › id: duplicate id "article"',
        'claims[0] (c-jcs) › documentId: refers to unknown document "nowhere"',
        'claims[1] (c-2) › category: refers to category "weather", which the dataset does not declare in categories',
        'claims[2] (c-3) › quote: is not found word for word in the text of document "article"',
        'events[0] (e-1) › category: refers to category "weather", which the dataset does not declare in categories',
        'events[0] (e-1) › alsoCategories[1]: refers to category "rain", which the dataset does not declare in categories',
      ]),
    );
  });

  it('reports cross-row problems beside shape problems, so a file is fixed in one round', () => {
    const issues = issuesOf(
      datasetInput({
        claims: [claim({ credibility: 9 as never }), claim({ id: 'c-jcs', category: 'weather' })],
      }),
    );
    expect(lines(issues)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^claims\[0\] \(c-jcs\) › credibility: /),
        'claims[1] (c-jcs) › id: duplicate id "c-jcs"',
        'claims[1] (c-jcs) › category: refers to category "weather", which the dataset does not declare in categories',
      ]),
    );
  });

  it('accepts a claim of a document without text (no position, no highlight)', () => {
    const result = parseDataset(
      datasetInput({
        documents: [
          {
            id: 'x-post',
            title: 'A post',
            kind: 'social-post',
            date: { date: '2024-12-23', precision: 'day' },
          },
        ],
        claims: [claim({ documentId: 'x-post', quote: 'already exceeded 3,000' })],
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.data.claims[0]?.position).toBeUndefined();
  });

  it('refuses a position given for a claim whose quote is elsewhere in its document', () => {
    const issues = issuesOf(datasetInput({ claims: [claim({ position: { start: 0, end: 10 } })] }));
    expect(issues[0]).toMatchObject({
      field: 'position',
      message: 'does not match the quote (the quote starts at 13)',
    });
  });

  it('takes citations by title or publisher, with or without a link, and refuses one with neither', () => {
    const ok = parseDataset(
      datasetInput({
        events: [
          event({
            citations: [{ publisher: 'Ukrainska Pravda' }, { title: 'Print edition', date: '2024-12-20' }],
          }),
        ],
      }),
    );
    expect(ok.ok).toBe(true);
    const issues = issuesOf(
      datasetInput({ events: [event({ citations: [{ url: 'https://example.org/a' }] })] }),
    );
    expect(lines(issues)).toEqual([
      'events[0] (e-1) › citations[0].title: a citation needs a title or a publisher',
    ]);
  });

  it('keeps a UCDP low/best/high as it is, and refuses a best outside its bounds', () => {
    const figure = {
      measure: 'killed-wounded',
      bound: 'range' as const,
      low: 12,
      best: 15,
      high: 30,
      sourceId: 'jcs',
    };
    const result = parseDataset(datasetInput({ events: [event({ figures: [figure] })] }));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.data.events[0]?.figures).toEqual([figure]);
    const issues = issuesOf(datasetInput({ events: [event({ figures: [{ ...figure, best: 31 }] })] }));
    expect(lines(issues)).toEqual(['events[0] (e-1) › figures[0].best: must be ≤ high (30)']);
  });

  it('leaves unknown what real data cannot fill: a source’s kind, country and grade; a place’s kind', () => {
    const result = parseDataset(
      datasetInput({
        sources: [
          { id: 'jcs', name: 'JCS' },
          { id: 'zelensky', name: 'Zelensky' },
        ],
        places: [
          {
            id: 'p',
            name: 'Donetsk oblast',
            lat: 48,
            lon: 37.8,
            precision: { kind: 'approximate', radiusKm: 650 },
          },
        ],
        events: [event({ time: '23:40', confidence: undefined })],
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.data.sources[0]).toEqual({ id: 'jcs', name: 'JCS', shortName: 'JCS' });
    expect(result.data.events[0]?.time).toBe('23:40');
    expect(issuesOf(datasetInput({ events: [event({ time: '24:00' })] }))[0]?.field).toBe('time');
  });
});

describe('text and figures an export could not carry, or that say nothing', () => {
  const lines = (issues: { row: string; field: string; message: string }[]) =>
    issues.map((i) => `${i.row} › ${i.field}: ${i.message}`);

  it('treats text of zero-width characters alone as empty', () => {
    const issues = issuesOf(datasetInput({ sources: [source({ name: '\u200B\u200C\u2060' })] }));
    expect(lines(issues)).toContain('sources[0] (jcs) › name: must not be empty');
  });

  it('refuses a character XML forbids, naming it, wherever text is', () => {
    const issues = issuesOf(
      datasetInput({
        sources: [source({ name: 'JCS\u0001' }), source({ id: 'zelensky', shortName: 'Z\uFFFE' })],
        events: [event({ description: 'A lone \uD800 surrogate.' })],
      }),
    );
    expect(lines(issues)).toEqual(
      expect.arrayContaining([
        'sources[0] (jcs) › name: holds a control character (U+0001) that exports cannot carry: remove it',
        'sources[1] (zelensky) › shortName: holds a control character (U+FFFE) that exports cannot carry: remove it',
        'events[0] (e-1) › description: holds a control character (U+D800) that exports cannot carry: remove it',
      ]),
    );
  });

  it('keeps right-to-left text and its marks: they are shown isolated, not refused', () => {
    const result = parseDataset(
      datasetInput({
        sources: [source({ name: '\u202Eعربي JCS' }), source({ id: 'zelensky', name: 'Zelensky' })],
      }),
    );
    expect(result.ok).toBe(true);
  });

  it('refuses a fraction of a count, and takes it for a measure of quantities', () => {
    const figure = (low: number) => ({
      measure: 'killed-wounded',
      bound: 'more-than' as const,
      low,
      stated: 'x',
    });
    const issues = issuesOf(datasetInput({ claims: [claim({ figure: figure(1e-300) })] }));
    expect(lines(issues)).toEqual([
      'claims[0] (c-jcs) › figure.low: is 1e-300, but “Killed and wounded” counts whole things: use a whole number, or give the measure the kind "quantity"',
    ]);
    const share = parseDataset(
      datasetInput({
        measures: [
          { id: 'killed-wounded', label: 'Killed and wounded', unit: 'share of force', kind: 'quantity' },
          { id: 'troops-deployed', label: 'Troops deployed', unit: 'troops' },
        ],
        claims: [claim({ figure: figure(0.5) })],
      }),
    );
    expect(share.ok).toBe(true);
    expect(parseDataset(datasetInput({ claims: [claim({ figure: figure(-0) })] })).ok).toBe(true);
  });
});
