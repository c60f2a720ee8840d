/**
 * Untrusted JSON → canonical dataset. Load → parse (zod) → cross-check → normalise ("restore").
 * Never throws: the result says either what the dataset is, or every row and field at fault.
 */
import type { z } from 'zod';
import { checkFileSize, LIMITS } from './limits';
import { acceptEventRow } from './fast-rows';
import { articlePath, migrate, normalise } from './restore';
import {
  DatasetSchema,
  SCHEMA_VERSION,
  type Category,
  type Claim,
  type Event,
  type ParsedDataset,
  type Source,
} from './schema';

export interface DataIssue {
  /** Machine path, e.g. `claims[3].figure.low`. */
  path: string;
  /** The row at fault, named by list, index and id when it has one: `claims[3] (c-17)`. */
  row: string;
  /** The field inside the row, e.g. `figure.low`; empty when the row itself is at fault. */
  field: string;
  message: string;
}

/**
 * A refused file's problems, every one the checks found. `capped`: they stopped at MAX_ISSUES, so the file
 * has at least this many (a report says "at least").
 */
export interface Problems {
  issues: DataIssue[];
  capped?: boolean;
}

export type Result<T> = { ok: true; data: T } | ({ ok: false } & Problems);

/** A claim as every view reads it: `position` is there exactly when its document has text. */
export type NormalisedClaim = Claim;
/**
 * The canonical dataset every view reads (restore.ts fills what depends on other fields). It is itself a
 * valid file of the current version: writing it out and reading it back gives the same dataset.
 */
export type Dataset = Omit<ParsedDataset, 'categories' | 'sources'> & {
  categories: Category[];
  sources: Source[];
};

/**
 * Every problem is reported up to this many: far more than any real file has (a real table converted
 * with one wrong mapping gives one problem a row), and a bound on what a hostile file can make the page
 * hold. Past it the report says "at least".
 */
export const MAX_ISSUES = 100_000;

type PathKey = PropertyKey;

function rowLabel(raw: unknown, path: readonly PathKey[]): { row: string; fieldStart: number } {
  const [list, index] = path;
  if (typeof list === 'string' && typeof index === 'number') {
    const value = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[list] : undefined;
    const item = Array.isArray(value) ? (value[index] as unknown) : undefined;
    const itemId =
      item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
        ? (item as { id: string }).id.slice(0, 80)
        : undefined;
    return { row: `${list}[${index}]${itemId ? ` (${itemId})` : ''}`, fieldStart: 2 };
  }
  if (typeof list === 'string' && path.length > 1) return { row: list, fieldStart: 1 };
  return { row: 'dataset', fieldStart: 0 };
}

function joinPath(path: readonly PathKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

export function makeIssue(raw: unknown, path: readonly PathKey[], message: string): DataIssue {
  const { row, fieldStart } = rowLabel(raw, path);
  return { path: joinPath(path), row, field: joinPath(path.slice(fieldStart)).replace(/^\./, ''), message };
}

function valueAt(raw: unknown, path: readonly PathKey[]): unknown {
  let value: unknown = raw;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Object.hasOwn(value, key) ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return value;
}

export function describeZodIssue(raw: unknown, issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(raw, issue.path);
      if (value === undefined) return `is missing (expected ${issue.expected})`;
      const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
      return `expected ${issue.expected}, got ${got}`;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k.slice(0, 40)}"`).join(', ')}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_big':
    case 'too_small':
      // A schema's own wording ("must not be negative") is kept; zod's generic one is made explicit.
      return /^Too (big|small)/.test(issue.message) ? describeLimit(raw, issue) : issue.message;
    default:
      return issue.message;
  }
}

function describeLimit(raw: unknown, issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  const value = valueAt(raw, issue.path);
  const big = issue.code === 'too_big';
  const limit = Number(big ? issue.maximum : issue.minimum);
  switch (issue.origin) {
    case 'string': {
      const length = typeof value === 'string' ? value.length : 0;
      if (!big && limit <= 1) return 'must not be empty';
      return big
        ? `is too long: ${length} characters, at most ${limit} allowed`
        : `is too short: ${length} characters, at least ${limit} expected`;
    }
    case 'array': {
      const length = Array.isArray(value) ? value.length : 0;
      return big
        ? `has too many items: ${length}, at most ${limit} allowed`
        : `has too few items: ${length}, at least ${limit} expected`;
    }
    default: {
      const shown = typeof value === 'number' ? String(value) : 'the value';
      const inclusive = issue.inclusive !== false;
      if (big) return `is too large: ${shown}, ${inclusive ? 'at most' : 'below'} ${limit} expected`;
      return `is too small: ${shown}, ${inclusive ? 'at least' : 'above'} ${limit} expected`;
    }
  }
}

