/**
 * Untrusted JSON → canonical dataset. Load → parse (zod) → cross-check → normalise ("restore").
 * Never throws: the result says either what the dataset is, or every row and field at fault.
 */
import type { z } from 'zod';
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

export type Result<T> = { ok: true; data: T } | { ok: false; issues: DataIssue[] };

export type NormalisedClaim = Omit<Claim, 'position'> & { position: { start: number; end: number } };
export type Dataset = Omit<ParsedDataset, 'claims'> & { claims: NormalisedClaim[] };

/** At most this many issues are reported; the count of the rest is reported instead. */
export const MAX_ISSUES = 200;

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
    default:
      return issue.message;
  }
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
  data.events.forEach((e, i) => {
    e.sourceIds.forEach((s, j) => ref(sources, 'source', s, ['events', i, 'sourceIds', j]));
    e.placeIds.forEach((p, j) => ref(places, 'place', p, ['events', i, 'placeIds', j]));
    e.claimIds.forEach((c, j) => ref(claims, 'claim', c, ['events', i, 'claimIds', j]));
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
  return issues;
}

/** Parse untrusted JSON into the canonical dataset, or list every row and field at fault. */
export function parseDataset(raw: unknown): Result<Dataset> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
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
  const parsed = DatasetSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) =>
      makeIssue(raw, issue.path, describeZodIssue(raw, issue)),
    );
    return { ok: false, issues: capIssues(issues) };
  }
  const issues = crossCheck(parsed.data, raw);
  const claims = positionsFor(parsed.data.claims, parsed.data.article.text, raw, issues);
  if (issues.length > 0) return { ok: false, issues: capIssues(issues) };
  return { ok: true, data: { ...parsed.data, claims } };
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function capIssues(issues: DataIssue[]): DataIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const rest = issues.length - MAX_ISSUES;
  return [
    ...issues.slice(0, MAX_ISSUES),
    { path: '', row: 'dataset', field: '', message: `…and ${rest} more problem${rest > 1 ? 's' : ''}` },
  ];
}

/** Parse text that should hold a dataset; reports JSON syntax errors as issues too. */
export function parseDatasetText(text: string): Result<Dataset> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [{ path: '', row: 'file', field: '', message: `is not valid JSON: ${message}` }],
    };
  }
  return parseDataset(raw);
}
