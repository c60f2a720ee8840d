/**
 * The one contract for every dataset Claimscope shows: the bundled one, any a user imports or writes.
 * Every type in the app is inferred from these schemas; nothing is written twice. This is version 2;
 * version 1 files are migrated to it before they are checked (restore.ts).
 *
 * Two layers of checking:
 *  - the zod shapes below (types, enums, lengths, ranges, rules within one row);
 *  - `crossCheck` in validate.ts, the rules that span rows (unique ids, references resolve, categories
 *    are declared, quotes are found word for word in their document's text, positions match).
 */
import { z } from 'zod';
import { firstXmlForbidden, hasVisibleText } from '../lib/text';
import { isRealDate } from './dates';
import { LIMITS } from './limits';

export const SCHEMA_VERSION = 2;

/** What an id may hold (shared with the fast row check in fast-rows.ts). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

const id = z
  .string()
  .min(1, 'must not be empty')
  .max(LIMITS.idLength, `must be at most ${LIMITS.idLength} characters`)
  .regex(ID_PATTERN, 'may hold only letters, digits, ".", "_", ":" and "-"');

/**
 * Text in a dataset: something a reader can see (zero-width characters alone are empty), and no character
 * XML forbids, which would make every SVG, slide and XML export of it unreadable. Shared by the fast row
 * check (fast-rows.ts).
 */
export function textProblem(text: string): string | null {
  if (!hasVisibleText(text)) return 'must not be empty';
  const forbidden = firstXmlForbidden(text);
  return forbidden ? `holds a control character (${forbidden}) that exports cannot carry: remove it` : null;
}

const checkText = (text: string, ctx: z.RefinementCtx) => {
  // An empty string is reported once, by `min`.
  if (text.length === 0) return;
  const problem = textProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max).superRefine(checkText);
const shortText = text(LIMITS.shortText);
const longText = text(LIMITS.longText);
const idList = (max: number) => z.array(id).max(max).default([]);

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

/** A time of day, 24-hour, as the event's source gave it (no time zone is implied). */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

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

export const OriginSchema = z.enum(['article', 'context', 'later-context']);

/** What a figure says about the true value: its lower and upper bound semantics. */
export const BoundSchema = z.enum(['at-least', 'more-than', 'about', 'at-most', 'range', 'exact']);

/** A colour as #rrggbb. */
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb');

/**
 * A category the dataset declares: claims and events name it by id. Lanes, filters, legends and exports
 * all read these; a colour not given is assigned from a colour-blind-safe palette (restore.ts).
 */
export const CategorySchema = z
  .object({
    id,
    label: shortText,
    colour: colour.optional(),
    description: longText.optional(),
  })
  .strict();

export const SourceKindSchema = z.enum([
  'military',
  'intelligence',
  'head-of-state',
  'government',
  'international-organisation',
  'media',
  'social-media-account',
  'ngo',
  'research-group',
  'unattributed',
  'other',
]);

/**
 * Who said it. Kind, country and grade are what real data often cannot fill: absent means unknown, and a
 * source without a reliability grade is "not graded" (never F, which is a judgement: "cannot be judged").
 */
export const SourceSchema = z
  .object({
    id,
    name: shortText,
    /** Drawn beside marks and in legends; the name is used when absent. */
    shortName: text(LIMITS.shortName).optional(),
    kind: SourceKindSchema.optional(),
    country: shortText.optional(),
    reliability: ReliabilitySchema.optional(),
    reliabilityRationale: shortText.optional(),
  })
  .strict();

export const MeasureSchema = z
  .object({
    id,
    label: shortText,
    unit: shortText,
    /**
     * `count` (the default: people, things, events) takes whole numbers only, so 1e-300 or 0.5 of a
     * soldier is refused; `quantity` (a share, a weight, a distance) takes any number.
     */
    kind: z.enum(['count', 'quantity']).optional(),
    /** Measures that count the same thing in the same unit may share an axis; others never silently. */
    comparableWith: z.array(id).max(50).optional(),
  })
  .strict();

