/**
 * A clean, standalone SVG of a view drawn in stacked layers (Leaflet's panes): each layer's SVG with its
 * styles inline, canvases as images, and HTML labels redrawn as SVG text, all placed where they are on
 * screen inside one viewBox the size of the container. Leaflet's own transforms (the pane offsets, the
 * renderer's padded viewBox) are resolved through the layers' boxes on screen, so the result needs none.
 */
import { styledClone } from './serialise';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface LayerOptions {
  /** Which panes to draw, bottom first by their z-index; others are left out (popups, tooltips). */
  include: (pane: HTMLElement) => boolean;
  /** HTML layer items matching this selector are redrawn as SVG text and boxes (labels). */
  html: string;
  /** Map controls matching this selector are redrawn too (a scale bar); others (zoom buttons) are not. */
  controls?: string;
}

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

const r = (n: number) => Math.round(n * 100) / 100;

function isTransparent(colour: string): boolean {
  return colour === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(colour);
}

/** An HTML element's boxes, borders and text as SVG, positioned relative to `origin`. */
function htmlToSvg(root: HTMLElement, origin: DOMRect, out: SVGGElement): void {
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent?.replace(/\s+/g, ' ') ?? '';
      const parent = node.parentElement;
      if (!text.trim() || !parent) return;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width === 0) return;
      const style = getComputedStyle(parent);
      const size = Number.parseFloat(style.fontSize) || 12;
      const attrs: Record<string, string | number> = {
        x: r(box.left - origin.left),
        y: r(box.top - origin.top + box.height / 2 + size * 0.35),
        'font-size': size,
        'font-family': style.fontFamily,
        'font-weight': style.fontWeight,
        'font-style': style.fontStyle,
        fill: style.color,
        'xml:space': 'preserve',
      };
      if (style.letterSpacing !== 'normal') attrs['letter-spacing'] = style.letterSpacing;
      // A text shadow on the map is a halo that keeps labels readable over lines: a white stroke behind.
      if (style.textShadow && style.textShadow !== 'none') {
        Object.assign(attrs, { stroke: '#ffffff', 'stroke-width': 3, 'paint-order': 'stroke' });
      }
      const t = el('text', attrs);
      t.textContent = text;
      out.append(t);
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return;
    const box = node.getBoundingClientRect();
    const x = box.left - origin.left;
    const y = box.top - origin.top;
    if (!isTransparent(style.backgroundColor) && box.width > 0) {
      const radius = Math.min(Number.parseFloat(style.borderTopLeftRadius) || 0, box.height / 2);
      out.append(
        el('rect', {
          x: r(x),
          y: r(y),
          width: r(box.width),
          height: r(box.height),
          rx: r(radius),
          fill: style.backgroundColor,
        }),
      );
    }
    const sides = [
      ['Top', x, y, x + box.width, y],
      ['Bottom', x, y + box.height, x + box.width, y + box.height],
      ['Left', x, y, x, y + box.height],
      ['Right', x + box.width, y, x + box.width, y + box.height],
    ] as const;
    for (const [side, x1, y1, x2, y2] of sides) {
      const width = Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0;
      const colour = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
      if (width > 0 && style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none') {
        out.append(
          el('line', { x1: r(x1), y1: r(y1), x2: r(x2), y2: r(y2), stroke: colour, 'stroke-width': width }),
        );
      }
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
}

function zIndex(pane: HTMLElement): number {
  return Number.parseInt(getComputedStyle(pane).zIndex, 10) || 0;
}

/** Compose the layers of `container` into one detached SVG the size of the container on screen. */
export function composeLayers(container: HTMLElement, options: LayerOptions): SVGSVGElement {
  const origin = container.getBoundingClientRect();
  const width = Math.round(origin.width);
  const height = Math.round(origin.height);
  const svg = el('svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}` });
  const background = getComputedStyle(container).backgroundColor;
  svg.append(el('rect', { width, height, fill: isTransparent(background) ? '#ffffff' : background }));
  const panes = Array.from(container.querySelectorAll<HTMLElement>('.leaflet-pane'))
    .filter((pane) => !pane.querySelector('.leaflet-pane') && options.include(pane))
    .map((pane, order) => ({ pane, order, z: zIndex(pane) }))
    .sort((a, b) => a.z - b.z || a.order - b.order);
  for (const { pane } of panes) {
    const layer = el('g', { 'data-pane': pane.className.replace(/\s+/g, ' ') });
    for (const child of Array.from(pane.children)) {
      const box = child.getBoundingClientRect();
      const x = r(box.left - origin.left);
      const y = r(box.top - origin.top);
      if (child instanceof SVGSVGElement) {
        const copy = styledClone(child);
        copy.setAttribute('x', String(x));
        copy.setAttribute('y', String(y));
        copy.setAttribute('width', String(r(box.width)));
        copy.setAttribute('height', String(r(box.height)));
        layer.append(copy);
      } else if (child instanceof HTMLCanvasElement && child.width > 0 && child.height > 0) {
        layer.append(
          el('image', {
            x,
            y,
            width: r(box.width),
            height: r(box.height),
            href: child.toDataURL('image/png'),
          }),
        );
      } else if (child instanceof HTMLElement && child.matches(options.html)) {
        htmlToSvg(child, origin, layer);
      }
    }
    svg.append(layer);
  }
  const controls = options.controls ? container.querySelectorAll<HTMLElement>(options.controls) : [];
  if (controls.length > 0) {
    const layer = el('g', { 'data-pane': 'controls' });
    controls.forEach((control) => htmlToSvg(control, origin, layer));
    svg.append(layer);
  }
  return svg;
}
