/**
 * The one contract for every dataset Claimscope shows: the bundled one and any a user imports.
 * Every type in the app is inferred from these schemas; nothing is written twice.
 *
 * Two layers of checking:
 *  - the zod shapes below (types, enums, lengths, ranges);
 *  - `crossCheckDataset`, the rules that span rows (unique ids, references resolve, low ≤ high,
 *    quotes found word for word in the article text, positions that match).
 */
import { z } from 'zod';
import { LIMITS } from './limits';

export const SCHEMA_VERSION = 1;

/** What an id may hold (shared with the fast row check in fast-rows.ts). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

const id = z
  .string()
  .min(1, 'must not be empty')
  .max(LIMITS.idLength, `must be at most ${LIMITS.idLength} characters`)
  .regex(ID_PATTERN, 'may hold only letters, digits, ".", "_", ":" and "-"');

const shortText = z.string().trim().min(1, 'must not be empty').max(LIMITS.shortText);
const longText = z.string().trim().min(1, 'must not be empty').max(LIMITS.longText);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Arithmetic, not `new Date`: it runs for every date of a 100,000-row file. Expects YYYY-MM-DD. */
export function isRealDate(value: string): boolean {
  if (value.length !== 10) return false;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) {
    return false;
  }
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 && leap ? 29 : (DAYS_IN_MONTH[m - 1] ?? 0);
  return d <= days;
}

export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const isDateInRange = (v: string) => v >= '1900-01-01' && v <= '2100-12-31';

/** A calendar date as YYYY-MM-DD that exists (no 2024-02-30). */
export const IsoDateSchema = z
  .string()
  .regex(ISO_DATE_PATTERN, 'must be a date written YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date')
  .refine(isDateInRange, 'must lie between 1900 and 2100');

/**
 * How precisely a date is known. `day`: that day. `month`: only the month is known (the date is the
 * first of the month and the whole month is meant). `approx`: within a few days, or the span `date`…`end`.
 */
export const DatePrecisionSchema = z.enum(['day', 'month', 'approx']);

interface RowProblem {
  path: string[];
  message: string;
}

/** The rules across a fuzzy date's fields (shared with the fast row check in fast-rows.ts). */
export function fuzzyDateProblems(value: { date: string; precision: string; end?: string | undefined }) {
  const problems: RowProblem[] = [];
  if (value.end && value.end < value.date)
    problems.push({ path: ['end'], message: 'must not be before date' });
  if (value.precision === 'month' && !value.date.endsWith('-01')) {
    problems.push({
      path: ['date'],
      message: 'a month-precision date is written as the first day of its month (YYYY-MM-01)',
    });
  }
  return problems;
}

export const FuzzyDateSchema = z
  .object({
    date: IsoDateSchema,
    precision: DatePrecisionSchema,
    end: IsoDateSchema.optional(),
    note: shortText.optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    for (const problem of fuzzyDateProblems(value)) ctx.addIssue({ code: 'custom', ...problem });
  });

/** Admiralty (NATO) source reliability: A completely reliable … E unreliable, F cannot be judged. */
export const ReliabilitySchema = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
/** Admiralty information credibility: 1 confirmed … 5 improbable, 6 cannot be judged. */
export const CredibilitySchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal(6),
]);

export const CategorySchema = z.enum([
  'deployment',
  'equipment',
  'pact',
  'casualty-estimate',
  'identity',
  'border',
  'assessment',
  'acknowledgement',
]);

export const OriginSchema = z.enum(['article', 'context', 'later-context']);

/** What a figure says about the true value: its lower and upper bound semantics. */
export const BoundSchema = z.enum(['at-least', 'more-than', 'about', 'at-most', 'range', 'exact']);

export const SourceKindSchema = z.enum([
  'military',
  'intelligence',
  'head-of-state',
  'government',
  'international-organisation',
  'media',
  'unattributed',
]);