const amount = z.number().finite().nonnegative('must not be negative').max(LIMITS.figure);

/** A number as its source stated it. `low`/`best`/`high` follow `bound` (see `figureBoundProblems`). */
const figureShape = {
  measure: id,
  bound: BoundSchema,
  low: amount.optional(),
  /** The single most likely value where the source gives one (UCDP's "best"). */
  best: amount.optional(),
  high: amount.optional(),
  /** The words that carry the number, as stated ("over 1,100", "up to a battalion"). */
  stated: shortText,
};

/** Which bounds a figure needs, and low ≤ best ≤ high (shared with the fast row check in fast-rows.ts). */
export function figureBoundProblems(f: {
  bound: string;
  low?: number | undefined;
  best?: number | undefined;
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
  if (f.best !== undefined && f.low !== undefined && f.best < f.low) {
    problems.push({ path: ['best'], message: `must be ≥ low (${f.low})` });
  }
  if (f.best !== undefined && f.high !== undefined && f.best > f.high) {
    problems.push({ path: ['best'], message: `must be ≤ high (${f.high})` });
  }
  return problems;
}

function checkFigureBounds(f: Parameters<typeof figureBoundProblems>[0], ctx: z.RefinementCtx): void {
  for (const problem of figureBoundProblems(f)) ctx.addIssue({ code: 'custom', ...problem });
}

export const FigureSchema = z.object(figureShape).strict().superRefine(checkFigureBounds);

/**
 * A figure inside an event names the source that gave it (an event may gather several sources). Coded
 * event data (a UCDP low/best/high, an ACLED fatality count) has no stated words: `stated` is optional.
 */
export const SourcedFigureSchema = z
  .object({ ...figureShape, stated: shortText.optional(), sourceId: id })
  .strict()
  .superRefine(checkFigureBounds);

export const PositionSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .strict();

export const DocumentKindSchema = z.enum([
  'news-report',
  'wire-copy',
  'statement',
  'press-release',
  'social-post',
  'briefing',
  'interview',
  'transcript',
  'research-report',
  'other',
]);

const httpUrl = z
  .string()
  .max(LIMITS.url)
  .url('must be a full URL')
  .refine((u) => /^https?:\/\//i.test(u), 'must start with http:// or https://');

/**
 * A report claims come from. With `text`, every claim citing it quotes it word for word and is
 * highlighted in it; without, it is a citation only (a print, broadcast or closed source).
 */
export const DocumentSchema = z
  .object({
    id,
    title: shortText,
    publisher: shortText.optional(),
    kind: DocumentKindSchema,
    date: FuzzyDateSchema,
    /** How sure the date is, and why, when the document does not say it. */
    dateConfidence: shortText.optional(),
    dateReasoning: longText.optional(),
    url: httpUrl.optional(),
    text: z.string().min(1, 'must not be empty').max(LIMITS.articleText).superRefine(checkText).optional(),
  })
  .strict();

/**
 * Where a quote sits, kept so its highlight follows the words when the document's text is edited: the
 * text just before and after the quote (the quote itself is the `exact` of a W3C TextQuoteSelector).
 * `detached`: the text was edited and the quote is no longer in it; the claim keeps its words as they
 * were, carries no position and no highlight, and is flagged until its passage is chosen again.
 */
export const AnchorSchema = z
  .object({
    prefix: z.string().max(LIMITS.shortText),
    suffix: z.string().max(LIMITS.shortText),
    detached: z.literal(true).optional(),
  })
  .strict();

export const ClaimSchema = z
  .object({
    id,
    sourceId: id,
    /** The document the claim quotes. */
    documentId: id,
    /** Verbatim from the document's text (as cited, when the document has no text). */
    quote: z.string().min(3).max(LIMITS.longText).superRefine(checkText),
    /** Character offsets of the quote in the document's text; derived from the quote when absent. */
    position: PositionSchema.optional(),
    /** The words around the quote, so its highlight follows an edit of the text; absent in older files. */
    anchor: AnchorSchema.optional(),
    category: id,
    /** A neutral one-line paraphrase for lists and exports. */
    summary: shortText,
    figure: FigureSchema.optional(),
    asOf: FuzzyDateSchema,
    placeIds: idList(LIMITS.placesPerRow),
    credibility: CredibilitySchema,
    credibilityRationale: shortText,
    /** How the document attributes this claim when it differs from who actually made it. */
    attributionNote: longText.optional(),
  })
  .strict();

/** Which of a citation's fields must be there (shared with the fast row check in fast-rows.ts). */
export function citationProblems(c: { title?: string | undefined; publisher?: string | undefined }) {
  return c.title === undefined && c.publisher === undefined
    ? [{ path: ['title'], message: 'a citation needs a title or a publisher' }]
    : [];
}

/** A cited report: by title or publisher; a link only when there is one (print, broadcast, closed sources). */
export const CitationSchema = z
  .object({
    title: shortText.optional(),
    publisher: shortText.optional(),
    url: httpUrl.optional(),
    date: IsoDateSchema.optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    for (const problem of citationProblems(value)) ctx.addIssue({ code: 'custom', ...problem });
  });

export const ConfidenceSchema = z.enum(['confirmed', 'single-source', 'conflicting', 'unverified']);

export const EventSchema = z
  .object({
    id,
    date: FuzzyDateSchema,
    /** A time of day, when the source gives one. */
    time: z.string().regex(TIME_PATTERN, 'must be a time written HH:MM (24-hour)').optional(),
    /** A category the dataset declares; the event is drawn in its lane. */
    category: id,
    /** Further categories the event also belongs to. */
    alsoCategories: idList(LIMITS.categoriesPerRow),
    description: longText,
    origin: OriginSchema,
    sourceIds: z.array(id).min(1, 'must name at least one source').max(LIMITS.sourcesPerRow),
    figures: z.array(SourcedFigureSchema).max(LIMITS.figuresPerRow).default([]),
    citations: z.array(CitationSchema).max(LIMITS.citationsPerRow),
    /** How well the event is established; absent when the data does not say. */
    confidence: ConfidenceSchema.optional(),
    confidenceNote: longText.optional(),
    placeIds: idList(LIMITS.placesPerRow),
    claimIds: idList(LIMITS.linksPerRow),
  })
  .strict();

export const PlacePrecisionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exact') }).strict(),
  z
    .object({
      kind: z.literal('approximate'),
      radiusKm: z
        .number()
        .positive()
        .max(LIMITS.radiusKm, `must be at most ${LIMITS.radiusKm.toLocaleString('en-GB')} km`),
    })
    .strict(),
]);

