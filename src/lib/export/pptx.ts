/**
 * A PowerPoint file with one slide per exported view: the marking (top and bottom), the title, the image,
 * the caption as editable text, and the view's text summary as the speaker notes.
 * pptxgenjs is loaded on demand (a dynamic import, its own chunk), so it never weighs on first paint; images
 * are passed as data, so it makes no request.
 */
import { captionBody, type Caption } from './caption-model';
import { exportText } from '../text';

export interface SlideSpec {
  caption: Caption;
  /** A PNG data URL of the figure. */
  image: string;
  /** The image's pixel size, for its aspect ratio. */
  width: number;
  height: number;
  /** Speaker notes: the view's generated text summary. */
  notes: string;
}

/** Slide geometry in inches (16:9 "wide" layout). */
const SLIDE = { w: 13.333, h: 7.5, margin: 0.4 } as const;

/** Fit an image of the given aspect into a box, centred. */
export function fitBox(
  width: number,
  height: number,
  box: { x: number; y: number; w: number; h: number },
): { x: number; y: number; w: number; h: number } {
  const scale = Math.min(box.w / width, box.h / height);
  const w = width * scale;
  const h = height * scale;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}

function safeCaption(caption: Caption): Caption {
  const clean = (text: string | null) => (text === null ? null : exportText(text));
  return {
    ...caption,
    marking: clean(caption.marking),
    title: exportText(caption.title),
    subtitle: clean(caption.subtitle),
    filters: exportText(caption.filters),
    sources: exportText(caption.sources),
    documents: clean(caption.documents),
    dataset: exportText(caption.dataset),
    exported: exportText(caption.exported),
    credit: clean(caption.credit),
  };
}

export async function buildPptx(slides: readonly SlideSpec[], title: string): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = title;
  pptx.author = 'Claimscope';
  const inner = SLIDE.w - 2 * SLIDE.margin;
  for (const spec of slides) {
    // Slide XML refuses what XML forbids: every string passes the export text rules first.
    const caption = safeCaption(spec.caption);
    const notes = exportText(spec.notes);
    const slide = pptx.addSlide();
    const marking = caption.marking;
    const markingText = { x: SLIDE.margin, w: inner, h: 0.3, fontSize: 12, bold: true, color: '9B1C1C' };
    if (marking) slide.addText(marking, { ...markingText, y: 0.1, align: 'center' });
    const top = marking ? 0.4 : 0.2;
    slide.addText(caption.title, { x: SLIDE.margin, y: top, w: inner, h: 0.5, fontSize: 24, bold: true });
    if (caption.subtitle) {
      slide.addText(caption.subtitle, {
        x: SLIDE.margin,
        y: top + 0.5,
        w: inner,
        h: 0.3,
        fontSize: 14,
        color: '4B5563',
      });
    }
    const body = captionBody(caption);
    const captionHeight = 0.22 * body.length + 0.1;
    const bottom = SLIDE.h - (marking ? 0.4 : 0.15) - captionHeight;
    const imageTop = top + (caption.subtitle ? 0.9 : 0.6);
    const box = fitBox(spec.width, spec.height, {
      x: SLIDE.margin,
      y: imageTop,
      w: inner,
      h: bottom - imageTop - 0.1,
    });
    // pptxgenjs wants "image/png;base64,…" without the "data:" scheme.
    slide.addImage({ data: spec.image.replace(/^data:/, ''), ...box, altText: notes });
    slide.addText(body.join('\n'), {
      x: SLIDE.margin,
      y: bottom,
      w: inner,
      h: captionHeight,
      fontSize: 10,
      color: '374151',
      valign: 'top',
    });
    if (marking) slide.addText(marking, { ...markingText, y: SLIDE.h - 0.38, align: 'center' });
    slide.addNotes(notes);
  }
  const out = await pptx.write({ outputType: 'blob' });
  if (!(out instanceof Blob)) throw new Error('The presentation could not be written.');
  return out;
}
