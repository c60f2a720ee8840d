/**
 * The claim form as pure functions: the values a passage proposes (its figure read for the analyst), the
 * claim row the values make, and the operations that save it with whatever new source, category or
 * measure it needs, as one change.
 */
import { readQuote, type QuoteReading } from '../../data/figure-reader';
import {
  addCategory,
  addClaim,
  addMeasure,
  saveSource,
  sequence,
  updateClaim,
  type ClaimFields,
  type EditResult,
  type SourceFields,
} from '../../data/edit';
import type { Span } from '../../data/anchor';
import { proposeMeasure } from '../../data/measure-words';
import { keepDateExtras } from './keep-unshown';
import type { Claim, FuzzyDate } from '../../data/schema';
import type { Dataset } from '../../data/validate';
import { describeFigure } from '../../data/figure-words';

export const NEW = '__new';

export type ClaimValues = Record<
  | 'quote'
  | 'source'
  | 'sourceKind'
  | 'sourceCountry'
  | 'reliability'
  | 'reliabilityRationale'
  | 'category'
  | 'summary'
  | 'hasFigure'
  | 'measure'
  | 'measureLabel'
  | 'measureUnit'
  | 'bound'
  | 'low'
  | 'high'
  | 'best'
  | 'stated'
  | 'asOf'
  | 'asOfPrecision'
  | 'credibility'
  | 'credibilityRationale'
  | 'places'
  | 'attributionNote',
  string
>;

const text = (n: number | undefined) => (n === undefined ? '' : String(n));

/** The figure fields a reading proposes, with the measure its words point to. */
export function figureValues(reading: QuoteReading, index: number, dataset: Dataset): Partial<ClaimValues> {
  const figure = reading.figures[index];
  if (!figure) return { hasFigure: 'no' };
  const measure = proposeMeasure(figure.measureWords, dataset.measures);
  return {
    hasFigure: 'yes',
    bound: figure.bound,
    low: text(figure.low),
    high: text(figure.high),
    best: '',
    stated: figure.stated,
    measure: measure.existing?.id ?? NEW,
    measureLabel: measure.existing ? '' : measure.label,
    measureUnit: measure.existing ? '' : measure.unit,
  };
}

/** What a new claim's form opens with: the quote, and the figure read from it. */
export function initialValues(
  dataset: Dataset,
  documentId: string,
  quote: string,
  after: string,
): ClaimValues {
  const doc = dataset.documents.find((d) => d.id === documentId);
  return {
    quote,
    source: '',
    sourceKind: '',
    sourceCountry: '',
    reliability: '',
    reliabilityRationale: '',
    category: '',
    summary: '',
    hasFigure: 'no',
    measure: dataset.measures[0]?.id ?? NEW,
    measureLabel: '',
    measureUnit: '',
    bound: 'exact',
    low: '',
    high: '',
    best: '',
    stated: '',
    asOf: doc?.date.date ?? '',
    asOfPrecision: doc?.date.precision ?? 'day',
    credibility: '',
    credibilityRationale: '',
    places: '',
    attributionNote: '',
    ...figureValues(readQuote(quote, after), 0, dataset),
  };
}