export const SourceSchema = z
  .object({
    id,
    name: shortText,
    shortName: z.string().trim().min(1).max(40),
    kind: SourceKindSchema,
    country: shortText,
    reliability: ReliabilitySchema,
    reliabilityRationale: shortText,
  })
  .strict();

export const MeasureSchema = z
  .object({
    id,
    label: shortText,
    unit: shortText,
    /** Measures that count the same thing in the same unit may share an axis; others never silently. */
    comparableWith: z.array(id).max(50).optional(),
  })
  .strict();

/** A number as its source stated it. `low`/`high` follow `bound` (see `figureBoundsValid`). */
const figureShape = {
  measure: id,
  bound: BoundSchema,
  low: z.number().finite().nonnegative('must not be negative').max(1e12).optional(),
  high: z.number().finite().nonnegative('must not be negative').max(1e12).optional(),
  /** The words that carry the number, as stated ("over 1,100", "up to a battalion"). */
  stated: shortText,
};

/** Which bounds a figure needs, and low ≤ high (shared with the fast row check in fast-rows.ts). */
export function figureBoundProblems(f: {
  bound: string;
  low?: number | undefined;
  high?: number | undefined;
}) {
  const problems: RowProblem[] = [];
  const needsLow = f.bound !== 'at-most';
  const needsHigh = f.bound === 'range' || f.bound === 'at-most';
  if (needsLow && f.low === undefined) {
    problems.push({ path: ['low'], message: `is required when bound is "${f.bound}"` });
  }
  if (needsHigh && f.high === undefined) {
    problems.push({ path: ['high'], message: `is required when bound is "${f.bound}"` });
  }
  if (f.low !== undefined && f.high !== undefined && f.low > f.high) {
    problems.push({ path: ['high'], message: `must be ≥ low (${f.low})` });
  }
  return problems;
}

function checkFigureBounds(
  f: { bound: z.infer<typeof BoundSchema>; low?: number | undefined; high?: number | undefined },
  ctx: z.RefinementCtx,
): void {
  for (const problem of figureBoundProblems(f)) ctx.addIssue({ code: 'custom', ...problem });
}

export const FigureSchema = z.object(figureShape).strict().superRefine(checkFigureBounds);

/** A figure inside an event names the source that gave it (an event may gather several sources). */
export const SourcedFigureSchema = z
  .object({ ...figureShape, sourceId: id })
  .strict()
  .superRefine(checkFigureBounds);

export const PositionSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .strict();

export const ClaimSchema = z
  .object({
    id,
    sourceId: id,
    /** Verbatim from the article text. */
    quote: z.string().min(3).max(LIMITS.longText),
    /** Character offsets of the quote in the article text; derived from the quote when absent. */
    position: PositionSchema.optional(),
    category: CategorySchema,
    /** A neutral one-line paraphrase for lists and exports. */
    summary: shortText,
    figure: FigureSchema.optional(),
    asOf: FuzzyDateSchema,
    placeIds: z.array(id).max(100).default([]),
    credibility: CredibilitySchema,
    credibilityRationale: shortText,
    /** How the article attributes this claim when it differs from who actually made it. */
    attributionNote: longText.optional(),
  })
  .strict();

export const CitationSchema = z
  .object({
    title: shortText,
    publisher: shortText,
    url: z
      .string()
      .max(2_000)
      .url('must be a full URL')
      .refine((u) => /^https?:\/\//i.test(u), 'must start with http:// or https://'),
    date: IsoDateSchema.optional(),
  })
  .strict();

export const ConfidenceSchema = z.enum(['confirmed', 'single-source', 'conflicting', 'unverified']);

export const EventSchema = z
  .object({
    id,
    date: FuzzyDateSchema,
    category: CategorySchema,
    /** Further categories the event also belongs to (it is drawn in the lane of `category`). */
    alsoCategories: z.array(CategorySchema).max(8).default([]),
    description: longText,
    origin: OriginSchema,
    sourceIds: z.array(id).min(1, 'must name at least one source').max(50),
    figures: z.array(SourcedFigureSchema).max(50).default([]),
    citations: z.array(CitationSchema).max(50),
    confidence: ConfidenceSchema,
    confidenceNote: longText.optional(),
    placeIds: z.array(id).max(100).default([]),
    claimIds: z.array(id).max(200).default([]),
  })
  .strict();

export const PlacePrecisionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exact') }).strict(),
  z
    .object({
      kind: z.literal('approximate'),
      radiusKm: z.number().positive().max(500, 'must be at most 500 km'),
    })
    .strict(),
]);

