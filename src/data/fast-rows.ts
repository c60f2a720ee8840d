/**
 * A fast check for event rows, the one list that runs to hundreds of thousands of rows. zod's cost per
 * event is in its per-check machinery, not in any one rule; a check written out by hand is several times
 * cheaper, even before the engine has optimised it.
 *
 * zod stays the authority. This check only *accepts*: a row passes when zod would accept it, and comes
 * back as zod would return it (strings already trimmed; a copy with list defaults filled in where the row
 * lacks them; the input is never changed). Any doubt — an untrimmed string, an unknown field, any rule
 * broken — sends the row to zod, which decides and words every problem. `fast-rows.test.ts` holds this to
 * zod on thousands of altered rows and at every limit.
 *
 * Every pattern, list and limit comes from schema.ts and LIMITS, never restated. If the schema gains or
 * loses a field this check no longer knows, it accepts nothing and zod does all the work.
 *
 * Written out field by field rather than driven by a table: the check runs once per load, mostly before
 * the engine has optimised it, where direct calls cost much less than calls through one shared site.
 */
import { LIMITS } from './limits';
import {
  BoundSchema,
  CitationSchema,
  ConfidenceSchema,
  DatePrecisionSchema,
  EventSchema,
  FuzzyDateSchema,
  ID_PATTERN,
  ISO_DATE_PATTERN,
  OriginSchema,
  SourcedFigureSchema,
  TIME_PATTERN,
  citationProblems,
  figureBoundProblems,
  textProblem,
  fuzzyDateProblems,
  isDateInRange,
  type Event,
} from './schema';
import { isRealDate } from './dates';

type Row = Record<string, unknown>;

const setOf = (options: readonly string[]) => new Set<unknown>(options);
const PRECISIONS = setOf(DatePrecisionSchema.options);
const BOUNDS = setOf(BoundSchema.options);
const ORIGINS = setOf(OriginSchema.options);
const CONFIDENCES = setOf(ConfidenceSchema.options);

/** The fields this check knows, per object; compared with the schema's own before it accepts anything. */
const EVENT_KEYS = setOf([
  'id',
  'date',
  'time',
  'category',
  'alsoCategories',
  'description',
  'origin',
  'sourceIds',
  'figures',
  'citations',
  'confidence',
  'confidenceNote',
  'placeIds',
  'claimIds',
]);
const FUZZY_DATE_KEYS = setOf(['date', 'precision', 'end', 'note']);
const FIGURE_KEYS = setOf(['measure', 'bound', 'low', 'best', 'high', 'stated', 'sourceId']);
const CITATION_KEYS = setOf(['title', 'publisher', 'url', 'date']);

/**
 * A strict object with no field set to `undefined` (a JSON file cannot hold one; a row that does goes to
 * zod), so below a field that reads `undefined` is absent.
 */
function isStrictObject(v: unknown, keys: ReadonlySet<unknown>): v is Row {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  for (const key in v) {
    if (!keys.has(key) || !Object.hasOwn(v, key) || (v as Row)[key] === undefined) return false;
  }
  return true;
}

function isId(v: unknown): boolean {
  return typeof v === 'string' && v.length <= LIMITS.idLength && ID_PATTERN.test(v);
}

/** `z.string().trim().min(1).max(max)` returns the string unchanged only when it is already trimmed. */
function isText(v: unknown, max: number): boolean {
  return (
    typeof v === 'string' && v.length >= 1 && v.length <= max && v.trim() === v && textProblem(v) === null
  );
}

const isOptionalText = (v: unknown, max: number) => v === undefined || isText(v, max);

function isIsoDate(v: unknown): boolean {
  return typeof v === 'string' && ISO_DATE_PATTERN.test(v) && isRealDate(v) && isDateInRange(v);
}

function isAmount(v: unknown): boolean {
  return v === undefined || (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= LIMITS.figure);
}

function isIdList(v: unknown, max: number, min = 0): boolean {
  if (!Array.isArray(v) || v.length < min || v.length > max) return false;
  for (const x of v) if (!isId(x)) return false;
  return true;
}

function isFuzzyDate(v: unknown): boolean {
  if (!isStrictObject(v, FUZZY_DATE_KEYS)) return false;
  if (!isIsoDate(v.date) || !PRECISIONS.has(v.precision)) return false;
  if (v.end !== undefined && !isIsoDate(v.end)) return false;
  if (!isOptionalText(v.note, LIMITS.shortText)) return false;
  return fuzzyDateProblems(v as { date: string; precision: string; end?: string }).length === 0;
}

function isFigure(v: unknown): boolean {
  if (!isStrictObject(v, FIGURE_KEYS)) return false;
  if (!isId(v.measure) || !BOUNDS.has(v.bound) || !isId(v.sourceId)) return false;
  if (!isAmount(v.low) || !isAmount(v.best) || !isAmount(v.high)) return false;
  if (!isOptionalText(v.stated, LIMITS.shortText)) return false;
  return figureBoundProblems(v as { bound: string; low?: number; best?: number; high?: number }).length === 0;
}