/** Names an imported object may not use anywhere: they are how prototype-pollution payloads travel. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The shape checks an untrusted file needs before the schema sees it: nesting depth (walked iteratively,
 * so a hostile file cannot overflow the stack) and reserved keys. JSON.parse makes `__proto__` an own key
 * rather than polluting anything, but a file carrying one is hostile or broken either way.
 */
export function checkStructure(raw: unknown): DataIssue[] {
  const issues: DataIssue[] = [];
  // Nodes carry their parent link, not their path: a path is built only for a node at fault, so a
  // 100,000-row file walks without allocating millions of arrays.
  interface Node {
    value: object;
    depth: number;
    parent: Node | null;
    key: PathKey;
  }
  const pathOf = (node: Node, last?: PathKey): PathKey[] => {
    const path: PathKey[] = last === undefined ? [] : [last];
    for (let n: Node | null = node; n !== null && n.parent !== null; n = n.parent) path.unshift(n.key);
    return path;
  };
  const stack: Node[] = [];
  if (raw !== null && typeof raw === 'object') stack.push({ value: raw, depth: 0, parent: null, key: '' });
  while (stack.length > 0 && issues.length <= MAX_ISSUES) {
    const node = stack.pop() as Node;
    if (node.depth > LIMITS.depth) {
      issues.push(
        makeIssue(
          raw,
          pathOf(node),
          `is nested too deeply: more than ${LIMITS.depth} levels of objects and arrays`,
        ),
      );
      continue;
    }
    const { value } = node;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child: unknown = value[i];
        if (child !== null && typeof child === 'object') {
          stack.push({ value: child, depth: node.depth + 1, parent: node, key: i });
        }
      }
      continue;
    }
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (RESERVED_KEYS.has(key)) {
        issues.push(makeIssue(raw, pathOf(node, key), `uses the reserved name "${key}", which is refused`));
        continue;
      }
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') {
        stack.push({ value: child, depth: node.depth + 1, parent: node, key });
      }
    }
  }
  return issues;
}

/** A list of the file, or nothing when it is not a list (the schema words that problem). */
function rowsOf(raw: Record<string, unknown>, list: string): readonly unknown[] {
  const value = raw[list];
  return Array.isArray(value) ? value : [];
}

const field = (row: unknown, key: string): unknown =>
  row !== null && typeof row === 'object' && Object.hasOwn(row, key)
    ? (row as Record<string, unknown>)[key]
    : undefined;

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The strings of a list field; anything else is the schema's to report. */
const strings = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);

type ListName =
  'documents' | 'categories' | 'sources' | 'measures' | 'claims' | 'events' | 'places' | 'notes';

/**
 * Rules that span rows; the zod shapes cannot see them. They read the file as it is, defensively, so they
 * run and are reported even when rows have shape errors: a file is fixed in one round, not three.
 */
