/**
 * What the Export menu does, as one hook: each action builds its file from the view's live SVG and the
 * shared state (dataset, filters, marking) and hands it to the browser as an ordinary download. Progress
 * is reported only when an export takes more than a moment; the page is never blocked.
 */
import { useCallback, useRef, useState } from 'react';
import { useDataset } from '../data/dataset-context';
import { filterClaims, filterEvents } from '../data/filter';
import { useJudgements } from '../data/judgements-context';
import { buildCaption } from '../data/export/caption';
import { type Caption } from '../lib/export/caption-model';
import { type SizePreset } from '../lib/export/compose';
import { claimsAndEventsCsv } from '../data/export/csv';
import { downloadBlob, exportFileName, MIME } from '../lib/export/download';
import { barePng, captionedPng, captionedSvg, copyPng, settled } from '../lib/export/image';
import { datasetJson, filteredDataset } from '../data/export/json';
import { useMarkingStore } from '../state/marking';
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

const PRESET: Partial<Record<ExportFormat, SizePreset>> = {
  png: 'screen',
  'png-slide': 'slide',
  'png-a4': 'a4',
};

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

const pngBlob = (bytes: Uint8Array<ArrayBuffer>) => new Blob([bytes], { type: MIME.png });

export function useExport(subject: ExportSubject) {
  const dataset = useDataset();
  const judgements = useJudgements();
  // The filters the panels draw, not the store's newest: the caption must describe what the image shows.
  const filters = useAppliedFilters();
  const [status, setStatus] = useState<ExportStatus>({ busy: false, message: '', failed: false });
  const running = useRef(false);

  const caption = useCallback(
    (at: Date): Caption =>
      buildCaption({
        dataset,
        filters,
        viewTitle: subject.viewTitle,
        subtitle: subject.subtitle,
        credit: subject.credit,
        judgement: subject.judgement,
        exportedAt: at,
        marking: useMarkingStore.getState().marking,
      }),
    [dataset, filters, subject.viewTitle, subject.subtitle, subject.credit, subject.judgement],
  );

  const svgOf = useCallback(async () => {
    const svg = await subject.getSvg();
    if (!svg) throw new Error(`The ${subject.view} is not drawn yet; try again when it is shown.`);
    await settled(svg);
    return svg;
  }, [subject]);

  const build = useCallback(
    async (format: ExportFormat, at: Date): Promise<string> => {
      const name = (view: string, ext: string) => exportFileName(dataset.id, view, at, ext);
      // Rows are filtered only when data is exported, not on every filter change of every panel.
      const rows = () => ({ claims: filterClaims(dataset, filters), events: filterEvents(dataset, filters) });
      const preset = PRESET[format];
      if (preset) {
        const png = await captionedPng(await svgOf(), caption(at), preset);
        const suffix = preset === 'screen' ? '' : `-${preset}`;
        const file = name(`${subject.view}${suffix}`, 'png');
        downloadBlob(pngBlob(png.bytes), file);
        return `Saved ${file} (${png.width} × ${png.height} px).`;
      }
      switch (format) {
        case 'svg': {
          const file = name(subject.view, 'svg');
          downloadBlob(new Blob([captionedSvg(await svgOf(), caption(at)).svg], { type: MIME.svg }), file);
          return `Saved ${file}.`;
        }
        case 'copy':
          await copyPng(async () => pngBlob((await captionedPng(await svgOf(), caption(at))).bytes));
          return 'Image copied: paste it into your slides or document.';
        case 'pptx': {
          const { buildPptx } = await import('../lib/export/pptx');
          const figure = await barePng(await svgOf());
          const text = caption(at);
          const blob = await buildPptx(
            [
              {
                caption: text,
                image: figure.dataUrl,
                width: figure.width,
                height: figure.height,
                notes: typeof subject.summary === 'function' ? subject.summary() : subject.summary,
              },
            ],
            `${subject.viewTitle} — ${dataset.title}`,
          );
          const file = name(subject.view, 'pptx');
          downloadBlob(new Blob([blob], { type: MIME.pptx }), file);
          return `Saved ${file}.`;
        }
        case 'csv': {
          const { claims, events } = rows();
          const file = name('claims-events', 'csv');
          const ranges = judgements?.judgements.ranges ?? dataset.analystJudgements?.ranges ?? [];
          downloadBlob(
            new Blob([claimsAndEventsCsv(dataset, claims, events, ranges)], { type: MIME.csv }),
            file,
          );
          return `Saved ${file}: ${claims.length} claims and ${events.length} events.`;
        }
        case 'json': {
          const { claims, events } = rows();
          const original = judgements?.original ?? dataset;
          const file = name('filtered-dataset', 'json');
          const data = filteredDataset(
            original,
            judgements?.judgements ?? null,
            claims.map((c) => c.id),
            events.map((e) => e.id),
          );
          downloadBlob(new Blob([datasetJson(data)], { type: MIME.json }), file);
          return `Saved ${file}: ${claims.length} claims and ${events.length} events.`;
        }
        default:
          return '';
      }
    },
    [dataset, filters, judgements, caption, svgOf, subject],
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
