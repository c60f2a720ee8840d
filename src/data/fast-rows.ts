/**
 * A fast check for event rows, the one list that runs to 100,000 rows. zod spends about 10 µs on an event
 * (its per-check machinery, not any one rule); this check spends well under one.
 *
 * zod stays the authority. This check only *accepts*: a row passes when zod would accept it and return it
 * unchanged (strings already trimmed; list defaults are filled in here exactly as zod fills them). Any
 * doubt — an untrimmed string, an unknown field, any rule broken — sends the row to zod, which decides and
 * words every problem. `fast-rows.test.ts` holds this to zod on thousands of altered rows.
 *
 * The rules come from schema.ts (patterns, enums, limits, the cross-field rules), not restated. If the
 * schema gains or loses a field this check no longer knows, it accepts nothing and zod does all the work.
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

type Check = (value: unknown) => boolean;
interface Field {
  check: Check;
  required?: boolean;
  /** zod's `.default([])`: filled in when the field is absent. */
  defaultsToEmptyList?: boolean;
}
type Fields = Record<string, Field>;

const oneOf = (options: readonly (string | number)[]): Check => {
  const set = new Set<unknown>(options);
  return (v) => set.has(v);
};

const isId: Check = (v) => typeof v === 'string' && v.length <= LIMITS.idLength && ID_PATTERN.test(v);

/** `z.string().trim().min(1).max(max)` returns the string unchanged only when it is already trimmed. */
const text =
  (max: number): Check =>
  (v) =>
    typeof v === 'string' && v.length >= 1 && v.length <= max && v.trim() === v;

const isIsoDate: Check = (v) =>
  typeof v === 'string' && ISO_DATE_PATTERN.test(v) && isRealDate(v) && isDateInRange(v);

const isAmount: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1e12;

const listOf =
  (item: Check, max: number, min = 0): Check =>
  (v) => {
    if (!Array.isArray(v) || v.length < min || v.length > max) return false;
    for (const x of v) if (!item(x)) return false;
    return true;
  };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A strict object: no unknown field, every required one present, each present one passing. */
function objectOf(fields: Fields, rule: (v: Record<string, unknown>) => boolean = () => true): Check {
  const required = Object.keys(fields).filter((k) => fields[k]?.required);
  return (v) => {
    if (!isPlainObject(v)) return false;
    for (const key of required) if (!Object.hasOwn(v, key)) return false;
    for (const key of Object.keys(v)) {
      const field = Object.hasOwn(fields, key) ? fields[key] : undefined;
      if (field === undefined || !field.check(v[key])) return false;
    }
    return rule(v);
  };
}

const fuzzyDateFields: Fields = {
  date: { check: isIsoDate, required: true },
  precision: { check: oneOf(DatePrecisionSchema.options), required: true },
  end: { check: isIsoDate },
  note: { check: text(LIMITS.shortText) },
};
const isFuzzyDate = objectOf(
  fuzzyDateFields,
  (v) => fuzzyDateProblems(v as { date: string; precision: string; end?: string }).length === 0,
);

const figureFields: Fields = {
  measure: { check: isId, required: true },
  bound: { check: oneOf(BoundSchema.options), required: true },
  low: { check: isAmount },
  high: { check: isAmount },
  stated: { check: text(LIMITS.shortText), required: true },
  sourceId: { check: isId, required: true },
};
const isFigure = objectOf(
  figureFields,
  (v) => figureBoundProblems(v as { bound: string; low?: number; high?: number }).length === 0,
);

const HTTP_START = /^https?:\/\//i;
const TAB_OR_NEWLINE = /[\t\n\r]/;

/**
 * zod's URL rule with no options is `URL.canParse` on the trimmed string, returning it with tabs and line
 * breaks removed; the schema adds its length limit and http(s) start. A string that needs neither change
 * passes here by the same test. Without `URL.canParse` (older browsers) zod is asked.
 */
const isUrl: Check = (v) => {
  if (typeof v !== 'string' || v.length > 2_000 || !HTTP_START.test(v)) return false;
  if (v.trim() !== v || TAB_OR_NEWLINE.test(v)) return false;
  return typeof URL.canParse === 'function'
    ? URL.canParse(v)
    : CitationSchema.shape.url.safeParse(v).data === v;
};

const citationFields: Fields = {
  title: { check: text(LIMITS.shortText), required: true },
  publisher: { check: text(LIMITS.shortText), required: true },
  url: { check: isUrl, required: true },
  date: { check: isIsoDate },
};

const eventFields: Fields = {
  id: { check: isId, required: true },
  date: { check: isFuzzyDate, required: true },
  category: { check: oneOf(CategorySchema.options), required: true },
  alsoCategories: { check: listOf(oneOf(CategorySchema.options), 8), defaultsToEmptyList: true },
  description: { check: text(LIMITS.longText), required: true },
  origin: { check: oneOf(OriginSchema.options), required: true },
  sourceIds: { check: listOf(isId, 50, 1), required: true },
  figures: { check: listOf(isFigure, 50), defaultsToEmptyList: true },
  citations: { check: listOf(objectOf(citationFields), 50), required: true },
  confidence: { check: oneOf(ConfidenceSchema.options), required: true },
  confidenceNote: { check: text(LIMITS.longText) },
  placeIds: { check: listOf(isId, 100), defaultsToEmptyList: true },
  claimIds: { check: listOf(isId, 200), defaultsToEmptyList: true },
};

const sameKeys = (fields: Fields, shape: object) =>
  Object.keys(fields).sort().join() === Object.keys(shape).sort().join();

/** True while this check knows every field the schema has; otherwise it stands aside. */
export function fastCheckMatchesSchema(): boolean {
  return (
    sameKeys(eventFields, EventSchema.shape) &&
    sameKeys(citationFields, CitationSchema.shape) &&
    sameKeys(fuzzyDateFields, FuzzyDateSchema.shape) &&
    sameKeys(figureFields, SourcedFigureSchema.shape)
  );
}

const isEvent = objectOf(eventFields);
let matchesSchema: boolean | undefined;
const eventDefaults = Object.keys(eventFields).filter((k) => eventFields[k]?.defaultsToEmptyList);

/**
 * True when zod would accept this event row as it is. The list defaults it lacks are then filled in on
 * the row itself, as zod would have.
 */
export function acceptEventRow(row: unknown): boolean {
  matchesSchema ??= fastCheckMatchesSchema();
  if (!matchesSchema || !isEvent(row)) return false;
  const event = row as Record<string, unknown>;
  for (const key of eventDefaults) if (!Object.hasOwn(event, key)) event[key] = [];
  return true;
}