const HTTP_START = /^https?:\/\//i;
const TAB_OR_NEWLINE = /[\t\n\r]/;
/**
 * http(s) URLs the URL standard's parser cannot refuse: a host of ASCII letters, digits and hyphens in
 * non-empty labels, none an IDNA label (`xn--`), the last starting with a letter (so never read as an
 * IPv4 address); no user info, no port; then anything (a path, query or fragment is never refused, only
 * escaped). Anything else is asked of `URL.canParse`.
 */
const PLAIN_HTTP_URL = /^https?:\/\/(?:(?!xn--)[a-z0-9-]+\.)*(?!xn--)[a-z][a-z0-9-]*(?:[/?#].*)?$/i;

/**
 * zod's URL rule with no options is `URL.canParse` on the trimmed string, returning it with tabs and line
 * breaks removed; the schema adds its length limit and http(s) start. A string that needs neither change
 * passes here by the same test. Without `URL.canParse` (older browsers) zod is asked.
 */
function isUrl(v: unknown): boolean {
  if (typeof v !== 'string' || v.length > LIMITS.url || !HTTP_START.test(v)) return false;
  if (v.trim() !== v || TAB_OR_NEWLINE.test(v)) return false;
  if (PLAIN_HTTP_URL.test(v)) return true;
  return typeof URL.canParse === 'function'
    ? URL.canParse(v)
    : CitationSchema.safeParse({ title: 't', url: v }).data?.url === v;
}

/** Exported for its test against the URL parser; the row check above is its only other user. */
export const isPlainHttpUrl = (v: string) => PLAIN_HTTP_URL.test(v);

function isCitation(v: unknown): boolean {
  return (
    isStrictObject(v, CITATION_KEYS) &&
    isOptionalText(v.title, LIMITS.shortText) &&
    isOptionalText(v.publisher, LIMITS.shortText) &&
    (v.url === undefined || isUrl(v.url)) &&
    (v.date === undefined || isIsoDate(v.date)) &&
    citationProblems(v as { title?: string; publisher?: string }).length === 0
  );
}

function isListOf(v: unknown, max: number, item: (x: unknown) => boolean): boolean {
  if (!Array.isArray(v) || v.length > max) return false;
  for (const x of v) if (!item(x)) return false;
  return true;
}

function isEvent(v: unknown): v is Row {
  return (
    isStrictObject(v, EVENT_KEYS) &&
    isId(v.id) &&
    isFuzzyDate(v.date) &&
    (v.time === undefined || (typeof v.time === 'string' && TIME_PATTERN.test(v.time))) &&
    isId(v.category) &&
    (v.alsoCategories === undefined || isIdList(v.alsoCategories, LIMITS.categoriesPerRow)) &&
    isText(v.description, LIMITS.longText) &&
    ORIGINS.has(v.origin) &&
    isIdList(v.sourceIds, LIMITS.sourcesPerRow, 1) &&
    (v.figures === undefined || isListOf(v.figures, LIMITS.figuresPerRow, isFigure)) &&
    isListOf(v.citations, LIMITS.citationsPerRow, isCitation) &&
    (v.confidence === undefined || CONFIDENCES.has(v.confidence)) &&
    isOptionalText(v.confidenceNote, LIMITS.longText) &&
    (v.placeIds === undefined || isIdList(v.placeIds, LIMITS.placesPerRow)) &&
    (v.claimIds === undefined || isIdList(v.claimIds, LIMITS.linksPerRow))
  );
}

const sameKeys = (keys: ReadonlySet<unknown>, shape: object) =>
  [...keys].sort().join() === Object.keys(shape).sort().join();

/** True while this check knows every field the schema has; otherwise it stands aside. */
export function fastCheckMatchesSchema(): boolean {
  return (
    sameKeys(EVENT_KEYS, EventSchema.shape) &&
    sameKeys(CITATION_KEYS, CitationSchema.shape) &&
    sameKeys(FUZZY_DATE_KEYS, FuzzyDateSchema.shape) &&
    sameKeys(FIGURE_KEYS, SourcedFigureSchema.shape)
  );
}
let matchesSchema: boolean | undefined;

/**
 * The row as zod would return it, when zod would accept it; null when zod must decide. The input is never
 * changed: a row lacking a list zod defaults (`.default([])`) comes back as a copy with it filled in, a
 * row that lacks none comes back as it is.
 */
export function acceptEventRow(row: unknown): Event | null {
  matchesSchema ??= fastCheckMatchesSchema();
  if (!matchesSchema || !isEvent(row)) return null;
  if (
    row.alsoCategories !== undefined &&
    row.figures !== undefined &&
    row.placeIds !== undefined &&
    row.claimIds !== undefined
  ) {
    return row as unknown as Event;
  }
  return {
    ...row,
    alsoCategories: row.alsoCategories ?? [],
    figures: row.figures ?? [],
    placeIds: row.placeIds ?? [],
    claimIds: row.claimIds ?? [],
  } as unknown as Event;
}
