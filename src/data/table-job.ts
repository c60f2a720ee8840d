/**
 * The work the table worker does, as plain functions (table.worker.ts only wires them to messages, and
 * table-import.ts runs them here where there is no Worker): preview a file, then convert every row and
 * check the dataset they make, sending it back in slices the page can take between frames.
 */
import { sendDataset, type SliceMessage } from './dataset-slices';
import { LIMITS } from './limits';
import { createTableConverter, mappingProblems, type RowError } from './table-convert';
import type { TableMapping } from './table-mapping';
import {
  MAX_COLUMNS,
  cellText,
  cleanHeaders,
  decodeTable,
  guessDelimiter,
  readDelimited,
  sniff,
  type RowSink,
  type TableEncoding,
  type TableKind,
} from './table-read';
import { parseDataset, type Dataset, type Problems } from './validate';

/** Rows shown in the mapper's preview. */
export const PREVIEW_ROWS = 8;

export interface ReadOptions {
  encoding?: TableEncoding | undefined;
  delimiter?: string | undefined;
}

export interface TablePreview {
  kind: TableKind;
  /** What was detected (or chosen): shown, and can be overridden. */
  encoding: TableEncoding;
  bom: boolean;
  delimiter: string;
  headers: string[];
  rows: string[][];
}

export type TableRequest =
  | { type: 'preview'; file: Blob; fileName: string; options: ReadOptions }
  | {
      type: 'convert';
      file: Blob;
      fileName: string;
      options: ReadOptions;
      mapping: TableMapping;
      today: string;
    }
  /** Keep the converted dataset on this device (the analyst chose to import it). */
  | { type: 'keep'; fileName: string };

export interface ConvertSummary {
  rowsRead: number;
  rowsUsed: number;
  errors: RowError[];
  errorCount: number;
}

export type TableMessage =
  | { type: 'preview'; preview: TablePreview }
  /** The file cannot be read as a table at all. */
  | { type: 'refused'; errors: RowError[] }
  | { type: 'progress'; rows: number; fraction: number }
  | { type: 'converted'; summary: ConvertSummary; readAs: string }
  /** The good rows made a dataset that failed the schema's final check (listed, nothing imported). */
  | { type: 'check-failed'; problems: Problems }
  | SliceMessage
  /** The dataset was kept on this device (after the page asked to keep it), or why not. */
  | { type: 'kept' }
  | { type: 'keep-failed'; message: string };

const refuse = (reason: string, column = ''): TableMessage => ({
  type: 'refused',
  errors: [{ row: 0, column, reason }],
});

const ENCODING_WORDS: Record<TableEncoding, string> = { 'utf-8': 'UTF-8', 'windows-1252': 'Windows-1252' };
const DELIMITER_WORDS: Record<string, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};
export const delimiterWords = (d: string) => DELIMITER_WORDS[d] ?? `"${d}"`;

interface Opened {
  kind: TableKind;
  encoding: TableEncoding;
  bom: boolean;
  delimiter: string;
  /** Streams the rows to a sink. */
  read(sink: RowSink): Promise<void>;
}

/** The preview reads this much of a delimited file: its first rows are all it shows. */
const PREVIEW_BYTES = 1024 * 1024;

/** The file as rows (the first `limit` bytes of delimited text), or why it cannot be read as a table. */
async function open(
  file: Blob,
  fileName: string,
  options: ReadOptions,
  limit = Infinity,
): Promise<Opened | TableMessage> {
  if (file.size > LIMITS.tableFileBytes) {
    return refuse(`is too large: at most ${LIMITS.tableFileBytes / (1024 * 1024)} MB allowed for a table`);
  }
  const head = new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer());
  const sniffed = sniff(head, fileName);
  if (!sniffed.ok) return refuse(sniffed.reason);
  if (sniffed.kind !== 'xlsx' && file.size > limit) {
    // A character cut at the end of the slice decodes as one replacement mark in a preview cell, no more.
    const part = new Uint8Array(await file.slice(0, limit).arrayBuffer());
    return delimitedFile(sniffed, part, options, fileName);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (sniffed.kind === 'xlsx') {
    return {
      kind: 'xlsx',
      encoding: 'utf-8',
      bom: false,
      delimiter: '',
      read: (sink) => readWorkbook(file, sink),
    };
  }
  return delimitedFile(sniffed, bytes, options, fileName);
}

function delimitedFile(
  sniffed: Extract<ReturnType<typeof sniff>, { ok: true }>,
  bytes: Uint8Array,
  options: ReadOptions,
  fileName: string,
): Opened {
  const encoding = options.encoding ?? sniffed.encoding;
  const text = decodeTable(bytes, encoding);
  const delimiter = options.delimiter || guessDelimiter(text, fileName);
  return {
    kind: sniffed.kind,
    encoding,
    bom: sniffed.bom,
    delimiter,
    read: async (sink) => readDelimited(text, delimiter, sink),
  };
}

