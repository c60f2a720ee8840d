/**
 * What the map's export needs beyond the shared Export menu: the text summary written as slide notes, and
 * the map drawn as one clean SVG (basemap, reported area, town dots, places or clusters, labels and scale bar).
 */
import { composeLayers } from '../../lib/export/layers';
import type { PlaceView } from './place-model';
import { shortPlaceName } from './place-names';

/** At most this many places are named in the summary; the rest are counted. */
const NAMED = 20;
const n = new Intl.NumberFormat('en-GB');

/** The map in words: what the places are, how precise, and what the filters leave linked to them. */
export function mapSummary(views: readonly PlaceView[], areaName: string | null): string {
  const what = `The map of ${areaName ? `the ${areaName}` : 'the dataset’s places'}`;
  if (views.length === 0) return `${what} shows no places of the dataset.`;
  const exact = views.filter((v) => v.shape === 'point').length;
  const linked = views.filter((v) => v.count > 0).sort((a, b) => b.count - a.count);
  const named = linked
    .slice(0, NAMED)
    .map((v) => `${shortPlaceName(v.place)} (${v.precisionLabel}; ${v.count} shown)`);
  const more = linked.length - named.length;
  const off = views.filter((v) => v.outside).length;
  return [
    `${what} shows ${n.format(views.length)} places of the dataset: ${n.format(exact)} at exact coordinates, ` +
      `${n.format(views.length - exact)} approximate, drawn as circles of their uncertainty.`,
    linked.length > 0
      ? `Places with claims or events under the current filters: ${named.join(', ')}` +
        `${more > 0 ? `, and ${n.format(more)} more` : ''}.`
      : 'No place has claims or events under the current filters.',
    ...(off > 0
      ? [`${n.format(off)} places lie outside the offline basemap and are drawn on the plain background.`]
      : []),
  ].join(' ');
}

const SKIPPED_PANES = [
  'leaflet-tile-pane',
  'leaflet-popup-pane',
  'leaflet-tooltip-pane',
  'leaflet-shadow-pane',
];

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The map as drawn now, once any zoom or pan animation has finished (a still must not catch a half-drawn
 * frame). Online tiles are left out: they come from another origin and could not be drawn into an image.
 */
export async function mapSvg(root: HTMLElement | null): Promise<SVGSVGElement | null> {
  const container = root?.querySelector<HTMLElement>('.leaflet-container');
  if (!container) return null;
  for (let i = 0; i < 60 && container.querySelector('.leaflet-zoom-anim, .leaflet-pan-anim'); i += 1) {
    await nextFrame();
  }
  return composeLayers(container, {
    include: (pane) => !SKIPPED_PANES.some((name) => pane.classList.contains(name)),
    html: '.map-label',
    controls: '.leaflet-control-scale',
  });
}
