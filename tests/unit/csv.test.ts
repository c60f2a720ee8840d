/** CSV cells (src/lib/csv.ts) and the claims and events table written with them (src/data/export/csv.ts). */
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/lib/csv';
import { claimsAndEventsCsv, claimsAndEventsRows, CSV_HEADER } from '../../src/data/export/csv';
import { parseCsv } from '../e2e/helpers/csv';
import { assessedRange, claim, event, makeDataset } from './helpers/factories';

describe('CSV cells', () => {
  it('quotes fields holding quotes, commas or line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "over 1,100"')).toBe('"say ""over 1,100"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(3000)).toBe('3000');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    [' =1+1', "' =1+1"],
    ['  @SUM(A1)', "'  @SUM(A1)"],
    ['\n-2', `"'\n-2"`],
  ])('defuses a formula-like cell %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('leaves numbers and inner signs alone', () => {
    expect(csvCell('1,100–3,000')).toBe('"1,100–3,000"');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('joins rows with CRLF and re-reads to the same cells', () => {
    const rows = [
      ['a, "b"', 'line\nbreak', 7],
      ['=cmd', '', null],
    ];
    const text = toCsv(['x', 'y', 'z'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([
      ['x', 'y', 'z'],
      ['a, "b"', 'line\nbreak', '7'],
      ["'=cmd", '', ''],
    ]);
  });
});

describe('the claims and events table', () => {
  it('has one row per filtered claim and event, with quotes and citations', () => {
    const dataset = makeDataset();
    const rows = claimsAndEventsRows(dataset, dataset.claims, dataset.events);
    expect(rows).toHaveLength(3);
    const col = (name: (typeof CSV_HEADER)[number]) => CSV_HEADER.indexOf(name);
    const [jcs, , ev] = rows;
    expect(jcs?.[col('kind')]).toBe('claim');
    expect(jcs?.[col('text')]).toBe('over 1,100 troops were killed or wounded');
    expect(jcs?.[col('sources')]).toBe('Joint Chiefs of Staff (South Korea)');
    expect(jcs?.[col('source_reliability')]).toBe('B');
    expect(ev?.[col('kind')]).toBe('event');
    expect(ev?.[col('citations')]).toBe('A report — A publisher <https://example.org/report>');
    expect(rows.every((r) => r.length === CSV_HEADER.length)).toBe(true);
  });

  it('survives hostile text: the file re-reads to the same rows', () => {
    const dataset = makeDataset({
      events: [event({ description: '=IMPORTXML("http://evil")\n"quoted", and more' })],
    });
    const text = claimsAndEventsCsv(dataset, dataset.claims, dataset.events);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...CSV_HEADER]);
    const expected = claimsAndEventsRows(dataset, dataset.claims, dataset.events).map((r) =>
      r.map((c) => (c === null || c === undefined ? '' : typeof c === 'number' ? String(c) : c)),
    );
    expect(rows.map((r) => r[1])).toEqual(expected.map((r) => r[1]));
    const description = rows[2]?.[CSV_HEADER.indexOf('text')];
    expect(description).toBe('\'=IMPORTXML("http://evil")\n"quoted", and more');
  });
});

describe('the analyst’s assessed range in the CSV', () => {
  it('follows the data as a row of its own, marked as the analyst’s, with low, best, high and reasoning', () => {
    const dataset = makeDataset({ claims: [claim()] });
    const range = assessedRange({ claimIds: ['c-jcs'], confidence: 'high', reasoning: '=risky "start"' });
    const [header, ...rows] = parseCsv(claimsAndEventsCsv(dataset, dataset.claims, dataset.events, [range]));
    const col = (name: (typeof CSV_HEADER)[number]) => header?.indexOf(name) ?? -1;
    const last = rows.at(-1) ?? [];
    expect(last[col('kind')]).toBe('analyst-range');
    expect(last[col('sources')]).toBe('Analyst (own judgement)');
    expect([last[col('low')], last[col('best')], last[col('high')]]).toEqual(['1500', '3000', '4000']);
    expect(last[col('grade')]).toBe('likelihood likely (55–80 %); high confidence');
    expect(last[col('summary')]).toContain('Analyst’s assessment (as of 23 Dec 2024)');
    expect(last[col('text')]).toBe('\'=risky "start"');
    expect(last[col('linked_claims')]).toBe('c-jcs');
    expect(rows.every((r) => r.length === CSV_HEADER.length)).toBe(true);
  });
});
