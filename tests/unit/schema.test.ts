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
      expect.objectContaining({ field: 'quote', message: 'is not found word for word in the article text' }),
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
        message: 'a context event must cite at least one public source',
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
