/**
 * Reading a table file into rows of text cells: what kind of file it is (delimited text, XLSX, GeoJSON, or
 * binary junk), its encoding (UTF-8 with or without a byte order mark, else Windows-1252), its delimiter
 * (papaparse's guess), then the rows in chunks. Runs in the table worker (table.worker.ts); nothing here
 * evaluates a cell: "=cmd|…" stays the text it is.
 */
import Papa from 'papaparse';

export type TableEncoding = 'utf-8' | 'windows-1252';
export type TableKind = 'delimited' | 'xlsx' | 'geojson';

/** Wider than any real export (ACLED has about 30 columns, UCDP GED about 50); a bound on hostile files. */
export const MAX_COLUMNS = 500;
/** Delimiters offered (and guessed among): comma, semicolon, tab, pipe. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

const SNIFF_BYTES = 64 * 1024;

export type Sniffed =
  { ok: true; kind: TableKind; encoding: TableEncoding; bom: boolean } | { ok: false; reason: string };

/**
 * What the first bytes say. A ZIP header is an XLSX workbook whatever the file is called; NUL bytes or
 * many control characters are binary, never a table; bytes that are not valid UTF-8 are Windows-1252 (the
 * encoding of UCDP's and many spreadsheet exports; every byte is a character in it).
 */
export function sniff(head: Uint8Array, fileName: string): Sniffed {
  const bytes = head.subarray(0, SNIFF_BYTES);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return { ok: true, kind: 'xlsx', encoding: 'utf-8', bom: false };
  }
  let control = 0;
  for (const b of bytes) {
    if (b === 0) return { ok: false, reason: binaryReason(fileName) };
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control += 1;
  }
  if (control > bytes.length / 100) return { ok: false, reason: binaryReason(fileName) };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let encoding: TableEncoding = 'utf-8';
  try {
    // `stream` holds back a character cut at the end of the sample instead of calling it invalid.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    encoding = 'windows-1252';
  }
  const start = new TextDecoder(encoding).decode(bytes.subarray(0, 200)).trimStart();
  const geojson = /\.(geo)?json$/i.test(fileName) && start.startsWith('{');
  return { ok: true, kind: geojson ? 'geojson' : 'delimited', encoding, bom };
}

function binaryReason(fileName: string): string {
  return `is not a text table: ${fileName.slice(0, 80)} holds binary data (a CSV or TSV is text; an Excel workbook must be .xlsx)`;
}

/** Windows-1252's characters for bytes 0x80–0x9F (where Latin-1 has control characters); 0 = unassigned. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];
const C1 = /[\u0080-\u009f]/g;

/** The file's text in `encoding`, without a byte order mark. */
export function decodeTable(bytes: Uint8Array, encoding: TableEncoding): string {
  // TextDecoder drops a UTF-8 BOM itself.
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding === 'utf-8') return text;
  // Some runtimes (Node's small-ICU builds among them) decode "windows-1252" as Latin-1, leaving C1 control
  // characters where the dash and quotes are; browsers do not. Mapping them makes both read the same.
  return text.replace(C1, (c) => {
    const code = CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? 0;
    return code === 0 ? c : String.fromCharCode(code);
  });
}

/**
 * The delimiter: a tab for a .tsv file; else papaparse's guess from the first lines; when it cannot tell
 * (one line, say), the candidate the header line holds most often; comma when it holds none.
 */
export function guessDelimiter(text: string, fileName = ''): string {
  if (/\.tsv$/i.test(fileName)) return '\t';
  const sample = text.slice(0, SNIFF_BYTES);
  const result = Papa.parse<string[]>(sample, { preview: 20, delimitersToGuess: [...DELIMITERS] });
  const found = result.meta.delimiter;
  const firstLine = sample.split(/\r?\n/, 1)[0] ?? '';
  const count = (d: string) => firstLine.split(d).length - 1;
  if ((DELIMITERS as readonly string[]).includes(found) && count(found) > 0) return found;
  const best = [...DELIMITERS].sort((a, b) => count(b) - count(a))[0] ?? ',';
  return count(best) > 0 ? best : ',';
}

export interface RowSink {
  /** The header row; return false to stop reading (too many columns). */
  header(cells: string[]): boolean;
  /** A data row and its spreadsheet row number (header = 1); return false to stop reading. */
  row(cells: string[], rowNumber: number): boolean;
  /** After each chunk: rows read so far, and the share of the file read (0–1). */
  progress?(rows: number, fraction: number): void;
}

/** Rows of delimited text, in chunks, to `sink`; blank lines are skipped but keep their row numbers. */
export function readDelimited(text: string, delimiter: string, sink: RowSink, chunkSize = 1024 * 1024): void {
  let rowNumber = 0;
  let stopped = false;
  let headerSeen = false;
  Papa.parse<string[]>(text, {
    delimiter,
    chunkSize,
    chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
      for (const cells of results.data) {
        rowNumber += 1;
        if (cells.length === 1 && cells[0] === '') continue;
        const keepGoing = headerSeen ? sink.row(cells, rowNumber) : ((headerSeen = true), sink.header(cells));
        if (!keepGoing) {
          stopped = true;
          parser.abort();
          return;
        }
      }
      sink.progress?.(Math.max(0, rowNumber - 1), text.length > 0 ? results.meta.cursor / text.length : 1);
    },
    // The typings ask for `complete` beside `chunk`; the chunks above are all there is to do.
    complete: () => {},
  });
  if (!stopped) sink.progress?.(Math.max(0, rowNumber - 1), 1);
}

/** Header cells made usable as names: trimmed, an empty one named by its position, a repeat numbered. */
export function cleanHeaders(cells: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const base = cell.trim().slice(0, 200) || `Column ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/** A spreadsheet cell as text: dates as ISO (with the time when not midnight), numbers as written. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'string' ? value : '';
}