export function crossCheck(raw: Record<string, unknown>): DataIssue[] {
  const issues: DataIssue[] = [];
  // A hostile file can refer to millions of unknown rows: past MAX_ISSUES, problems are only counted as
  // "at least" by the caller, so no more are kept.
  const add = (issue: DataIssue) => {
    if (issues.length <= MAX_ISSUES) issues.push(issue);
  };
  const seen = (list: ListName) => {
    const ids = new Set<string>();
    rowsOf(raw, list).forEach((row, i) => {
      const id = text(field(row, 'id'));
      if (id === undefined) return;
      if (ids.has(id)) add(makeIssue(raw, [list, i, 'id'], `duplicate id "${id}"`));
      ids.add(id);
    });
    return ids;
  };
  const documents = seen('documents');
  const categories = seen('categories');
  const sources = seen('sources');
  const measures = seen('measures');
  const claims = seen('claims');
  const events = seen('events');
  const places = seen('places');
  seen('notes');

  const ref = (ids: Set<string>, kind: string, value: unknown, path: PathKey[]) => {
    if (typeof value === 'string' && !ids.has(value)) {
      add(
        makeIssue(
          raw,
          path,
          kind === 'category'
            ? `refers to category "${value}", which the dataset does not declare in categories`
            : `refers to unknown ${kind} "${value}"`,
        ),
      );
    }
  };
  // A 100,000-event file holds about half a million references: each list is first checked whole, and
  // walked again for the paths of its faults only when it has one.
  const allKnown = (ids: Set<string>, values: readonly unknown[]) => {
    for (const value of values) if (typeof value === 'string' && !ids.has(value)) return false;
    return true;
  };
  const refs = (ids: Set<string>, kind: string, values: unknown, path: PathKey[]) => {
    const list = strings(values);
    if (!allKnown(ids, list)) list.forEach((v, j) => ref(ids, kind, v, [...path, j]));
  };

  ref(measures, 'measure', raw.defaultMeasure, ['defaultMeasure']);
  ref(measures, 'measure', raw.referenceMeasure, ['referenceMeasure']);
  rowsOf(raw, 'measures').forEach((m, i) =>
    refs(measures, 'measure', field(m, 'comparableWith'), ['measures', i, 'comparableWith']),
  );

  // A figure of a count measure is a whole number: "0.5 killed" or 1e-300 is a mistake, not a claim.
  const quantities = new Set<string>();
  const labels = new Map<string, string>();
  for (const m of rowsOf(raw, 'measures')) {
    const id = text(field(m, 'id'));
    if (id === undefined) continue;
    if (field(m, 'kind') === 'quantity') quantities.add(id);
    labels.set(id, text(field(m, 'label')) ?? id);
  }
  const wholeNumbers = (figure: unknown, path: PathKey[]) => {
    const measure = text(field(figure, 'measure'));
    if (measure === undefined || quantities.has(measure)) return;
    for (const key of ['low', 'best', 'high']) {
      const value = field(figure, key);
      if (typeof value === 'number' && Number.isFinite(value) && !Number.isInteger(value)) {
        add(
          makeIssue(
            raw,
            [...path, key],
            `is ${value}, but “${labels.get(measure) ?? measure}” counts whole things: use a whole number, ` +
              'or give the measure the kind "quantity"',
          ),
        );
      }
    }
  };

  const texts = new Map<string, string | undefined>();
  for (const d of rowsOf(raw, 'documents')) {
    const id = text(field(d, 'id'));
    if (id !== undefined && !texts.has(id)) texts.set(id, text(field(d, 'text')));
  }
  rowsOf(raw, 'claims').forEach((c, i) => {
    ref(sources, 'source', field(c, 'sourceId'), ['claims', i, 'sourceId']);
    ref(categories, 'category', field(c, 'category'), ['claims', i, 'category']);
    ref(measures, 'measure', field(field(c, 'figure'), 'measure'), ['claims', i, 'figure', 'measure']);
    wholeNumbers(field(c, 'figure'), ['claims', i, 'figure']);
    refs(places, 'place', field(c, 'placeIds'), ['claims', i, 'placeIds']);
    const documentId = text(field(c, 'documentId'));
    ref(documents, 'document', documentId, ['claims', i, 'documentId']);
    const documentText = documentId === undefined ? undefined : texts.get(documentId);
    const quote = text(field(c, 'quote'));
    if (field(field(c, 'anchor'), 'detached') === true) {
      // A detached claim's quote is of an earlier text: it is flagged, and has no place in this one.
      if (field(c, 'position') !== undefined) {
        add(makeIssue(raw, ['claims', i, 'position'], 'must be absent while the claim is detached'));
      }
      return;
    }
    if (documentText === undefined || quote === undefined) return;
    const found = documentText.indexOf(quote);
    if (found < 0) {
      add(
        makeIssue(
          raw,
          ['claims', i, 'quote'],
          `is not found word for word in the text of document "${documentId}"`,
        ),
      );
      return;
    }
    const position = field(c, 'position');
    const start = field(position, 'start');
    const end = field(position, 'end');
    if (typeof start === 'number' && typeof end === 'number' && documentText.slice(start, end) !== quote) {
      add(
        makeIssue(raw, ['claims', i, 'position'], `does not match the quote (the quote starts at ${found})`),
      );
    }
  });
  rowsOf(raw, 'events').forEach((e, i) => {
    ref(categories, 'category', field(e, 'category'), ['events', i, 'category']);
    refs(categories, 'category', field(e, 'alsoCategories'), ['events', i, 'alsoCategories']);
    refs(sources, 'source', field(e, 'sourceIds'), ['events', i, 'sourceIds']);
    refs(places, 'place', field(e, 'placeIds'), ['events', i, 'placeIds']);
    refs(claims, 'claim', field(e, 'claimIds'), ['events', i, 'claimIds']);
    strings(field(e, 'figures')).forEach((f, j) => {
      ref(measures, 'measure', field(f, 'measure'), ['events', i, 'figures', j, 'measure']);
      wholeNumbers(f, ['events', i, 'figures', j]);
      ref(sources, 'source', field(f, 'sourceId'), ['events', i, 'figures', j, 'sourceId']);
    });
    const origin = field(e, 'origin');
    const citations = field(e, 'citations');
    if (
      (origin === 'context' || origin === 'later-context') &&
      Array.isArray(citations) &&
      citations.length === 0
    ) {
      add(makeIssue(raw, ['events', i, 'citations'], 'a context event must cite at least one source'));
    }
  });
  rowsOf(raw, 'notes').forEach((n, i) => {
    refs(claims, 'claim', field(n, 'claimIds'), ['notes', i, 'claimIds']);
    refs(events, 'event', field(n, 'eventIds'), ['notes', i, 'eventIds']);
  });
  const judgements = raw.analystJudgements;
  const judged = (kind: 'sources' | 'claims', ids: Set<string>, noun: string, key: string) => {
    const once = new Set<string>();
    strings(field(judgements, kind)).forEach((j, i) => {
      const value = text(field(j, key));
      if (value === undefined) return;
      const path = ['analystJudgements', kind, i, key];
      if (once.has(value)) add(makeIssue(raw, path, `judges ${noun} "${value}" twice`));
      once.add(value);
      ref(ids, noun, value, path);
    });
  };
  judged('sources', sources, 'source', 'sourceId');
  judged('claims', claims, 'claim', 'claimId');
  // One assessed range per measure, of a measure the dataset has, citing claims and events it holds.
  const assessed = new Set<string>();
  strings(field(judgements, 'ranges')).forEach((r, i) => {
    const path = ['analystJudgements', 'ranges', i];
    const measure = text(field(r, 'measure'));
    if (measure !== undefined && assessed.has(measure)) {
      add(makeIssue(raw, [...path, 'measure'], `assesses measure "${measure}" twice`));
    }
    if (measure !== undefined) assessed.add(measure);
    ref(measures, 'measure', measure, [...path, 'measure']);
    refs(claims, 'claim', field(r, 'claimIds'), [...path, 'claimIds']);
    refs(events, 'event', field(r, 'eventIds'), [...path, 'eventIds']);
  });
  return issues;
}