async function readWorkbook(file: Blob, sink: RowSink): Promise<void> {
  // Loaded only for a workbook: the reader is the largest part of the worker.
  const { readSheet } = await import('read-excel-file/web-worker');
  const rows = await readSheet(file);
  let rowNumber = 0;
  let headerSeen = false;
  for (const row of rows) {
    rowNumber += 1;
    const cells = row.map(cellText);
    if (cells.every((c) => c === '')) continue;
    const keepGoing = headerSeen ? sink.row(cells, rowNumber) : ((headerSeen = true), sink.header(cells));
    if (!keepGoing) return;
    if (rowNumber % 10_000 === 0) sink.progress?.(rowNumber - 1, rowNumber / rows.length);
  }
  sink.progress?.(Math.max(0, rowNumber - 1), 1);
}

function columnsProblem(count: number): TableMessage {
  return refuse(
    `the header row has ${count.toLocaleString('en-GB')} columns; at most ${MAX_COLUMNS} are read`,
    'header',
  );
}

export async function previewTable(
  file: Blob,
  fileName: string,
  options: ReadOptions,
): Promise<TableMessage> {
  const opened = await open(file, fileName, options, PREVIEW_BYTES);
  if ('type' in opened) return opened;
  if (opened.kind === 'geojson') return refuse('is GeoJSON: it is imported as places, not as a table');
  let headers: string[] = [];
  const rows: string[][] = [];
  let tooWide = 0;
  await opened.read({
    header(cells) {
      if (cells.length > MAX_COLUMNS) {
        tooWide = cells.length;
        return false;
      }
      headers = cleanHeaders(cells);
      return true;
    },
    row(cells) {
      rows.push(cells.map((c) => c.slice(0, 200)));
      return rows.length < PREVIEW_ROWS;
    },
  });
  if (tooWide) return columnsProblem(tooWide);
  if (headers.length === 0) return refuse('is empty: there is no header row');
  const { kind, encoding, bom, delimiter } = opened;
  return { type: 'preview', preview: { kind, encoding, bom, delimiter, headers, rows } };
}

/** Converts and checks a table, posting what happens; the checked dataset is returned for keeping. */
export async function convertTable(
  request: Extract<TableRequest, { type: 'convert' }>,
  post: (message: TableMessage) => void | Promise<void>,
): Promise<Dataset | null> {
  const opened = await open(request.file, request.fileName, request.options);
  if ('type' in opened) {
    await post(opened);
    return null;
  }
  const readAs =
    opened.kind === 'xlsx'
      ? 'XLSX, first sheet'
      : `${opened.delimiter === '\t' ? 'TSV' : 'CSV'}, ${ENCODING_WORDS[opened.encoding]}${opened.bom ? ' with BOM' : ''}, ${delimiterWords(opened.delimiter)}-delimited`;
  let converter: ReturnType<typeof createTableConverter> | null = null;
  let refused: TableMessage | null = null;
  let lastProgress = 0;
  await opened.read({
    header(cells) {
      if (cells.length > MAX_COLUMNS) {
        refused = columnsProblem(cells.length);
        return false;
      }
      const headers = cleanHeaders(cells);
      const problems = mappingProblems(request.mapping, headers);
      if (problems.length > 0) {
        refused = { type: 'refused', errors: problems.map((reason) => ({ row: 0, column: '', reason })) };
        return false;
      }
      converter = createTableConverter(headers, request.mapping, {
        fileName: request.fileName,
        readAs,
        today: request.today,
      });
      return true;
    },
    row(cells, rowNumber) {
      const c = converter as ReturnType<typeof createTableConverter>;
      if (rowNumber - 1 > LIMITS.rows) {
        c.fileError(
          `has more than ${LIMITS.rows.toLocaleString('en-GB')} rows; rows from ${rowNumber.toLocaleString('en-GB')} on were not read`,
        );
        return false;
      }
      c.add(cells, rowNumber);
      return true;
    },
    progress(rows, fraction) {
      if (rows - lastProgress >= 5_000 || fraction === 1) {
        lastProgress = rows;
        void post({ type: 'progress', rows, fraction });
      }
    },
  });
  if (refused) {
    await post(refused);
    return null;
  }
  const done = converter as ReturnType<typeof createTableConverter> | null;
  if (!done) {
    await post(refuse('is empty: there is no header row'));
    return null;
  }
  const { dataset, ...summary } = done.finish();
  await post({ type: 'converted', summary, readAs });
  if (summary.rowsUsed === 0) return null;
  const checked = parseDataset(dataset);
  if (!checked.ok) {
    await post({
      type: 'check-failed',
      problems: { issues: checked.issues, ...(checked.capped ? { capped: true } : {}) },
    });
    return null;
  }
  await sendDataset(checked.data, post);
  return checked.data;
}