/** A claim's values, to change it. */
export function claimValues(dataset: Dataset, claim: Claim): ClaimValues {
  const source = dataset.sources.find((s) => s.id === claim.sourceId);
  const category = dataset.categories.find((c) => c.id === claim.category);
  const f = claim.figure;
  return {
    quote: claim.quote,
    source: source?.name ?? claim.sourceId,
    sourceKind: '',
    sourceCountry: '',
    reliability: '',
    reliabilityRationale: '',
    category: category?.label ?? claim.category,
    summary: claim.summary,
    hasFigure: f ? 'yes' : 'no',
    measure: f?.measure ?? dataset.measures[0]?.id ?? NEW,
    measureLabel: '',
    measureUnit: '',
    bound: f?.bound ?? 'exact',
    low: text(f?.low),
    high: text(f?.high),
    best: text(f?.best),
    stated: f?.stated ?? '',
    asOf: claim.asOf.date,
    asOfPrecision: claim.asOf.precision,
    credibility: String(claim.credibility),
    credibilityRationale: claim.credibilityRationale,
    places: claim.placeIds.join(' '),
    attributionNote: claim.attributionNote ?? '',
  };
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The source a name means: one of the dataset's (by name or short name), or null for a new one. */
export function sourceNamed(dataset: Dataset, name: string) {
  return dataset.sources.find((s) => same(s.name, name) || same(s.shortName, name)) ?? null;
}

export function categoryNamed(dataset: Dataset, label: string) {
  return dataset.categories.find((c) => same(c.label, label) || same(c.id, label)) ?? null;
}

const number = (v: string): number | undefined => {
  const cleaned = v.replace(/[,\s\u2009\u202F]/g, '');
  return cleaned === '' ? undefined : Number(cleaned);
};

/** The summary a claim gets when the analyst writes none: who, and what figure of what. */
export function autoSummary(dataset: Dataset, v: ClaimValues): string {
  const who = sourceNamed(dataset, v.source)?.shortName ?? v.source.trim();
  if (v.hasFigure !== 'yes') return who ? `${who}: ${v.quote}` : v.quote;
  const measure =
    v.measure === NEW ? v.measureLabel : dataset.measures.find((m) => m.id === v.measure)?.label;
  const figure = describeFigure({
    bound: v.bound as 'exact',
    low: number(v.low),
    high: number(v.high),
  });
  return `${who || 'The source'}: ${figure} ${(measure ?? '').toLowerCase()}`.trim();
}

/** Placeholder ids for rows the claim creates: the row is checked before they exist. */
const PENDING = { source: 'new-source', category: 'new-category', measure: 'new-measure' };

/** The claim the values make; new rows it needs stand as placeholders until saved. */
export function claimRow(dataset: Dataset, documentId: string, v: ClaimValues): ClaimFields {
  const source = sourceNamed(dataset, v.source);
  const category = categoryNamed(dataset, v.category);
  const low = number(v.low);
  const high = number(v.high);
  const best = number(v.best);
  return {
    sourceId: source?.id ?? (v.source.trim() ? PENDING.source : ''),
    documentId,
    quote: v.quote,
    category: category?.id ?? (v.category.trim() ? PENDING.category : ''),
    summary: v.summary.trim() ? v.summary : autoSummary(dataset, v),
    ...(v.hasFigure === 'yes'
      ? {
          figure: {
            measure: v.measure === NEW ? PENDING.measure : v.measure,
            bound: v.bound as 'exact',
            ...(low === undefined ? {} : { low }),
            ...(high === undefined ? {} : { high }),
            ...(best === undefined ? {} : { best }),
            stated: v.stated,
          },
        }
      : {}),
    asOf: { date: v.asOf, precision: v.asOfPrecision as 'day' },
    placeIds: v.places.split(' ').filter(Boolean),
    credibility: (v.credibility === '' ? undefined : Number(v.credibility)) as 1,
    credibilityRationale: v.credibilityRationale,
    ...(v.attributionNote.trim() ? { attributionNote: v.attributionNote } : {}),
  };
}

type SourceValues = Record<'name' | 'kind' | 'country' | 'reliability' | 'reliabilityRationale', string> & {
  shortName?: string;
};

/** A source row from what is known of it (the source form, and the claim form's new source). */
export function sourceFields(v: SourceValues): SourceFields {
  return {
    name: v.name,
    ...(v.shortName?.trim() ? { shortName: v.shortName } : {}),
    ...(v.kind ? { kind: v.kind as 'other' } : {}),
    ...(v.country.trim() ? { country: v.country } : {}),
    ...(v.reliability ? { reliability: v.reliability as 'A' } : {}),
    ...(v.reliabilityRationale.trim() ? { reliabilityRationale: v.reliabilityRationale } : {}),
  };
}

/** A new source's row, when the name is not one of the dataset's sources. */
export function newSourceRow(v: ClaimValues): SourceFields {
  return sourceFields({
    name: v.source,
    kind: v.sourceKind,
    country: v.sourceCountry,
    reliability: v.reliability,
    reliabilityRationale: v.reliabilityRationale,
  });
}

/** Saving the claim: new source, category and measure first, then the claim, as one change. */
export function saveClaim(
  dataset: Dataset,
  documentId: string,
  v: ClaimValues,
  target: { claimId?: string; span?: Span },
): EditResult {
  const source = sourceNamed(dataset, v.source);
  const category = categoryNamed(dataset, v.category);
  const newMeasure = v.hasFigure === 'yes' && v.measure === NEW;
  const ops: Array<(d: Dataset, made: readonly string[]) => EditResult> = [];
  const made: Record<string, number> = {};
  if (!source) {
    made.source = ops.length;
    ops.push((d) => saveSource(d, newSourceRow(v)));
  }
  if (!category) {
    made.category = ops.length;
    ops.push((d) => addCategory(d, { label: v.category }));
  }
  if (newMeasure) {
    made.measure = ops.length;
    ops.push((d) => addMeasure(d, { label: v.measureLabel, unit: v.measureUnit }));
  }
  ops.push((d, ids) => {
    const row = claimRow(dataset, documentId, v);
    const old = target.claimId ? dataset.claims.find((c) => c.id === target.claimId) : undefined;
    const fields: ClaimFields = {
      ...row,
      asOf: keepDateExtras(old?.asOf, row.asOf as FuzzyDate),
      sourceId: made.source === undefined ? row.sourceId : (ids[made.source] ?? ''),
      category: made.category === undefined ? row.category : (ids[made.category] ?? ''),
      ...(row.figure && made.measure !== undefined
        ? { figure: { ...row.figure, measure: ids[made.measure] ?? '' } }
        : {}),
    };
    return target.claimId
      ? updateClaim(d, target.claimId, fields, target.span)
      : addClaim(d, fields, target.span);
  });
  return sequence(dataset, ops);
}