export interface ParseOk<T> {
  ok: true;
  data: T;
  /** The schema version the file was written in, when it was migrated from an older one. */
  migratedFrom?: number;
}
export type ParseResult<T> = ParseOk<T> | ({ ok: false } & Problems);

/** Parse untrusted JSON into the canonical dataset, or list every row and field at fault. */
export function parseDataset(raw: unknown): ParseResult<Dataset> {
  const file = readable(raw);
  if (!file.ok) return file;
  const events = eventRows(file.value);
  const accepted = events === null ? null : acceptEventRows(events, 0, events.length, []);
  return finishParse(file, accepted);
}

const isObject = (raw: unknown): raw is Record<string, unknown> =>
  raw !== null && typeof raw === 'object' && !Array.isArray(raw);

interface Readable {
  ok: true;
  value: Record<string, unknown>;
  from: number;
}

/** An object in a version this app reads, migrated to the current one; or the one problem that stops it. */
function readable(raw: unknown): Readable | { ok: false; issues: DataIssue[] } {
  if (!isObject(raw)) return notAnObject(raw);
  const migrated = migrate(raw);
  if (!migrated.ok) {
    return {
      ok: false,
      issues: [{ path: migrated.field, row: 'dataset', field: migrated.field, message: migrated.message }],
    };
  }
  const value = migrated.value;
  if (!isObject(value)) return notAnObject(value);
  return { ok: true, value, from: migrated.from };
}

function notAnObject(raw: unknown): { ok: false; issues: DataIssue[] } {
  return {
    ok: false,
    issues: [
      {
        path: '',
        row: 'dataset',
        field: '',
        message: 'must be a JSON object (the dataset), not ' + kindOf(raw),
      },
    ],
  };
}

/** The event rows the fast check may take on: a list within the row limit (zod reports anything else). */
function eventRows(raw: Record<string, unknown>): unknown[] | null {
  const events = raw.events;
  return Array.isArray(events) && events.length <= LIMITS.rows ? events : null;
}

/**
 * Event rows `from`…`to` through the fast check, each as zod would return it, appended to `out`; null as
 * soon as one needs zod.
 */
function acceptEventRows(events: unknown[], from: number, to: number, out: Event[]): Event[] | null {
  for (let i = from; i < to; i++) {
    const row = acceptEventRow(events[i]);
    if (row === null) return null;
    out.push(row);
  }
  return out;
}

