/**
 * The page's side of a table import: the file is read, converted and checked in a Web Worker
 * (table.worker.ts, bundled by Vite as a module worker from the app's own origin, which the Content Security
 * Policy's `worker-src 'self'` allows); the dataset comes back a slice of events at a time, so no message
 * costs the page a long task. Without Worker support (jsdom) the same code runs here, pausing between
 * messages.
 */
import { yieldToPage } from '../lib/background';
import { datasetReceiver } from './dataset-slices';
import { deviceStorage } from './device-storage';
import { StorageError, toStorageError } from './kv-store';
import { LIMITS } from './limits';
import type { RowError } from './table-convert';
import type { ConvertSummary, ReadOptions, TableMessage, TablePreview, TableRequest } from './table-job';
import type { TableMapping } from './table-mapping';
import type { DataIssue, Dataset, Problems } from './validate';

export type PreviewOutcome = { ok: true; preview: TablePreview } | { ok: false; errors: RowError[] };

export type ConvertOutcome =
  | { kind: 'refused'; errors: RowError[] }
  | {
      kind: 'converted';
      summary: ConvertSummary;
      readAs: string;
      /** The good rows as a checked dataset; null when no row could be used or the final check failed. */
      dataset: Dataset | null;
      /** The final check's problems, when the good rows still do not make a valid dataset. */
      problems: Problems | null;
      /** Keeps the dataset on this device (from the worker that holds it); throws a StorageError. */
      keep: (fileName: string) => Promise<void>;
      /** Lets the worker go; nothing is kept. */
      release: () => void;
    };

/** The size check the page makes before anything reads the file. */
export function tableTooLarge(file: Blob): RowError | null {
  if (file.size <= LIMITS.tableFileBytes) return null;
  const mb = (n: number) => `${Math.round(n / (1024 * 1024)).toLocaleString('en-GB')} MB`;
  return {
    row: 0,
    column: '',
    reason: `is too large: ${mb(file.size)}, at most ${mb(LIMITS.tableFileBytes)} allowed for a table; it was not read`,
  };
}

interface Channel {
  send(request: TableRequest): void;
  /** Each message until the handler returns false. */
  listen(handler: (m: TableMessage) => boolean): Promise<void>;
  close(): void;
}

