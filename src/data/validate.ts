/**
 * Untrusted JSON → canonical dataset. Load → parse (zod) → cross-check → normalise ("restore").
 * Never throws: the result says either what the dataset is, or every row and field at fault.
 */
import type { z } from 'zod';
import { checkFileSize, LIMITS } from './limits';
import { acceptEventRow } from './fast-rows';
import { DatasetSchema, type Claim, type ParsedDataset } from './schema';

export interface DataIssue {
  /** Machine path, e.g. `claims[3].figure.low`. */
  path: string;
  /** The row at fault, named by list, index and id when it has one: `claims[3] (c-jcs-1100)`. */
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

export type NormalisedClaim = Omit<Claim, 'position'> & { position: { start: number; end: number } };
export type Dataset = Omit<ParsedDataset, 'claims'> & { claims: NormalisedClaim[] };

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

function describeZodIssue(raw: unknown, issue: z.core.$ZodIssue): string {
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

function positionsFor(claims: readonly Claim[], text: string, raw: unknown, issues: DataIssue[]) {
  return claims.map((claim, i): NormalisedClaim => {
    let start = claim.position?.start ?? text.indexOf(claim.quote);
    if (claim.position) {
      if (text.slice(claim.position.start, claim.position.end) !== claim.quote) {
        const found = text.indexOf(claim.quote);
        issues.push(
          makeIssue(
            raw,
            ['claims', i, 'position'],
            found >= 0
              ? `does not match the quote (the quote starts at ${found})`
              : 'does not match the quote',
          ),
        );
        start = found;
      }
    } else if (start < 0) {
      // Reported by the quote check below; keep a valid position so normalisation can finish.
      start = 0;
    }
    return { ...claim, position: { start, end: start + claim.quote.length } };
  });
}

/** Rules that span rows; the zod shapes cannot see them. */
export function crossCheck(data: ParsedDataset, raw: unknown): DataIssue[] {
  const issues: DataIssue[] = [];
  const seen = (list: 'sources' | 'measures' | 'claims' | 'events' | 'places' | 'notes') => {
    const ids = new Set<string>();
    data[list].forEach((row, i) => {
      if (ids.has(row.id)) issues.push(makeIssue(raw, [list, i, 'id'], `duplicate id "${row.id}"`));
      ids.add(row.id);
    });
    return ids;
  };
  const sources = seen('sources');
  const measures = seen('measures');
  const claims = seen('claims');
  const events = seen('events');
  const places = seen('places');
  seen('notes');

  const ref = (ids: Set<string>, kind: string, value: string, path: PathKey[]) => {
    if (!ids.has(value)) issues.push(makeIssue(raw, path, `refers to unknown ${kind} "${value}"`));
  };
  const text = data.article.text;

  data.measures.forEach((m, i) =>
    m.comparableWith?.forEach((other, j) =>
      ref(measures, 'measure', other, ['measures', i, 'comparableWith', j]),
    ),
  );
  data.claims.forEach((c, i) => {
    ref(sources, 'source', c.sourceId, ['claims', i, 'sourceId']);
    if (c.figure) ref(measures, 'measure', c.figure.measure, ['claims', i, 'figure', 'measure']);
    c.placeIds.forEach((p, j) => ref(places, 'place', p, ['claims', i, 'placeIds', j]));
    if (!text.includes(c.quote)) {
      issues.push(makeIssue(raw, ['claims', i, 'quote'], 'is not found word for word in the article text'));
    }
  });
  // A 100,000-event file holds about half a million references: each list is first checked whole, and
  // walked again for the paths of its faults only when it has one.
  const allKnown = (ids: Set<string>, values: readonly string[]) => {
    for (const value of values) if (!ids.has(value)) return false;
    return true;
  };
  data.events.forEach((e, i) => {
    if (!allKnown(sources, e.sourceIds)) {
      e.sourceIds.forEach((s, j) => ref(sources, 'source', s, ['events', i, 'sourceIds', j]));
    }
    if (!allKnown(places, e.placeIds)) {
      e.placeIds.forEach((p, j) => ref(places, 'place', p, ['events', i, 'placeIds', j]));
    }
    if (!allKnown(claims, e.claimIds)) {
      e.claimIds.forEach((c, j) => ref(claims, 'claim', c, ['events', i, 'claimIds', j]));
    }
    e.figures.forEach((f, j) => {
      ref(measures, 'measure', f.measure, ['events', i, 'figures', j, 'measure']);
      ref(sources, 'source', f.sourceId, ['events', i, 'figures', j, 'sourceId']);
    });
    if (e.origin !== 'article' && e.citations.length === 0) {
      issues.push(
        makeIssue(raw, ['events', i, 'citations'], 'a context event must cite at least one public source'),
      );
    }
  });
  data.notes.forEach((n, i) => {
    n.claimIds.forEach((c, j) => ref(claims, 'claim', c, ['notes', i, 'claimIds', j]));
    n.eventIds.forEach((e, j) => ref(events, 'event', e, ['notes', i, 'eventIds', j]));
  });
  const judgements = data.analystJudgements;
  if (judgements) {
    const once = (kind: 'sources' | 'claims', ids: Set<string>, noun: string, list: string[]) => {
      const judged = new Set<string>();
      list.forEach((value, i) => {
        const path = ['analystJudgements', kind, i, noun === 'source' ? 'sourceId' : 'claimId'];
        if (judged.has(value)) issues.push(makeIssue(raw, path, `judges ${noun} "${value}" twice`));
        judged.add(value);
        ref(ids, noun, value, path);
      });
    };
    once(
      'sources',
      sources,
      'source',
      judgements.sources.map((j) => j.sourceId),
    );
    once(
      'claims',
      claims,
      'claim',
      judgements.claims.map((j) => j.claimId),
    );
  }
  return issues;
}

/** Parse untrusted JSON into the canonical dataset, or list every row and field at fault. */
export function parseDataset(raw: unknown): Result<Dataset> {
  if (!isObject(raw)) return notAnObject(raw);
  const events = eventRows(raw);
  return finishParse(raw, events !== null && events.every(acceptEventRow));
}

const isObject = (raw: unknown): raw is Record<string, unknown> =>
  raw !== null && typeof raw === 'object' && !Array.isArray(raw);

function notAnObject(raw: unknown): Result<Dataset> {
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
 * Event rows, the list that runs to 100,000, first pass a fast check that only ever accepts what zod
 * would accept unchanged (fast-rows.ts). When every row passed (`fastEvents`), zod and the structure walk
 * see the rest of the file; when any row did not, zod checks the whole file and words each problem.
 */
function finishParse(raw: Record<string, unknown>, fastEvents: boolean): Result<Dataset> {
  const rest = fastEvents ? { ...raw, events: [] } : raw;
  const structural = checkStructure(rest);
  if (structural.length > 0) return { ok: false, ...capIssues(structural) };
  const parsed = DatasetSchema.safeParse(rest);
  if (!parsed.success) {
    // Only the issues that will be reported are worded: zod may list millions for a hostile file.
    const issues = parsed.error.issues
      .slice(0, MAX_ISSUES + 1)
      .map((issue) => makeIssue(raw, issue.path, describeZodIssue(raw, issue)));
    return { ok: false, ...capIssues(issues) };
  }
  const data: ParsedDataset = fastEvents
    ? { ...parsed.data, events: raw.events as ParsedDataset['events'] }
    : parsed.data;
  const issues = crossCheck(data, raw);
  const claims = positionsFor(data.claims, data.article.text, raw, issues);
  if (issues.length > 0) return { ok: false, ...capIssues(issues) };
  return { ok: true, data: { ...data, claims } };
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

export type ParseStage = 'read' | 'parsed' | 'validated';

/** Parse text that should hold a dataset; reports size limits and JSON syntax errors as issues too. */
export function parseDatasetText(text: string, onProgress?: (stage: ParseStage) => void): Result<Dataset> {
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

/** Rows the fast check takes between two pauses: about 10–20 ms on this machine's page. */
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
): Promise<Result<Dataset> | null> {
  const raw = parseJson(text);
  if ('issues' in raw) return raw;
  onProgress?.('parsed');
  if (!isObject(raw.value)) return notAnObject(raw.value);
  const events = eventRows(raw.value);
  if (events === null) return null;
  for (let from = 0; from < events.length; from += ROWS_PER_SLICE) {
    if (from > 0) await pause();
    const to = Math.min(events.length, from + ROWS_PER_SLICE);
    for (let i = from; i < to; i++) if (!acceptEventRow(events[i])) return null;
  }
  await pause();
  const result = finishParse(raw.value, true);
  onProgress?.('validated');
  return result;
}
