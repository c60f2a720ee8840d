/**
 * What the map's export needs beyond the shared Export menu: the text summary written as slide notes, and
 * the map drawn as one clean SVG (basemap, area of fighting, town dots, places, labels and scale bar).
 */
import { composeLayers } from '../../lib/export/layers';
import type { PlaceView } from './place-model';
import { shortPlaceName } from './place-names';

/** The map in words: what the places are, how precise, and what the filters leave linked to them. */
export function mapSummary(views: readonly PlaceView[]): string {
  const drawn = views.filter((v) => v.onMap);
  if (drawn.length === 0) return 'The map of the Kursk area shows no places of the dataset.';
  const exact = drawn.filter((v) => v.shape === 'point').length;
  const linked = drawn
    .filter((v) => v.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((v) => `${shortPlaceName(v.place)} (${v.precisionLabel}; ${v.count} shown)`);
  const off = views.length - drawn.length;
  return [
    `The map of the Kursk area shows ${drawn.length} places of the dataset: ${exact} at exact coordinates, ` +
      `${drawn.length - exact} approximate, drawn as circles of their uncertainty.`,
    linked.length > 0
      ? `Places with claims or events under the current filters: ${linked.join(', ')}.`
      : 'No place has claims or events under the current filters.',
    ...(off > 0 ? [`${off} places lie outside the map's frame and are listed only.`] : []),
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