/** A table worker, or the same work here where there is no Worker (jsdom), pausing between messages. */
function openChannel(): Channel {
  let handler: ((m: TableMessage) => boolean) | null = null;
  let settle: { resolve: () => void; reject: (e: Error) => void } | null = null;
  const deliver = (m: TableMessage) => {
    if (handler && !handler(m)) {
      handler = null;
      settle?.resolve();
    }
  };
  const listen = (h: (m: TableMessage) => boolean) =>
    new Promise<void>((resolve, reject) => {
      handler = h;
      settle = { resolve, reject };
    });
  if (typeof Worker === 'undefined') {
    let converted: Dataset | null = null;
    return {
      send(request) {
        void (async () => {
          // Loaded here only: on the page the worker does this work, and the reader stays out of its code.
          const { convertTable, previewTable } = await import('./table-job');
          const post = async (m: TableMessage) => {
            deliver(m);
            await yieldToPage();
          };
          if (request.type === 'preview')
            await post(await previewTable(request.file, request.fileName, request.options));
          else if (request.type === 'convert') converted = await convertTable(request, post);
          else {
            try {
              if (converted) await deviceStorage().datasets.save(converted, request.fileName);
              await post({ type: 'kept' });
            } catch (error) {
              await post({ type: 'keep-failed', message: toStorageError(error).message });
            }
          }
        })().catch((error: unknown) =>
          settle?.reject(error instanceof Error ? error : new Error(String(error))),
        );
      },
      listen,
      close: () => {},
    };
  }
  const worker = new Worker(new URL('./table.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<TableMessage>) => deliver(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    settle?.reject(new Error(event.message || 'the table worker failed'));
  };
  return { send: (request) => worker.postMessage(request), listen, close: () => worker.terminate() };
}

const failed = (error: unknown): RowError[] => [
  {
    row: 0,
    column: '',
    reason: `could not be read: ${error instanceof Error ? error.message : String(error)}`,
  },
];

export async function previewTableFile(file: File, options: ReadOptions = {}): Promise<PreviewOutcome> {
  const tooLarge = tableTooLarge(file);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  const channel = openChannel();
  let outcome: PreviewOutcome = { ok: false, errors: failed('no answer') };
  try {
    const heard = channel.listen((m) => {
      if (m.type === 'preview') outcome = { ok: true, preview: m.preview };
      else if (m.type === 'refused') outcome = { ok: false, errors: m.errors };
      return false;
    });
    channel.send({ type: 'preview', file, fileName: file.name, options });
    await heard;
  } catch (error) {
    outcome = { ok: false, errors: failed(error) };
  } finally {
    channel.close();
  }
  return outcome;
}

export async function convertTableFile(
  file: File,
  options: ReadOptions,
  mapping: TableMapping,
  onProgress: (rows: number, fraction: number) => void,
): Promise<ConvertOutcome> {
  const tooLarge = tableTooLarge(file);
  if (tooLarge) return { kind: 'refused', errors: [tooLarge] };
  const channel = openChannel();
  const today = new Date().toISOString().slice(0, 19);
  const received = datasetReceiver();
  let refused: RowError[] | null = null;
  let converted: { summary: ConvertSummary; readAs: string } | null = null;
  let problems: Problems | null = null;
  try {
    const heard = channel.listen((m) => {
      switch (m.type) {
        case 'progress':
          onProgress(m.rows, m.fraction);
          return true;
        case 'refused':
          refused = m.errors;
          return false;
        case 'converted':
          onProgress(m.summary.rowsRead, 1);
          converted = { summary: m.summary, readAs: m.readAs };
          return m.summary.rowsUsed > 0;
        case 'check-failed':
          problems = m.problems;
          return false;
        case 'dataset-head':
        case 'dataset-events':
        case 'dataset-end':
          received.take(m);
          return m.type !== 'dataset-end';
        default:
          return true;
      }
    });
    channel.send({ type: 'convert', file, fileName: file.name, options, mapping, today });
    await heard;
  } catch (error) {
    channel.close();
    return { kind: 'refused', errors: failed(error) };
  }
  const result = converted as { summary: ConvertSummary; readAs: string } | null;
  if (refused || !result) {
    channel.close();
    return { kind: 'refused', errors: refused ?? failed('no answer') };
  }
  const dataset = received.done();
  if (!dataset) channel.close();
  // Once keeping has started the worker must finish writing, whatever the dialog does.
  let keeping = false;
  return {
    kind: 'converted',
    ...result,
    dataset,
    problems,
    keep: async (fileName) => {
      keeping = true;
      let answer: TableMessage | null = null;
      const heard = channel.listen((m) => {
        answer = m;
        return m.type !== 'kept' && m.type !== 'keep-failed';
      });
      channel.send({ type: 'keep', fileName });
      await heard;
      channel.close();
      const a = answer as TableMessage | null;
      if (a?.type === 'keep-failed') throw new StorageError('failed', a.message);
    },
    release: () => {
      if (!keeping) channel.close();
    },
  };
}

/** Row errors as the problem report lists them: "row 12", the column, the reason. */
export function rowErrorsAsProblems(
  errors: readonly RowError[],
  count: number,
  unit: 'row' | 'feature' = 'row',
): Problems {
  const issues: DataIssue[] = errors.map((e) => ({
    path: e.row === 0 ? 'file' : `${unit} ${e.row}`,
    row: e.row === 0 ? 'file' : `${unit} ${e.row}`,
    field: e.column,
    message: e.reason,
  }));
  return count > errors.length ? { issues, capped: true } : { issues };
}
