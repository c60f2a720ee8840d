/**
 * The caption every exported image carries, so that a picture pasted into a briefing says what it shows,
 * from which sources, in which dataset version and as of when: built here from the dataset and the
 * filters the panels draw, as a plain model (lib/export/caption-model.ts) that `compose.ts` draws into the
 * image and `pptx.ts` writes on slides.
 */
import { gradeMark } from '../labels';
import { sourceIsShown } from '../filter';
import { describeFilters, type Filters } from '../filters';
import { isolateText } from '../../lib/text';
import type { Source } from '../schema';
import type { Dataset } from '../validate';
import { formatExportTime, type Caption } from '../../lib/export/caption-model';
import { formatFuzzyDate } from '../../lib/format';

export interface CaptionInput {
  dataset: Dataset;
  filters: Filters;
  /** What the image shows, e.g. "Estimate disparity". */
  viewTitle: string;
  /** The measure or mode shown, e.g. "Casualties (killed + wounded), absolute". */
  subtitle?: string | undefined;
  /** Credit a view must carry (map data attribution). */
  credit?: string | undefined;
  /** The analyst's own judgement the view shows (an assessed range), in one sentence. */
  judgement?: string | undefined;
  exportedAt: Date;
  /** The user's handling marking; empty means none. */
  marking: string;
}

/** The sources the filters let through, in dataset order. */
export function visibleSources(dataset: Dataset, filters: Filters): Source[] {
  const shown = sourceIsShown(dataset, filters);
  return dataset.sources.filter((s) => shown(s.id));
}

export function buildCaption(input: CaptionInput): Caption {
  const { dataset, filters } = input;
  const shown = visibleSources(dataset, filters);
  // Each name is the dataset's text inside the caption's own words: isolated, so it cannot reorder them.
  const graded = shown.map((s) => `${isolateText(s.shortName)} (${gradeMark(s.reliability)})`).join(', ');

  const marking = input.marking.trim();
  return {
    marking: marking || null,
    title: input.viewTitle,
    subtitle: input.subtitle?.trim() || null,
    filters: describeFilters(filters, dataset, isolateText),
    judgement: input.judgement?.trim() ? isolateText(input.judgement.trim()) : null,
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
  const named = (d: Dataset['documents'][number]) => `${isolateText(d.title)}, ${formatFuzzyDate(d.date)}`;
  const [first] = documents;
  if (!first) return null;
  if (documents.length === 1) return `Source: ${named(first)}`;
  const shown = documents.slice(0, 3).map(named).join('; ');
  const more = documents.length > 3 ? `; and ${documents.length - 3} more` : '';
  return `Documents (${documents.length}): ${shown}${more}`;
}