/** Problems of a migrated version 1 file are named where version 1 had them (`article`, not `documents[0]`). */
function inVersionRead(issues: DataIssue[], from: number): DataIssue[] {
  if (from !== 1) return issues;
  return issues.map((issue) => ({
    ...issue,
    path: articlePath(issue.path),
    row: issue.row.startsWith('documents[0]') ? 'article' : issue.row,
  }));
}

/**
 * Event rows, the list that runs to 100,000, first pass a fast check that only ever accepts what zod
 * would accept, and returns each row as zod would (fast-rows.ts). When every row passed (`fastEvents`),
 * zod and the structure walk see the rest of the file; when any row did not, zod checks the whole file
 * and words each problem. The cross-row checks run either way.
 */
function finishParse(file: Readable, fastEvents: Event[] | null): ParseResult<Dataset> {
  const raw = file.value;
  const rest = fastEvents ? { ...raw, events: [] } : raw;
  const structural = checkStructure(rest);
  if (structural.length > 0) return refused(structural, file.from);
  const parsed = DatasetSchema.safeParse(rest);
  // Only the issues that will be reported are worded: zod may list millions for a hostile file.
  const shapeIssues = parsed.success
    ? []
    : parsed.error.issues
        .slice(0, MAX_ISSUES + 1)
        .map((issue) => makeIssue(raw, issue.path, describeZodIssue(raw, issue)));
  const issues = [...shapeIssues, ...crossCheck(raw)];
  if (!parsed.success || issues.length > 0) return refused(issues, file.from);
  const data: ParsedDataset = fastEvents ? { ...parsed.data, events: fastEvents } : parsed.data;
  return {
    ok: true,
    data: normalise(data),
    ...(file.from === SCHEMA_VERSION ? {} : { migratedFrom: file.from }),
  };
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** Checks pass on more than MAX_ISSUES issues when there are more: that is how "at least" is known. */
function capIssues(issues: DataIssue[]): Problems {
  return issues.length > MAX_ISSUES ? { issues: issues.slice(0, MAX_ISSUES), capped: true } : { issues };
}

/** A refused file: its problems, at most MAX_ISSUES, named as in the schema version the file was written in. */
function refused(issues: DataIssue[], from: number): { ok: false } & Problems {
  const capped = capIssues(issues);
  return { ok: false, ...capped, issues: inVersionRead(capped.issues, from) };
}

export type ParseStage = 'read' | 'parsed' | 'validated';

/** Parse text that should hold a dataset; reports size limits and JSON syntax errors as issues too. */
export function parseDatasetText(
  text: string,
  onProgress?: (stage: ParseStage) => void,
): ParseResult<Dataset> {
  const raw = parseJson(text);
  if ('issues' in raw) return raw;
  onProgress?.('parsed');
  const result = parseDataset(raw.value);
  onProgress?.('validated');
  return result;
}

function parseJson(text: string): { value: unknown } | { ok: false; issues: DataIssue[] } {
  // UTF-8 needs at least one byte per UTF-16 unit, so this never lets an oversized file through.
  const tooLarge = checkFileSize(text.length);
  if (tooLarge.length > 0) return { ok: false, issues: tooLarge };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [{ path: '', row: 'file', field: '', message: `is not valid JSON: ${message.slice(0, 300)}` }],
    };
  }
}

/** Rows the fast check takes between two pauses: a slice short enough for the page to answer between. */
const ROWS_PER_SLICE = 5_000;

/**
 * As `parseDatasetText`, for the page itself: the fast check of event rows runs in slices with `pause()`
 * between them, so the page keeps answering while a 100,000-row file is checked. Returns null when a row
 * needs zod: zod over every row of a large file is seconds of work, which belongs in a worker
 * (validate-file.ts); the caller hands the file there.
 */
export async function parseDatasetTextInSlices(
  text: string,
  pause: () => Promise<void>,
  onProgress?: (stage: ParseStage) => void,
): Promise<ParseResult<Dataset> | null> {
  const raw = parseJson(text);
  if ('issues' in raw) return raw;
  onProgress?.('parsed');
  const file = readable(raw.value);
  if (!file.ok) return file;
  const events = eventRows(file.value);
  if (events === null) return null;
  const accepted: Event[] = [];
  for (let from = 0; from < events.length; from += ROWS_PER_SLICE) {
    if (from > 0) await pause();
    const to = Math.min(events.length, from + ROWS_PER_SLICE);
    if (acceptEventRows(events, from, to, accepted) === null) return null;
  }
  await pause();
  const result = finishParse(file, accepted);
  onProgress?.('validated');
  return result;
}
