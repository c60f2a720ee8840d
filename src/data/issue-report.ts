/**
 * A refused file's problems as an analyst acts on them. Problems are grouped so that one fix clears a
 * group: the same list, the same field with row indices folded (`citations[].url`), the same message with
 * the values that differ from row to row folded ("refers to unknown place "…""). Each group has exact
 * counts and its first rows; the largest comes first. The whole list goes out as CSV, and as text for
 * the command line (`npm run validate`).
 */
import { toCsv } from '../lib/csv';
import { formatNumber } from '../lib/format';
import type { DataIssue, Problems } from './validate';

export interface IssueGroup {
  /** The group's identity: list, folded field and the message's wording without its values. */
  key: string;
  /** The list its rows belong to (`events`), or `dataset` / `file` for the file as a whole. */
  list: string;
  /** The field inside the row, indices folded: `citations[].url`; empty when the row itself is at fault. */
  field: string;
  /** The message; a value that differs between the group's problems is shown as "…". */
  message: string;
  /** Problems in the group: exact. */
  count: number;
  /** Distinct rows among them: a row may have the same problem twice (two unknown places in one event). */
  rowCount: number;
  /** The first distinct rows, in the order found. */
  firstRows: string[];
  /** Every problem of the group, in the order found. */
  issues: DataIssue[];
}

export interface IssueReport {
  /** Problems in all, exact unless `capped`. */
  total: number;
  /** The checks stopped at their cap: there are at least `total`. */
  capped: boolean;
  groups: IssueGroup[];
}

/** How many rows a group names before "…". */
export const FIRST_ROWS = 3;

/**
 * The values a message names: a quoted string, or a list of them ("must be one of "A", "B""), or a
 * number, a date among them. Folded only where the group's problems differ, so a limit every row shares
 * ("at most 300 allowed") stays readable.
 */
const VALUE = /"[^"]*"(?:, "[^"]*")*|-?\d+(?:[.,:/-]\d+)*/g;
const SLOT = '\u0000';
const FOLDED = '…';

interface Building {
  group: IssueGroup;
  template: string;
  /** The first problem's values. */
  first: string[];
  /** Each value the group's problems share, or null where they differ. */
  shared: (string | null)[];
  rows: Set<string>;
  order: number;
}

function foldValues(message: string): { template: string; values: string[] } {
  const values: string[] = [];
  const template = message.replace(VALUE, (value) => {
    values.push(value);
    return SLOT;
  });
  return { template, values };
}

