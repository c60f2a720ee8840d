/**
 * The filtered claims and events as one CSV table, one row per item, written by `toCsv` (../csv.ts:
 * RFC 4180, and no cell a spreadsheet would run as a formula).
 */
import { CATEGORY_LABEL, ORIGIN_LABEL } from '../../config/labels';
import type { Event, Figure, Source } from '../../data/schema';
import type { Dataset, NormalisedClaim } from '../../data/validate';
import { toCsv, type Cell } from '../csv';
import { formatFuzzyDate } from '../format';

export const CSV_HEADER = [
  'kind',
  'id',
  'date',
  'date_start',
  'date_end',
  'date_precision',
  'category',
  'also_categories',
  'origin',
  'sources',
  'source_reliability',
  'text',
  'summary',
  'figures',
  'measure',
  'bound',
  'low',
  'high',
  'grade',
  'places',
  'citations',
  'linked_claims',
] as const;

function figureText(figures: readonly (Figure & { sourceId?: string })[]): string {
  return figures.map((f) => f.stated).join(' | ');
}

/** Rows for the filtered claims then the filtered events, with quotes and citations in full. */
export function claimsAndEventsRows(
  dataset: Pick<Dataset, 'sources' | 'places' | 'measures'>,
  claims: readonly NormalisedClaim[],
  events: readonly Event[],
): Cell[][] {
  const sources = new Map<string, Source>(dataset.sources.map((s) => [s.id, s]));
  const places = new Map(dataset.places.map((p) => [p.id, p.name]));
  const measures = new Map(dataset.measures.map((m) => [m.id, m.label]));
  const names = (ids: readonly string[]) => ids.map((id) => sources.get(id)?.name ?? id).join('; ');
  const grades = (ids: readonly string[]) => ids.map((id) => sources.get(id)?.reliability ?? '?').join('; ');
  const placeNames = (ids: readonly string[]) => ids.map((id) => places.get(id) ?? id).join('; ');

  const claimRows = claims.map((c): Cell[] => [
    'claim',
    c.id,
    formatFuzzyDate(c.asOf),
    c.asOf.date,
    c.asOf.end ?? c.asOf.date,
    c.asOf.precision,
    CATEGORY_LABEL[c.category],
    '',
    ORIGIN_LABEL.article,
    names([c.sourceId]),
    grades([c.sourceId]),
    c.quote,
    c.summary,
    c.figure ? figureText([c.figure]) : '',
    c.figure ? (measures.get(c.figure.measure) ?? c.figure.measure) : '',
    c.figure?.bound,
    c.figure?.low,
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
      CATEGORY_LABEL[e.category],
      e.alsoCategories.map((c) => CATEGORY_LABEL[c]).join('; '),
      ORIGIN_LABEL[e.origin],
      names(e.sourceIds),
      grades(e.sourceIds),
      e.description,
      '',
      figureText(e.figures),
      single ? (measures.get(single.measure) ?? single.measure) : '',
      single?.bound,
      single?.low,
      single?.high,
      `confidence ${e.confidence}`,
      placeNames(e.placeIds),
      e.citations
        .map((c) => `${c.title} — ${c.publisher}${c.date ? `, ${c.date}` : ''} <${c.url}>`)
        .join(' | '),
      e.claimIds.join('; '),
    ];
  });
  return [...claimRows, ...eventRows];
}

/** The whole file; a byte-order mark so spreadsheet programs read the quotes' UTF-8 correctly. */
export function claimsAndEventsCsv(
  dataset: Pick<Dataset, 'sources' | 'places' | 'measures'>,
  claims: readonly NormalisedClaim[],
  events: readonly Event[],
): string {
  return `\uFEFF${toCsv(CSV_HEADER, claimsAndEventsRows(dataset, claims, events))}`;
}
