/** Problem reports: grouped so one fix clears a group, counted exactly, and written out in full as CSV. */
import { describe, expect, it } from 'vitest';
import {
  groupCount,
  groupIssues,
  groupRows,
  groupTitle,
  issuesCsv,
  reportHeading,
  reportLines,
  type IssueGroup,
  type IssueReport,
} from '../../src/data/issue-report';
import { parseDataset, type DataIssue, type Problems } from '../../src/data/validate';
import { parseCsv } from '../e2e/helpers/csv';
import { datasetInput, event } from './helpers/factories';

function problemsOf(input: unknown): Problems {
  const result = parseDataset(input);
  if (result.ok) throw new Error('expected the file to be refused');
  return result;
}

const issue = (row: string, field: string, message: string, path = ''): DataIssue => ({
  path,
  row,
  field,
  message,
});

/** A file converted with a few wrong mappings: thousands of problems of four kinds, one per row each. */
const ROWS = 5_000;
const badEvents = () =>
  datasetInput({
    events: Array.from({ length: ROWS }, (_, i) =>
      event({
        id: `e-${i}`,
        category: i % 2 === 1 ? 'Battles' : 'casualty-estimate',
        date: { date: i % 3 === 0 ? '2024-02-30' : '2024-02-03', precision: 'day' },
        description: i % 10 === 0 ? 'x'.repeat(4_001 + i) : 'A row.',
        citations: [{ title: 'T', publisher: 'P', url: i % 7 === 0 ? 'ftp://x.org/a' : 'https://x.org/a' }],
      }),
    ),
  });
const every = (n: number) => Math.ceil(ROWS / n);
function nth(report: IssueReport, i: number): IssueGroup {
  const group = report.groups[i];
  if (!group) throw new Error(`no group ${i}`);
  return group;
}
const odd = Math.floor(ROWS / 2);

describe('grouping a file with thousands of problems of a few kinds', () => {
  const problems = problemsOf(badEvents());
  const report = groupIssues(problems);

  it('counts every problem exactly, and every one is in exactly one group', () => {
    const expected = odd + every(3) + every(7) + every(10);
    expect(problems.issues).toHaveLength(expected);
    expect(report.total).toBe(expected);
    expect(report.capped).toBe(false);
    expect(report.groups.reduce((sum, g) => sum + g.count, 0)).toBe(expected);
    expect(new Set(report.groups.flatMap((g) => g.issues)).size).toBe(expected);
    expect(reportHeading(report)).toBe(`${expected.toLocaleString('en-GB')} problems in 4 groups`);
  });

  it('groups by list, field and message, largest group first, with the first rows of each', () => {
    expect(report.groups.map((g) => [groupTitle(g), g.count, g.rowCount, g.firstRows.join(', ')])).toEqual([
      [
        'events › category: refers to category "Battles", which the dataset does not declare in categories',
        odd,
        odd,
        'events[1] (e-1), events[3] (e-3), events[5] (e-5)',
      ],
      [
        'events › date.date: is not a real calendar date',
        every(3),
        every(3),
        'events[0] (e-0), events[3] (e-3), events[6] (e-6)',
      ],
      [
        'events › citations[].url: must start with http:// or https://',
        every(7),
        every(7),
        'events[0] (e-0), events[7] (e-7), events[14] (e-14)',
      ],
      [
        // The length differs from row to row and is folded; the limit every row shares is kept.
        'events › description: is too long: … characters, at most 4000 allowed',
        every(10),
        every(10),
        'events[0] (e-0), events[10] (e-10), events[20] (e-20)',
      ],
    ]);
  });

  it('keeps each group’s problems whole and in file order', () => {
    const dates = nth(report, 1).issues;
    expect(dates.map((i) => i.path)).toEqual(
      Array.from({ length: every(3) }, (_, k) => `events[${k * 3}].date.date`),
    );
    expect(groupRows(nth(report, 1))).toBe('events[0] (e-0), events[3] (e-3), events[6] (e-6), …');
    expect(groupCount(nth(report, 1))).toBe(`${every(3).toLocaleString('en-GB')} rows`);
  });

  it('prints the grouped report, and with `all` every problem under its group', () => {
    const short = reportLines(report);
    expect(short).toHaveLength(1 + 2 * report.groups.length);
    expect(short[1]).toBe(`  ${groupTitle(nth(report, 0))} — ${odd.toLocaleString('en-GB')} rows`);
    expect(short[2]).toBe('    events[1] (e-1), events[3] (e-3), events[5] (e-5), …');
    const all = reportLines(report, { all: true });
    expect(all).toHaveLength(1 + report.groups.length + report.total);
    expect(all).toContain(
      '    events[4990] (e-4990) › description: is too long: 8991 characters, at most 4000 allowed',
    );
  });

  it('writes every problem to CSV as row, field and message', () => {
    const rows = parseCsv(issuesCsv(problems.issues));
    expect(rows[0]).toEqual(['row', 'field', 'message']);
    expect(rows).toHaveLength(problems.issues.length + 1);
    expect(rows.slice(1)).toEqual(problems.issues.map((i) => [i.row, i.field, i.message]));
  });
});