export const PlaceKindSchema = z.enum([
  'city',
  'town',
  'village',
  'site',
  'area',
  'region',
  'country',
  'other',
]);

export const PlaceSchema = z
  .object({
    id,
    name: shortText,
    kind: PlaceKindSchema.optional(),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    precision: PlacePrecisionSchema,
    /** Where the coordinates come from (a gazetteer, the source, the analyst). */
    coordinateSource: shortText.optional(),
    note: longText.optional(),
  })
  .strict();

export const NoteSchema = z
  .object({
    id,
    title: shortText,
    text: longText,
    claimIds: idList(LIMITS.linksPerRow),
    eventIds: idList(LIMITS.linksPerRow),
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

// The analyst's assessed range of a measure: one block, read by the chart, its exports and storage.
/** ICD 203's words for likelihood, from least to most likely (their probability bands: assessed-range.ts). */
export const LikelihoodSchema = z.enum([
  'almost-no-chance',
  'very-unlikely',
  'unlikely',
  'roughly-even-chance',
  'likely',
  'very-likely',
  'almost-certain',
]);
/** ICD 203's confidence in the judgement itself (the quality of the sources and reasoning behind it). */
export const AnalystConfidenceSchema = z.enum(['low', 'moderate', 'high']);

/** The analyst's own low / best / high for one measure as of a date, how likely, and why (citing claims). */
export const AssessedRangeSchema = z
  .object({
    measure: id,
    low: amount,
    best: amount,
    high: amount,
    asOf: IsoDateSchema,
    likelihood: LikelihoodSchema,
    confidence: AnalystConfidenceSchema.optional(),
    reasoning: longText,
    claimIds: z.array(id).max(200).default([]),
    eventIds: z.array(id).max(200).default([]),
    updatedAt: judgementTime,
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.low > r.best) ctx.addIssue({ code: 'custom', path: ['best'], message: `must be ≥ low (${r.low})` });
    if (r.best > r.high)
      ctx.addIssue({ code: 'custom', path: ['high'], message: `must be ≥ best (${r.best})` });
  });

export const AnalystJudgementsSchema = z
  .object({
    sources: z.array(SourceJudgementSchema).max(LIMITS.rows).default([]),
    claims: z.array(ClaimJudgementSchema).max(LIMITS.rows).default([]),
    ranges: z.array(AssessedRangeSchema).max(1_000).default([]),
  })
  .strict();

export const DatasetSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0'),
    title: shortText,
    description: longText,
    /** The area the data covers, in words ("Kursk area"): the map's title. */
    region: shortText.optional(),
    /** The measure the estimate chart opens on. */
    defaultMeasure: id.optional(),
    /** A measure drawn for scale beside the others (a deployed force), labelled as a different measure. */
    referenceMeasure: id.optional(),
    documents: z.array(DocumentSchema).max(LIMITS.documents).default([]),
    categories: z.array(CategorySchema).max(LIMITS.categories),
    sources: z.array(SourceSchema).max(LIMITS.rows),
    measures: z.array(MeasureSchema).max(LIMITS.measures).default([]),
    claims: z.array(ClaimSchema).max(LIMITS.rows).default([]),
    events: z.array(EventSchema).max(LIMITS.rows).default([]),
    places: z.array(PlaceSchema).max(LIMITS.rows).default([]),
    notes: z.array(NoteSchema).max(LIMITS.notes).default([]),
    /** Re-grades and notes an analyst attached; restored when the file is imported. */
    analystJudgements: AnalystJudgementsSchema.optional(),
  })
  .strict();