export const PlaceSchema = z
  .object({
    id,
    name: shortText,
    kind: z.enum(['city', 'town', 'village', 'area', 'region']),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    precision: PlacePrecisionSchema,
    coordinateSource: shortText,
    note: longText.optional(),
  })
  .strict();

export const NoteSchema = z
  .object({
    id,
    title: shortText,
    text: longText,
    claimIds: z.array(id).max(200).default([]),
    eventIds: z.array(id).max(200).default([]),
  })
  .strict();

export const ArticleSchema = z
  .object({
    title: shortText,
    publisher: shortText.optional(),
    date: IsoDateSchema,
    dateConfidence: shortText,
    dateReasoning: longText,
    text: z.string().min(1).max(LIMITS.articleText),
  })
  .strict();

/**
 * An analyst's own judgement, kept beside the data: a re-grade and a note. The dataset's own grades stay
 * untouched in `sources`/`claims`, so the original is always there to compare with.
 */
const judgementTime = z.iso.datetime({ offset: true }).optional();

export const SourceJudgementSchema = z
  .object({
    sourceId: id,
    reliability: ReliabilitySchema.optional(),
    note: longText.optional(),
    updatedAt: judgementTime,
  })
  .strict();

export const ClaimJudgementSchema = z
  .object({
    claimId: id,
    credibility: CredibilitySchema.optional(),
    note: longText.optional(),
    updatedAt: judgementTime,
  })
  .strict();

export const AnalystJudgementsSchema = z
  .object({
    sources: z.array(SourceJudgementSchema).max(LIMITS.rows).default([]),
    claims: z.array(ClaimJudgementSchema).max(LIMITS.rows).default([]),
  })
  .strict();

export const DatasetSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0'),
    title: shortText,
    description: longText,
    article: ArticleSchema,
    sources: z.array(SourceSchema).min(1).max(LIMITS.rows),
    measures: z.array(MeasureSchema).max(1_000),
    claims: z.array(ClaimSchema).max(LIMITS.rows),
    events: z.array(EventSchema).max(LIMITS.rows),
    places: z.array(PlaceSchema).max(LIMITS.rows),
    notes: z.array(NoteSchema).max(10_000).default([]),
    /** Re-grades and notes an analyst attached; restored when the file is imported. */
    analystJudgements: AnalystJudgementsSchema.optional(),
  })
  .strict();

export type Reliability = z.infer<typeof ReliabilitySchema>;
export type Credibility = z.infer<typeof CredibilitySchema>;
export type Category = z.infer<typeof CategorySchema>;
export type Origin = z.infer<typeof OriginSchema>;
export type Bound = z.infer<typeof BoundSchema>;
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;
export type FuzzyDate = z.infer<typeof FuzzyDateSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Measure = z.infer<typeof MeasureSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type Event = z.infer<typeof EventSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type SourceJudgement = z.infer<typeof SourceJudgementSchema>;
export type ClaimJudgement = z.infer<typeof ClaimJudgementSchema>;
export type AnalystJudgements = z.infer<typeof AnalystJudgementsSchema>;
/** A dataset as written in a file (defaults not yet applied). */
export type DatasetInput = z.input<typeof DatasetSchema>;
/** A dataset after parsing (defaults applied), before cross-checks and normalisation. */
export type ParsedDataset = z.infer<typeof DatasetSchema>;
