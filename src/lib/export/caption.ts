/**
 * The caption every exported image carries, so that a picture pasted into a briefing says what it shows,
 * from which sources, in which dataset version and as of when. A plain model first (tested), drawn into
 * the image by `compose.ts` and written as text on slides by `pptx.ts`.
 */
import { gradeMark, ORIGIN_LABEL } from '../../config/labels';
import { categoryOf, meetsReliability } from '../../data/filter';
import type { Source } from '../../data/schema';
import type { Dataset } from '../../data/validate';
import type { Filters } from '../../state/store';
import { formatFuzzyDate, formatIsoDate } from '../format';

export interface CaptionInput {
  dataset: Pick<Dataset, 'id' | 'version' | 'title' | 'documents' | 'sources' | 'categories' | 'claims'>;
  filters: Filters;
  /** What the image shows, e.g. "Estimate disparity". */
  viewTitle: string;
  /** The measure or mode shown, e.g. "Casualties (killed + wounded), absolute". */
  subtitle?: string | undefined;
  /** Credit a view must carry (map data attribution). */
  credit?: string | undefined;
  exportedAt: Date;
  /** The user's handling marking; empty means none. */
  marking: string;
}

export interface Caption {
  /** Shown top and bottom when set. */
  marking: string | null;
  title: string;
  subtitle: string | null;
  filters: string;
  sources: string;
  /** The documents the claims come from; null for a dataset of events only. */
  documents: string | null;
  dataset: string;
  exported: string;
  credit: string | null;
}

/** The sources the filters let through, in dataset order. */
export function visibleSources(sources: readonly Source[], filters: Filters): Source[] {
  const hidden = new Set(filters.hiddenSources);
  return sources.filter((s) => !hidden.has(s.id) && meetsReliability(s.reliability, filters.minReliability));
}

/** The active filters in words; "none" when the view shows everything. */
export function describeFilters(dataset: Pick<Dataset, 'sources' | 'categories'>, filters: Filters): string {
  const { sources } = dataset;
  const parts: string[] = [];
  if (filters.hiddenSources.length > 0) {
    const shown = sources.filter((s) => !filters.hiddenSources.includes(s.id));
    parts.push(`${shown.length} of ${sources.length} sources`);
  }
  if (filters.minReliability) parts.push(`sources graded ${filters.minReliability} or better`);
  if (filters.categories.length > 0) {
    const labels = filters.categories.map((c) => categoryOf(dataset, c).label);
    parts.push(`categories: ${labels.join(', ')}`);
  }
  if (filters.origins.length > 0) {
    parts.push(`origin: ${filters.origins.map((o) => ORIGIN_LABEL[o]).join(', ')}`);
  }
  if (filters.dateFrom || filters.dateTo) {
    const from = filters.dateFrom ? formatIsoDate(filters.dateFrom) : 'the start';
    const to = filters.dateTo ? formatIsoDate(filters.dateTo) : 'the end';
    parts.push(`dates ${from} to ${to}`);
  }
  const search = filters.search.trim();
  if (search) parts.push(`text contains “${search}”`);
  return parts.length > 0 ? `Filters: ${parts.join('; ')}` : 'Filters: none (all claims and events)';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An unambiguous export time: UTC, written out. */
export function formatExportTime(date: Date): string {
  const iso = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return `${formatIsoDate(iso)}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

export function buildCaption(input: CaptionInput): Caption {
  const { dataset, filters } = input;
  const shown = visibleSources(dataset.sources, filters);
  const graded = shown.map((s) => `${s.shortName} (${gradeMark(s.reliability)})`).join(', ');
  const marking = input.marking.trim();
  return {
    marking: marking || null,
    title: input.viewTitle,
    subtitle: input.subtitle?.trim() || null,
    filters: describeFilters(dataset, filters),
    sources:
      shown.length > 0
        ? `Sources (reliability A–F${shown.some((s) => !s.reliability) ? ', – not graded' : ''}): ${graded}`
        : 'Sources: none shown',
    documents: describeDocuments(dataset),
    dataset: `Dataset ${dataset.id}, version ${dataset.version}`,
    exported: `Exported ${formatExportTime(input.exportedAt)}`,
    credit: input.credit?.trim() || null,
  };
}

/**
 * The documents the claims quote, in a line: one by title and date; several counted, the first three
 * named. Documents no claim quotes (cited only) are left out unless no document is quoted.
 */
export function describeDocuments(dataset: Pick<Dataset, 'documents' | 'claims'>): string | null {
  const quoted = new Set(dataset.claims.map((c) => c.documentId));
  const documents = dataset.documents.some((d) => quoted.has(d.id))
    ? dataset.documents.filter((d) => quoted.has(d.id))
    : dataset.documents;
  const named = (d: Dataset['documents'][number]) => `${d.title}, ${formatFuzzyDate(d.date)}`;
  const [first] = documents;
  if (!first) return null;
  if (documents.length === 1) return `Source: ${named(first)}`;
  const shown = documents.slice(0, 3).map(named).join('; ');
  const more = documents.length > 3 ? `; and ${documents.length - 3} more` : '';
  return `Documents (${documents.length}): ${shown}${more}`;
}

/** The caption's body lines, below the image, in reading order. */
export function captionBody(caption: Caption): string[] {
  return [
    caption.filters,
    caption.sources,
    ...(caption.documents ? [caption.documents] : []),
    `${caption.dataset} · ${caption.exported}`,
    ...(caption.credit ? [caption.credit] : []),
  ];
}

/** The caption as plain text (slide text, clipboard fallbacks, alt text). */
export function captionText(caption: Caption): string {
  return [
    ...(caption.marking ? [caption.marking] : []),
    caption.title,
    ...(caption.subtitle ? [caption.subtitle] : []),
    ...captionBody(caption),
    ...(caption.marking ? [caption.marking] : []),
  ].join('\n');
}