const listOf = (row: string) => /^[^[\s(]+/.exec(row)?.[0] ?? row;
const foldIndices = (field: string) => field.replace(/\[\d+\]/g, '[]');

/** The template with its values put back; a value that differs is "…", in quotes if it was quoted. */
function wording({ template, first, shared }: Building): string {
  const folded = (i: number) => shared[i] ?? (first[i]?.startsWith('"') ? `"${FOLDED}"` : FOLDED);
  return template
    .split(SLOT)
    .map((part, i, parts) => (i === parts.length - 1 ? part : part + folded(i)))
    .join('');
}

/** Groups every problem, largest group first; `firstRows` is how many rows each group names. */
export function groupIssues(problems: Problems, firstRows = FIRST_ROWS): IssueReport {
  const building = new Map<string, Building>();
  // Most problems repeat a message word for word: each is folded once.
  const folded = new Map<string, ReturnType<typeof foldValues>>();
  problems.issues.forEach((issue, order) => {
    const list = listOf(issue.row);
    const field = foldIndices(issue.field);
    let fold = folded.get(issue.message);
    if (!fold) {
      fold = foldValues(issue.message);
      folded.set(issue.message, fold);
    }
    const { template, values } = fold;
    const key = [list, field, template].join('\u0001');
    let entry = building.get(key);
    if (!entry) {
      const group: IssueGroup = {
        key,
        list,
        field,
        message: '',
        count: 0,
        rowCount: 0,
        firstRows: [],
        issues: [],
      };
      entry = { group, template, first: values, shared: [...values], rows: new Set(), order };
      building.set(key, entry);
    } else {
      const { shared } = entry;
      values.forEach((value, i) => {
        if (shared[i] !== value) shared[i] = null;
      });
    }
    const { group, rows } = entry;
    group.issues.push(issue);
    if (!rows.has(issue.row)) {
      rows.add(issue.row);
      if (group.firstRows.length < firstRows) group.firstRows.push(issue.row);
    }
  });
  const groups = [...building.values()]
    .sort((a, b) => b.group.issues.length - a.group.issues.length || a.order - b.order)
    .map((entry) => ({
      ...entry.group,
      message: wording(entry),
      count: entry.group.issues.length,
      rowCount: entry.rows.size,
    }));
  return { total: problems.issues.length, capped: problems.capped === true, groups };
}

const plural = (n: number, word: string) => `${formatNumber(n)} ${word}${n === 1 ? '' : 's'}`;

/** "7,462 problems in 3 groups"; "At least 100,000 problems in 4 groups" when the checks stopped early. */
export function reportHeading(report: IssueReport): string {
  const problems = plural(report.total, 'problem');
  return `${report.capped ? 'At least ' : ''}${problems} in ${plural(report.groups.length, 'group')}`;
}

/** Why a count says "at least", or null when it is exact. */
export function cappedNote(report: IssueReport): string | null {
  return report.capped
    ? `The checks stopped after ${formatNumber(report.total)} problems; fix these and check the file again for the rest.`
    : null;
}

/** "events › category: not declared". */
export function groupTitle(group: Pick<IssueGroup, 'list' | 'field' | 'message'>): string {
  return `${group.list}${group.field ? ` › ${group.field}` : ''}: ${group.message}`;
}

/** Whether the group's problems are in rows of a list (`events[3]`), not the file or dataset as a whole. */
export const inRows = (group: IssueGroup) => group.firstRows.some((row) => row !== group.list);

/** "903 rows", or "905 problems in 903 rows" when a row has the problem twice; "1 problem" for the file. */
export function groupCount(group: IssueGroup): string {
  if (!inRows(group)) return plural(group.count, 'problem');
  const rows = plural(group.rowCount, 'row');
  return group.count === group.rowCount ? rows : `${plural(group.count, 'problem')} in ${rows}`;
}

/** "events[0] (e-0), events[1] (e-1), events[2] (e-2), …", or null when there are no rows to name. */
export function groupRows(group: IssueGroup): string | null {
  if (!inRows(group)) return null;
  return group.firstRows.join(', ') + (group.rowCount > group.firstRows.length ? ', …' : '');
}

/** One problem as a line: "claims[3] (c-jcs) › figure.high: must be ≥ low (3000)". */
export function issueLine(issue: DataIssue): string {
  return `${issue.row}${issue.field ? ` › ${issue.field}` : ''}: ${issue.message}`;
}

/** Every problem, one a row (row, field, message), with a byte-order mark so spreadsheets read UTF-8. */
export function issuesCsv(issues: readonly DataIssue[]): string {
  return `\uFEFF${toCsv(
    ['row', 'field', 'message'],
    issues.map((issue) => [issue.row, issue.field, issue.message]),
  )}`;
}

/**
 * The report as text lines: the heading, then each group with its count and first rows, or with `all`,
 * each group followed by every one of its problems.
 */
export function reportLines(report: IssueReport, { all = false } = {}): string[] {
  const lines = [reportHeading(report)];
  const note = cappedNote(report);
  if (note) lines.push(note);
  for (const group of report.groups) {
    lines.push(`  ${groupTitle(group)} — ${groupCount(group)}`);
    if (all) for (const issue of group.issues) lines.push(`    ${issueLine(issue)}`);
    else {
      const rows = groupRows(group);
      if (rows) lines.push(`    ${rows}`);
    }
  }
  return lines;
}
