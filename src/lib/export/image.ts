/** The image exports of one view, from its live <svg> to the finished SVG document, PNG and clipboard. */
import type { Caption } from './caption-model';
import { bareSvg, composeExportSvg, type Composed, type SizePreset } from './compose';
import { rasteriseSvg, type Raster } from './raster';
import { figureFromSvg } from './serialise';

export const PNG_SCALE = 2;

export function captionedSvg(svg: SVGSVGElement, caption: Caption, preset: SizePreset = 'screen'): Composed {
  return composeExportSvg(figureFromSvg(svg), caption, preset);
}

export async function captionedPng(
  svg: SVGSVGElement,
  caption: Caption,
  preset: SizePreset = 'screen',
): Promise<Raster> {
  const composed = captionedSvg(svg, caption, preset);
  return rasteriseSvg(composed.svg, composed.width, composed.height, PNG_SCALE);
}

/** The figure alone at 2×, for a slide that carries its caption as text. */
export async function barePng(svg: SVGSVGElement): Promise<Raster> {
  const composed = bareSvg(figureFromSvg(svg));
  return rasteriseSvg(composed.svg, composed.width, composed.height, PNG_SCALE);
}

export class ClipboardRefused extends Error {}

/**
 * Copy a PNG to the clipboard. The image is handed over as a promise so the browser still counts the
 * click as the user's gesture while it is drawn. Every refusal becomes one clear message.
 */
export async function copyPng(png: () => Promise<Blob>): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    throw new ClipboardRefused(
      'This browser does not let pages copy images. Download the PNG and insert it instead.',
    );
  }
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png() })]);
  } catch (error) {
    const reason = error instanceof Error && error.message ? ` (${error.message})` : '';
    throw new ClipboardRefused(
      `The browser refused to copy the image${reason}. Download the PNG and insert it instead.`,
    );
  }
}

/**
 * Wait for CSS transitions and animations inside a view to finish (at most `limitMs`), so a still never
 * catches a mark half-way; an endless animation is simply cut off at the limit.
 */
export async function settled(svg: SVGSVGElement, limitMs = 1000): Promise<void> {
  if (!svg.isConnected || typeof svg.getAnimations !== 'function') return;
  const running = svg.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined));
  if (running.length === 0) return;
  await Promise.race([Promise.all(running), new Promise((resolve) => setTimeout(resolve, limitMs))]);
}