export type Reliability = z.infer<typeof ReliabilitySchema>;
export type Credibility = z.infer<typeof CredibilitySchema>;
export type Origin = z.infer<typeof OriginSchema>;
export type Bound = z.infer<typeof BoundSchema>;
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;
export type FuzzyDate = z.infer<typeof FuzzyDateSchema>;
export type CategoryInput = z.infer<typeof CategorySchema>;
export type SourceInput = z.infer<typeof SourceSchema>;
export type SourceKind = z.infer<typeof SourceKindSchema>;
export type Measure = z.infer<typeof MeasureSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type SourcedFigure = z.infer<typeof SourcedFigureSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Anchor = z.infer<typeof AnchorSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type Event = z.infer<typeof EventSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type PlaceKind = z.infer<typeof PlaceKindSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type Document = z.infer<typeof DocumentSchema>;
export type DocumentKind = z.infer<typeof DocumentKindSchema>;
export type SourceJudgement = z.infer<typeof SourceJudgementSchema>;
export type ClaimJudgement = z.infer<typeof ClaimJudgementSchema>;
export type AnalystJudgements = z.infer<typeof AnalystJudgementsSchema>;
export type Likelihood = z.infer<typeof LikelihoodSchema>;
export type AnalystConfidence = z.infer<typeof AnalystConfidenceSchema>;
export type AssessedRange = z.infer<typeof AssessedRangeSchema>;
/** A dataset as written in a file (defaults not yet applied). */
export type DatasetInput = z.input<typeof DatasetSchema>;
/** A dataset after parsing (defaults applied), before cross-checks and normalisation. */
export type ParsedDataset = z.infer<typeof DatasetSchema>;

/** A category as every view reads it: its colour filled in where the file gave none (restore.ts). */
export type Category = CategoryInput & { colour: string };
/** A source as every view reads it: its short name filled in from the name where the file gave none. */
export type Source = SourceInput & { shortName: string };
