/**
 * What the Export menu does, as one hook: each action builds its file from the view's live SVG and the
 * shared state (dataset, filters, marking) and hands it to the browser as an ordinary download. Progress
 * is reported only when an export takes more than a moment; the page is never blocked. The builders
 * (export-build.ts) load with the first export.
 */
import { useCallback, useRef, useState } from 'react';
import { useDataset } from '../data/dataset-context';
import { useJudgements } from '../data/judgements-context';
import { useAppliedFilters } from '../state/applied-filters';

export type ExportView = 'chart' | 'map' | 'timeline';

export interface ExportSubject {
  view: ExportView;
  viewTitle: string;
  subtitle?: string | undefined;
  credit?: string | undefined;
  /** The analyst's own judgement shown in the view (an assessed range), printed in the caption. */
  judgement?: string | undefined;
  getSvg: () => SVGSVGElement | null | Promise<SVGSVGElement | null>;
  /** A function is called only when exporting: a summary of a large view need not be built on every render. */
  summary: string | (() => string);
}

export type ExportFormat = 'png' | 'png-slide' | 'png-a4' | 'svg' | 'copy' | 'pptx' | 'csv' | 'json';

export interface ExportStatus {
  busy: boolean;
  /** Shown in the live region: progress, then what was saved or why it failed. */
  message: string;
  failed: boolean;
}

const PROGRESS_DELAY_MS = 300;

const LABEL: Record<ExportFormat, string> = {
  png: 'PNG',
  'png-slide': 'PNG (16:9 slide)',
  'png-a4': 'PNG (A4 landscape)',
  svg: 'SVG',
  copy: 'image for the clipboard',
  pptx: 'PowerPoint slide',
  csv: 'CSV',
  json: 'JSON',
};

/** The builders' code, asked for when the menu opens: by the time an item is chosen it is usually here. */
export const loadBuilders = () => import('./export-build');

export function useExport(subject: ExportSubject) {
  const dataset = useDataset();
  const judgements = useJudgements();
  // The filters the panels draw, not the store's newest: the caption must describe what the image shows.
  const filters = useAppliedFilters();
  const [status, setStatus] = useState<ExportStatus>({ busy: false, message: '', failed: false });
  const running = useRef(false);

  const build = useCallback(
    async (format: ExportFormat, at: Date): Promise<string> => {
      const { buildExport } = await loadBuilders();
      return buildExport(format, at, { dataset, filters, judgements, subject });
    },
    [dataset, filters, judgements, subject],
  );

  const run = useCallback(
    async (format: ExportFormat) => {
      if (running.current) return;
      running.current = true;
      const timer = setTimeout(
        () => setStatus({ busy: true, message: `Preparing the ${LABEL[format]}…`, failed: false }),
        PROGRESS_DELAY_MS,
      );
      try {
        const message = await build(format, new Date());
        setStatus({ busy: false, message, failed: false });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        setStatus({ busy: false, message: `Could not export the ${LABEL[format]}: ${reason}`, failed: true });
      } finally {
        clearTimeout(timer);
        running.current = false;
      }
    },
    [build],
  );

  return { run, status };
}
