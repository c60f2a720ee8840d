/**
 * The exported image as one self-contained SVG document: a solid background, the marking line (top and
 * bottom when set), title and subtitle, the figure, and the caption block. Pure string building: the
 * caption stays real <text> so the SVG can be searched, read aloud and edited.
 */
import { captionBody, type Caption } from './caption-model';
import { exportText } from '../text';

export type SizePreset = 'screen' | 'slide' | 'a4';

/** Frames in CSS pixels; the PNG is drawn at twice these. */
export const PRESETS: Record<SizePreset, { label: string; width: number; height: number } | null> = {
  screen: null,
  slide: { label: '16:9 slide', width: 1280, height: 720 },
  a4: { label: 'A4 landscape', width: 1123, height: 794 },
};

export interface Figure {
  /** A complete <svg> element with its own viewBox; drawn scaled into the figure area. */
  markup: string;
  width: number;
  height: number;
}

export interface Composed {
  svg: string;
  width: number;
  height: number;
}

export const EXPORT_FONT = "system-ui, 'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif";
const PAD = 24;
const MIN_WIDTH = 640;
const TEXT = '#1a1d21';
const MUTED = '#4b5563';
const MARKING = '#9b1c1c';

interface Line {
  text: string;
  size: number;
  weight?: number;
  colour: string;
  anchor?: 'start' | 'middle';
}

/** XML 1.0 refuses some characters even escaped: they are dropped, and open direction controls closed. */
export function escapeXml(text: string): string {
  return exportText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Greedy word wrap by an average glyph width: the export cannot measure fonts it may not have, so it
 * errs wide (0.56 em is above the mean of common sans faces) and the lines stay inside the frame.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const perLine = Math.max(8, Math.floor(maxWidth / (fontSize * 0.56)));
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= perLine) {
      current = next;
      continue;
    }
    if (current) lines.push(current);
    let rest = word;
    while (rest.length > perLine) {
      lines.push(rest.slice(0, perLine));
      rest = rest.slice(perLine);
    }
    current = rest;
  }
  if (current) lines.push(current);
  return lines.length > 0 ? lines : [''];
}

const lineHeight = (size: number) => Math.round(size * 1.35);

function wrapAll(lines: readonly Line[], width: number): Line[] {
  return lines.flatMap((line) => wrapText(line.text, width, line.size).map((text) => ({ ...line, text })));
}

function blockHeight(lines: readonly Line[]): number {
  return lines.reduce((sum, l) => sum + lineHeight(l.size), 0);
}

function drawLines(lines: readonly Line[], x: number, top: number, width: number): string {
  let y = top;
  return lines
    .map((line) => {
      y += lineHeight(line.size);
      const middle = line.anchor === 'middle';
      const attrs = [
        `x="${middle ? x + width / 2 : x}"`,
        `y="${y - Math.round(line.size * 0.35)}"`,
        `font-size="${line.size}"`,
        `fill="${line.colour}"`,
        ...(line.weight ? [`font-weight="${line.weight}"`] : []),
        ...(middle ? ['text-anchor="middle"'] : []),
      ];
      return `<text ${attrs.join(' ')}>${escapeXml(line.text)}</text>`;
    })
    .join('');
}

function headerLines(caption: Caption): Line[] {
  return [
    { text: caption.title, size: 20, weight: 700, colour: TEXT },
    ...(caption.subtitle ? [{ text: caption.subtitle, size: 14, colour: MUTED }] : []),
  ];
}

function markingLine(caption: Caption): Line[] {
  return caption.marking
    ? [{ text: caption.marking, size: 13, weight: 700, colour: MARKING, anchor: 'middle' }]
    : [];
}

/** Lay out the whole image; with a preset the frame is fixed and the figure scales to fit what is left. */
export function composeExportSvg(figure: Figure, caption: Caption, preset: SizePreset = 'screen'): Composed {
  const frame = PRESETS[preset];
  const width = Math.round(frame?.width ?? Math.max(figure.width + 2 * PAD, MIN_WIDTH));
  const inner = width - 2 * PAD;
  const marking = wrapAll(markingLine(caption), inner);
  const header = wrapAll(headerLines(caption), inner);
  const body = wrapAll(
    captionBody(caption).map((text) => ({ text, size: 12, colour: MUTED })),
    inner,
  );
  const gap = 12;
  const above = PAD + (marking.length ? blockHeight(marking) + 6 : 0) + blockHeight(header) + gap;
  const below = gap + 1 + 6 + blockHeight(body) + (marking.length ? 6 + blockHeight(marking) : 0) + PAD;
  const naturalScale = Math.min(1, inner / figure.width);
  const figureHeight = frame
    ? Math.max(40, frame.height - above - below)
    : Math.round(figure.height * naturalScale);
  const height = Math.round(frame?.height ?? above + figureHeight + below);
  const scale = Math.min(inner / figure.width, figureHeight / figure.height);
  const fx = PAD + (inner - figure.width * scale) / 2;
  const fy = above + (figureHeight - figure.height * scale) / 2;

  let y = PAD;
  const parts: string[] = [`<rect width="${width}" height="${height}" fill="#ffffff"/>`];
  if (marking.length) {
    parts.push(drawLines(marking, PAD, y - 4, inner));
    y += blockHeight(marking) + 6;
  }
  parts.push(drawLines(header, PAD, y, inner));
  parts.push(
    `<g transform="translate(${round(fx)} ${round(fy)}) scale(${round(scale, 4)})">${figure.markup}</g>`,
  );
  y = above + figureHeight + gap;
  parts.push(`<rect x="${PAD}" y="${y}" width="${inner}" height="1" fill="#d1d5db"/>`);
  y += 7;
  parts.push(drawLines(body, PAD, y, inner));
  y += blockHeight(body) + 6;
  if (marking.length) parts.push(drawLines(marking, PAD, y, inner));

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ` +
    `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${escapeXml(EXPORT_FONT)}">` +
    `<title>${escapeXml(caption.title)}</title>${parts.join('')}</svg>`;
  return { svg, width, height };
}

function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** The figure alone on a solid background, for slides whose caption is written as text beside it. */
export function bareSvg(figure: Figure): Composed {
  const width = Math.round(figure.width);
  const height = Math.round(figure.height);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ` +
    `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${escapeXml(EXPORT_FONT)}">` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>${figure.markup}</svg>`;
  return { svg, width, height };
}
