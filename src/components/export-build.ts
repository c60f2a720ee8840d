/**
 * The Export menu's files, built from the view's live SVG and the shared state. Loaded when the first export
 * is asked for (use-export.ts): the image, slide, CSV and JSON builders are not needed to show the views.
 */
import type { Dataset } from '../data/validate';
import type { Filters } from '../data/filters';
import { filterClaims, filterEvents } from '../data/filter';
import type { JudgementsValue } from '../data/judgements-context';
import { buildCaption } from '../data/export/caption';
import type { Caption } from '../lib/export/caption-model';
import type { SizePreset } from '../lib/export/compose';
import { claimsAndEventsCsv } from '../data/export/csv';
import { downloadBlob, exportFileName, MIME } from '../lib/export/download';
import { barePng, captionedPng, captionedSvg, copyPng, settled } from '../lib/export/image';
import { datasetJson, filteredDataset } from '../data/export/json';
import { useMarkingStore } from '../state/marking';
import type { ExportFormat, ExportSubject } from './use-export';

const PRESET: Partial<Record<ExportFormat, SizePreset>> = {
  png: 'screen',
  'png-slide': 'slide',
  'png-a4': 'a4',
};

const pngBlob = (bytes: Uint8Array<ArrayBuffer>) => new Blob([bytes], { type: MIME.png });

export interface ExportContext {
  dataset: Dataset;
  filters: Filters;
  judgements: JudgementsValue | null;
  subject: ExportSubject;
}

/** Builds one export and hands it to the browser; returns what was saved, in words. */
export async function buildExport(
  format: ExportFormat,
  at: Date,
  { dataset, filters, judgements, subject }: ExportContext,
): Promise<string> {
  const caption = (when: Date): Caption =>
    buildCaption({
      dataset,
      filters,
      viewTitle: subject.viewTitle,
      subtitle: subject.subtitle,
      credit: subject.credit,
      judgement: subject.judgement,
      exportedAt: when,
      marking: useMarkingStore.getState().marking,
    });
  const svgOf = async () => {
    const svg = await subject.getSvg();
    if (!svg) throw new Error(`The ${subject.view} is not drawn yet; try again when it is shown.`);
    await settled(svg);
    return svg;
  };
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
      downloadBlob(new Blob([claimsAndEventsCsv(dataset, claims, events, ranges)], { type: MIME.csv }), file);
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
}
