/**
 * The filtered claims and events as one CSV table, one row per item, written by `toCsv` (../csv.ts:
 * RFC 4180, and no cell a spreadsheet would run as a formula).
 */
import { gradeMark, ORIGIN_LABEL } from '../labels';
import { categoryOf } from '../dataset-index';
import { CONFIDENCE_LABEL, describeAssessedRange, likelihoodText } from '../assessed-range';
import type { AssessedRange, Event, Source } from '../schema';
import type { Dataset, NormalisedClaim } from '../validate';
import { toCsv, type Cell } from '../../lib/csv';
import { formatCitation, formatFuzzyDate, formatIsoDate } from '../../lib/format';
import { formatFigure } from '../figure-words';

export const CSV_HEADER = [
  'kind',
  'id',
  'date',
  'date_start',
  'date_end',
  'date_precision',
  'time',
  'category',
  'also_categories',
  'origin',
  'sources',
  'source_reliability',
  'document',
  'text',
  'summary',
  'figures',
  'measure',
  'bound',
  'low',
  'best',
  'high',
  'grade',
  'places',
  'citations',
  'linked_claims',
] as const;

/** Figures as their sources stated them; a coded figure with no words of its own as its numbers. */
function figureText(figures: readonly Parameters<typeof formatFigure>[0][]): string {
  return figures
    .map((f) => ('stated' in f && typeof f.stated === 'string' ? f.stated : formatFigure(f)))
    .join(' | ');
}

/** Rows for the filtered claims then the filtered events, with quotes and citations in full. */
export function claimsAndEventsRows(
  dataset: Pick<Dataset, 'sources' | 'places' | 'measures' | 'categories' | 'documents'>,
  claims: readonly NormalisedClaim[],
  events: readonly Event[],
): Cell[][] {
  const documents = new Map(dataset.documents.map((d) => [d.id, d.title]));
  const category = (id: string) => categoryOf(dataset, id).label;
  const sources = new Map<string, Source>(dataset.sources.map((s) => [s.id, s]));
  const places = new Map(dataset.places.map((p) => [p.id, p.name]));
  const measures = new Map(dataset.measures.map((m) => [m.id, m.label]));
  const names = (ids: readonly string[]) => ids.map((id) => sources.get(id)?.name ?? id).join('; ');
  const grades = (ids: readonly string[]) =>
    ids.map((id) => gradeMark(sources.get(id)?.reliability)).join('; ');
  const placeNames = (ids: readonly string[]) => ids.map((id) => places.get(id) ?? id).join('; ');

  const claimRows = claims.map((c): Cell[] => [
    'claim',
    c.id,
    formatFuzzyDate(c.asOf),
    c.asOf.date,
    c.asOf.end ?? c.asOf.date,
    c.asOf.precision,
    '',
    category(c.category),
    '',
    ORIGIN_LABEL.article,
    names([c.sourceId]),
    grades([c.sourceId]),
    documents.get(c.documentId) ?? c.documentId,
    c.quote,
    c.summary,
    c.figure ? figureText([c.figure]) : '',
    c.figure ? (measures.get(c.figure.measure) ?? c.figure.measure) : '',
    c.figure?.bound,
    c.figure?.low,
    c.figure?.best,
    c.figure?.high,
    `credibility ${c.credibility}`,
    placeNames(c.placeIds),
    '',
    '',
  ]);
  const eventRows = events.map((e): Cell[] => {
    const single = e.figures.length === 1 ? e.figures[0] : undefined;
    return [
      'event',
      e.id,
      formatFuzzyDate(e.date),
      e.date.date,
      e.date.end ?? e.date.date,
      e.date.precision,
      e.time ?? '',
      category(e.category),
      e.alsoCategories.map(category).join('; '),
      ORIGIN_LABEL[e.origin],
      names(e.sourceIds),
      grades(e.sourceIds),
      '',
      e.description,
      '',
      figureText(e.figures),
      single ? (measures.get(single.measure) ?? single.measure) : '',
      single?.bound,
      single?.low,
      single?.best,
      single?.high,
      e.confidence ? `confidence ${e.confidence}` : '',
      placeNames(e.placeIds),
      e.citations.map(formatCitation).join(' | '),
      e.claimIds.join('; '),
    ];
  });
  return [...claimRows, ...eventRows];
}

/** The analyst's assessed ranges, one row each after the data: their own judgement, marked as such. */
export function assessedRangeRows(
  dataset: Pick<Dataset, 'measures'>,
  ranges: readonly AssessedRange[],
): Cell[][] {
  const measures = new Map(dataset.measures.map((m) => [m.id, m.label]));
  return ranges.map((r): Cell[] => {
    const label = measures.get(r.measure) ?? r.measure;
    // By column name, so the row stays in step with the header whatever columns it gains.
    const row: Partial<Record<(typeof CSV_HEADER)[number], Cell>> = {
      kind: 'analyst-range',
      id: `range:${r.measure}`,
      date: formatIsoDate(r.asOf),
      date_start: r.asOf,
      date_end: r.asOf,
      date_precision: 'day',
      origin: 'Analyst',
      sources: 'Analyst (own judgement)',
      text: r.reasoning,
      summary: describeAssessedRange(r, label),
      measure: label,
      bound: 'range',
      low: r.low,
      best: r.best,
      high: r.high,
      grade: `likelihood ${likelihoodText(r.likelihood)}${r.confidence ? `; ${CONFIDENCE_LABEL[r.confidence]}` : ''}`,
      linked_claims: [...r.claimIds, ...r.eventIds].join('; '),
    };
    return CSV_HEADER.map((column) => row[column]);
  });
}

/** The whole file; a byte-order mark so spreadsheet programs read the quotes' UTF-8 correctly. */
export function claimsAndEventsCsv(
  dataset: Pick<Dataset, 'sources' | 'places' | 'measures' | 'categories' | 'documents'>,
  claims: readonly NormalisedClaim[],
  events: readonly Event[],
  ranges: readonly AssessedRange[] = [],
): string {
  const rows = [...claimsAndEventsRows(dataset, claims, events), ...assessedRangeRows(dataset, ranges)];
  return `\uFEFF${toCsv(CSV_HEADER, rows)}`;
}
