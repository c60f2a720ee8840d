/**
 * A fast check for event rows, the one list that runs to 100,000 rows. zod spends about 10 µs on an event
 * (its per-check machinery, not any one rule); this check spends 2–4 µs even before the engine has
 * optimised it, and a fraction of one after.
 *
 * zod stays the authority. This check only *accepts*: a row passes when zod would accept it and return it
 * unchanged (strings already trimmed; list defaults are filled in here exactly as zod fills them). Any
 * doubt — an untrimmed string, an unknown field, any rule broken — sends the row to zod, which decides and
 * words every problem. `fast-rows.test.ts` holds this to zod on thousands of altered rows.
 *
 * The rules come from schema.ts (patterns, enums, limits, the cross-field rules), not restated. If the
 * schema gains or loses a field this check no longer knows, it accepts nothing and zod does all the work.
 *
 * Written out field by field rather than driven by a table: the check runs once per load, mostly before
 * the engine has optimised it, and direct calls cost a half of what a table's calls through one shared
 * site cost there.
 */
import { LIMITS } from './limits';
import {
  BoundSchema,
  CategorySchema,
  CitationSchema,
  ConfidenceSchema,
  DatePrecisionSchema,
  EventSchema,
  FuzzyDateSchema,
  ID_PATTERN,
  ISO_DATE_PATTERN,
  OriginSchema,
  SourcedFigureSchema,
  figureBoundProblems,
  fuzzyDateProblems,
  isDateInRange,
  isRealDate,
} from './schema';

type Row = Record<string, unknown>;

const setOf = (options: readonly string[]) => new Set<unknown>(options);
const CATEGORIES = setOf(CategorySchema.options);
const PRECISIONS = setOf(DatePrecisionSchema.options);
const BOUNDS = setOf(BoundSchema.options);
const ORIGINS = setOf(OriginSchema.options);
const CONFIDENCES = setOf(ConfidenceSchema.options);

/** The fields this check knows, per object; compared with the schema's own before it accepts anything. */
const EVENT_KEYS = setOf([
  'id',
  'date',
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
const FIGURE_KEYS = setOf(['measure', 'bound', 'low', 'high', 'stated', 'sourceId']);
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
  return typeof v === 'string' && v.length >= 1 && v.length <= max && v.trim() === v;
}

function isIsoDate(v: unknown): boolean {
  return typeof v === 'string' && ISO_DATE_PATTERN.test(v) && isRealDate(v) && isDateInRange(v);
}

function isAmount(v: unknown): boolean {
  return v === undefined || (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1e12);
}

function isIdList(v: unknown, max: number, min = 0): boolean {
  if (!Array.isArray(v) || v.length < min || v.length > max) return false;
  for (const x of v) if (!isId(x)) return false;
  return true;
}

function isCategoryList(v: unknown): boolean {
  if (!Array.isArray(v) || v.length > 8) return false;
  for (const x of v) if (!CATEGORIES.has(x)) return false;
  return true;
}

function isFuzzyDate(v: unknown): boolean {
  if (!isStrictObject(v, FUZZY_DATE_KEYS)) return false;
  if (!isIsoDate(v.date) || !PRECISIONS.has(v.precision)) return false;
  if (v.end !== undefined && !isIsoDate(v.end)) return false;
  if (v.note !== undefined && !isText(v.note, LIMITS.shortText)) return false;
  return fuzzyDateProblems(v as { date: string; precision: string; end?: string }).length === 0;
}

function isFigure(v: unknown): boolean {
  if (!isStrictObject(v, FIGURE_KEYS)) return false;
  if (!isId(v.measure) || !BOUNDS.has(v.bound) || !isId(v.sourceId)) return false;
  if (!isAmount(v.low) || !isAmount(v.high) || !isText(v.stated, LIMITS.shortText)) return false;
  return figureBoundProblems(v as { bound: string; low?: number; high?: number }).length === 0;
}

const HTTP_START = /^https?:\/\//i;
const TAB_OR_NEWLINE = /[\t\n\r]/;
/**
 * http(s) URLs the URL standard's parser cannot refuse: a host of ASCII letters, digits and hyphens in
 * non-empty labels, none an IDNA label (`xn--`), the last starting with a letter (so never read as an
 * IPv4 address); no user info, no port; then anything (a path, query or fragment is never refused, only
 * escaped). Anything else is asked of `URL.canParse`, which costs the page about 1.5 µs a URL.
 */
const PLAIN_HTTP_URL = /^https?:\/\/(?:(?!xn--)[a-z0-9-]+\.)*(?!xn--)[a-z][a-z0-9-]*(?:[/?#].*)?$/i;

/**
 * zod's URL rule with no options is `URL.canParse` on the trimmed string, returning it with tabs and line
 * breaks removed; the schema adds its length limit and http(s) start. A string that needs neither change
 * passes here by the same test. Without `URL.canParse` (older browsers) zod is asked.
 */
function isUrl(v: unknown): boolean {
  if (typeof v !== 'string' || v.length > 2_000 || !HTTP_START.test(v)) return false;
  if (v.trim() !== v || TAB_OR_NEWLINE.test(v)) return false;
  if (PLAIN_HTTP_URL.test(v)) return true;
  return typeof URL.canParse === 'function'
    ? URL.canParse(v)
    : CitationSchema.shape.url.safeParse(v).data === v;
}

/** Exported for its test against the URL parser; the row check above is its only other user. */
export const isPlainHttpUrl = (v: string) => PLAIN_HTTP_URL.test(v);

function isCitation(v: unknown): boolean {
  return (
    isStrictObject(v, CITATION_KEYS) &&
    isText(v.title, LIMITS.shortText) &&
    isText(v.publisher, LIMITS.shortText) &&
    isUrl(v.url) &&
    (v.date === undefined || isIsoDate(v.date))
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
    CATEGORIES.has(v.category) &&
    (v.alsoCategories === undefined || isCategoryList(v.alsoCategories)) &&
    isText(v.description, LIMITS.longText) &&
    ORIGINS.has(v.origin) &&
    isIdList(v.sourceIds, 50, 1) &&
    (v.figures === undefined || isListOf(v.figures, 50, isFigure)) &&
    isListOf(v.citations, 50, isCitation) &&
    CONFIDENCES.has(v.confidence) &&
    (v.confidenceNote === undefined || isText(v.confidenceNote, LIMITS.longText)) &&
    (v.placeIds === undefined || isIdList(v.placeIds, 100)) &&
    (v.claimIds === undefined || isIdList(v.claimIds, 200))
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
 * True when zod would accept this event row as it is. The list defaults it lacks (zod's `.default([])`)
 * are then filled in on the row itself, as zod would have.
 */
export function acceptEventRow(row: unknown): boolean {
  matchesSchema ??= fastCheckMatchesSchema();
  if (!matchesSchema || !isEvent(row)) return false;
  row.alsoCategories ??= [];
  row.figures ??= [];
  row.placeIds ??= [];
  row.claimIds ??= [];
  return true;
}