describe('folding what differs from row to row', () => {
  it('folds the values a message names when they differ, and counts rows apart from problems', () => {
    const events = Array.from({ length: 50 }, (_, i) =>
      event({
        id: `e-${i}`,
        placeIds: i % 5 === 0 ? [`p-${i}`, 'p-x'] : [`p-${i}`],
        sourceIds: ['nobody'],
      }),
    );
    const report = groupIssues(problemsOf(datasetInput({ events })));
    expect(report.groups.map((g) => `${groupTitle(g)} — ${groupCount(g)}`)).toEqual([
      'events › placeIds[]: refers to unknown place "…" — 60 problems in 50 rows',
      'events › sourceIds[]: refers to unknown source "nobody" — 50 rows',
    ]);
  });

  it('keeps a message whole when its group has one problem, or all share its values', () => {
    const report = groupIssues({
      issues: [
        issue('claims[1] (c-1)', 'id', 'duplicate id "c-1"'),
        issue('claims[4] (c-1)', 'id', 'duplicate id "c-1"'),
        issue('events[2] (e-2)', 'id', 'duplicate id "e-2"'),
      ],
    });
    expect(report.groups.map(groupTitle)).toEqual([
      'claims › id: duplicate id "c-1"',
      'events › id: duplicate id "e-2"',
    ]);
    expect(report.groups.map(groupRows)).toEqual(['claims[1] (c-1), claims[4] (c-1)', 'events[2] (e-2)']);
  });

  it('folds a list of quoted names as one value, numbers and dates as one each', () => {
    const report = groupIssues({
      issues: [
        issue('sources[0] (a)', '', 'unknown fields "x", "y"'),
        issue('sources[1] (b)', '', 'unknown fields "z", "w", "v"'),
        issue('claims[0] (c)', 'asOf.date', 'must not be after 2025-01-31 (got 2025-03-01)'),
        issue('claims[1] (d)', 'asOf.date', 'must not be after 2025-01-31 (got 2026-12-01)'),
        issue('claims[2] (e)', 'figure.low', 'is too small: -1,200.5, at least 0 expected'),
        issue('claims[3] (f)', 'figure.low', 'is too small: -3, at least 0 expected'),
      ],
    });
    expect(report.groups.map(groupTitle)).toEqual([
      'sources: unknown fields "…"',
      'claims › asOf.date: must not be after 2025-01-31 (got …)',
      'claims › figure.low: is too small: …, at least 0 expected',
    ]);
  });

  it('breaks ties between groups of one size by the order found', () => {
    const report = groupIssues({
      issues: [
        issue('places[0] (p)', 'name', 'must not be empty'),
        issue('claims[0] (c)', 'quote', 'is not found word for word in the article text'),
        issue('claims[1] (d)', 'quote', 'is not found word for word in the article text'),
        issue('places[1] (q)', 'name', 'must not be empty'),
      ],
    });
    expect(report.groups.map((g) => g.list)).toEqual(['places', 'claims']);
  });

  it('speaks of problems, not rows, for the file or the dataset as a whole', () => {
    const report = groupIssues({
      issues: [
        issue('file', '', 'is not valid JSON: Unexpected end of JSON input'),
        issue('dataset', 'sources', 'has too few items: 0, at least 1 expected', 'sources'),
      ],
    });
    expect(report.groups.map((g) => [groupTitle(g), groupCount(g), groupRows(g)])).toEqual([
      ['file: is not valid JSON: Unexpected end of JSON input', '1 problem', null],
      ['dataset › sources: has too few items: 0, at least 1 expected', '1 problem', null],
    ]);
    expect(reportHeading(report)).toBe('2 problems in 2 groups');
  });
});

describe('a report whose checks stopped at their cap', () => {
  it('says "at least" and why', () => {
    const issues = Array.from({ length: 1_000 }, (_, i) =>
      issue(`events[${i}] (e-${i})`, '__proto__', 'uses the reserved name "__proto__", which is refused'),
    );
    const report = groupIssues({ issues, capped: true });
    expect(reportHeading(report)).toBe('At least 1,000 problems in 1 group');
    expect(reportLines(report)[1]).toBe(
      'The checks stopped after 1,000 problems; fix these and check the file again for the rest.',
    );
  });

  it('is exact otherwise, down to one', () => {
    expect(reportHeading(groupIssues({ issues: [issue('file', '', 'is empty')] }))).toBe(
      '1 problem in 1 group',
    );
    expect(reportHeading(groupIssues({ issues: [] }))).toBe('0 problems in 0 groups');
  });
});

describe('CSV of the problems', () => {
  it('defuses cells a spreadsheet would run, quotes what RFC 4180 needs, and starts with a BOM', () => {
    const issues = [
      issue('events[0] (=cmd)', '@x', '=HYPERLINK("http://x")'),
      issue('events[1] (e-1)', 'description', ' +1+1, then "more"'),
      issue('dataset', '', '-2 is\ntoo small'),
    ];
    const text = issuesCsv(issues);
    expect(text.startsWith('\uFEFFrow,field,message\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([
      ['row', 'field', 'message'],
      ['events[0] (=cmd)', "'@x", `'=HYPERLINK("http://x")`],
      ['events[1] (e-1)', 'description', `' +1+1, then "more"`],
      ['dataset', '', "'-2 is\ntoo small"],
    ]);
  });
});
