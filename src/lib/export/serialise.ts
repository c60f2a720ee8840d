/**
 * A view's <svg> as a standalone figure. An SVG drawn to a canvas (or opened on its own) sees no page CSS,
 * so the computed presentation of every element is written inline on a clone; hidden elements, and those
 * marked `data-export="omit"`, are dropped.
 */
import { exportText } from '../text';
import type { Figure } from './compose';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The properties that decide how SVG marks and text look. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
] as const;

/** Not inherited: written wherever they differ from their initial value. */
const NOT_INHERITED: Partial<Record<(typeof STYLE_PROPERTIES)[number], string>> = {
  opacity: '1',
  'dominant-baseline': 'auto',
};

type Values = ReadonlyMap<string, string>;

/**
 * Inherited properties are written only where they change from the parent's value: the standalone SVG
 * inherits them the same way, and a chart of hundreds of marks stays a small document that loads fast.
 */
function inlineStyles(live: Element, copy: Element, inherited: Values): void {
  const computed = getComputedStyle(live);
  // Hidden elements, and those drawn for the screen only (data-export="omit"), stay out of the export.
  if (
    computed.display === 'none' ||
    computed.visibility === 'hidden' ||
    live.getAttribute('data-export') === 'omit'
  ) {
    copy.remove();
    return;
  }
  let values = inherited;
  if (copy instanceof SVGElement) {
    const own = new Map<string, string>();
    const declarations: string[] = [];
    for (const p of STYLE_PROPERTIES) {
      const value = computed.getPropertyValue(p);
      if (!value) continue;
      const initial = NOT_INHERITED[p];
      if (initial === undefined) own.set(p, value);
      if (initial === undefined ? inherited.get(p) !== value : value !== initial) {
        declarations.push(`${p}:${value}`);
      }
    }
    if (declarations.length > 0) copy.setAttribute('style', declarations.join(';'));
    else copy.removeAttribute('style');
    // Animations and transitions would be frozen mid-way in a still image; the final state is inline.
    copy.removeAttribute('class');
    values = own;
  }
  const liveChildren = Array.from(live.children);
  const copyChildren = Array.from(copy.children);
  liveChildren.forEach((child, i) => {
    const twin = copyChildren[i];
    if (twin) inlineStyles(child, twin, values);
  });
}

/** A detached copy of a live SVG with its computed styles inline; a detached SVG is copied as it is. */
export function styledClone(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  safeTextNodes(copy);
  // The root writes every property it has (nothing above it in the export passes them down).
  if (svg.isConnected) inlineStyles(svg, copy, new Map());
  else copy.removeAttribute('style');
  copy.removeAttribute('class');
  return copy;
}

/**
 * Every piece of text in the copy as an export may carry it: a character XML forbids would make the file
 * unreadable, and a direction control left open would reverse the text drawn after it.
 */
function safeTextNodes(root: Node): void {
  const walker = root.ownerDocument?.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker?.nextNode(); node; node = walker?.nextNode()) {
    const text = node as Text;
    const safe = exportText(text.data);
    if (safe !== text.data) text.data = safe;
  }
}

/** The size an SVG is drawn at: its width/height attributes, else its viewBox, else its box on screen. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const w = Number.parseFloat(svg.getAttribute('width') ?? '');
  const h = Number.parseFloat(svg.getAttribute('height') ?? '');
  if (w > 0 && h > 0) return { width: w, height: h };
  const box = svg
    .getAttribute('viewBox')
    ?.split(/[\s,]+/)
    .map(Number);
  if (box && box.length === 4 && (box[2] ?? 0) > 0 && (box[3] ?? 0) > 0) {
    return { width: box[2] ?? 0, height: box[3] ?? 0 };
  }
  const rect = svg.getBoundingClientRect();
  return { width: Math.max(1, Math.round(rect.width)), height: Math.max(1, Math.round(rect.height)) };
}

/** The figure an export draws: the styled clone at its own size, with a viewBox so it scales cleanly. */
export function figureFromSvg(svg: SVGSVGElement): Figure {
  const { width, height } = svgSize(svg);
  const copy = styledClone(svg);
  if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('xmlns', SVG_NS);
  copy.removeAttribute('x');
  copy.removeAttribute('y');
  return { markup: new XMLSerializer().serializeToString(copy), width, height };
}
