/**
 * The caption of an exported image as a plain model: its lines in words, and how they are laid out. Built
 * from the data by data/export/caption.ts; drawn into the image by `compose.ts`, written on slides by
 * `pptx.ts`.
 */
import { formatIsoDate } from '../format';

export interface Caption {
  /** Shown top and bottom when set. */
  marking: string | null;
  title: string;
  subtitle: string | null;
  filters: string;
  /** The analyst's judgement shown in the image (an assessed range); null when it shows none. */
  judgement: string | null;
  sources: string;
  /** The documents the claims come from; null for a dataset of events only. */
  documents: string | null;
  dataset: string;
  exported: string;
  credit: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An unambiguous export time: UTC, written out. */
export function formatExportTime(date: Date): string {
  const iso = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return `${formatIsoDate(iso)}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

/** The caption's body lines, below the image, in reading order. */
export function captionBody(caption: Caption): string[] {
  return [
    caption.filters,
    ...(caption.judgement ? [caption.judgement] : []),
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
