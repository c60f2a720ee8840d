/**
 * The size limits of a dataset, with no dependency: the first script the page runs (boot.ts) checks a
 * file's size before any of the validation code has loaded.
 */
import type { DataIssue } from './validate';

/** Explicit limits so that a hostile or broken file is refused with a clear reason, not a frozen tab. */
export const LIMITS = {
  idLength: 80,
  shortText: 300,
  longText: 4_000,
  /** A source's short name, drawn beside marks and in legends. */
  shortName: 40,
  /** A document's full text. */
  articleText: 200_000,
  rows: 250_000,
  documents: 10_000,
  categories: 1_000,
  measures: 1_000,
  notes: 10_000,
  /** Lists inside one row. */
  categoriesPerRow: 20,
  sourcesPerRow: 50,
  figuresPerRow: 50,
  citationsPerRow: 50,
  placesPerRow: 100,
  linksPerRow: 200,
  url: 2_000,
  /** The largest figure a file may state; beyond it a number is a mistake, not a count. */
  figure: 1e12,
  /** An approximate place's radius: country scale (UCDP's country-level precision is about 650 km). */
  radiusKm: 5_000,
  /**
   * An imported dataset file larger than this is refused before it is read. Room for the row limit: a
   * dataset of 250,000 events made from an ACLED export is about 150 MB as JSON, and must import again.
   */
  fileBytes: 256 * 1024 * 1024,
  /**
   * A table (CSV, TSV, XLSX) larger than this is refused before it is read: room for the row limit of an
   * ACLED export with long notes (about 1 kB a row).
   */
  tableFileBytes: 256 * 1024 * 1024,
  /** Objects and arrays nested deeper than this are refused before the schema sees them. */
  depth: 32,
} as const;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** A file too large to read is refused before reading it; the limit is stated in the message. */
export function checkFileSize(bytes: number): DataIssue[] {
  if (bytes <= LIMITS.fileBytes) return [];
  const limit = megabytes(LIMITS.fileBytes);
  const size = megabytes(bytes) === limit ? `just over ${limit}` : megabytes(bytes);
  return [
    {
      path: '',
      row: 'file',
      field: '',
      message: `is too large: ${size}, at most ${limit} allowed`,
    },
  ];
}
