import type { PathOptions } from 'leaflet';
import type { PlaceView } from './place-model';

const BLUE = '#1d4ed8';
const HIGHLIGHT = '#b45309';
const DIM = '#6b7280';

/** A place's look by its precision and state; the same on SVG (few places) and on canvas (clustered). */
export function placeStyle(view: PlaceView): PathOptions {
  const colour = view.highlighted ? HIGHLIGHT : view.dimmed ? DIM : BLUE;
  const state = `${view.highlighted ? ' is-highlighted' : ''}${view.dimmed ? ' is-dimmed' : ''}`;
  if (view.shape === 'point') {
    return {
      className: `map-place map-place--point${state}`,
      color: '#ffffff',
      weight: 2,
      fillColor: colour,
      fillOpacity: view.dimmed && !view.highlighted ? 0.45 : 1,
    };
  }
  // A region-sized circle is an outline only (unless selected), so it neither veils the map nor catches
  // every click inside it.
  const large = (view.radiusM ?? 0) > 40_000;
  return {
    className: `map-place map-place--area${state}`,
    color: colour,
    weight: view.highlighted ? 3 : 1.6,
    opacity: view.dimmed && !view.highlighted ? 0.5 : 0.95,
    dashArray: '5 4',
    fill: view.highlighted || !large,
    fillColor: colour,
    fillOpacity: view.highlighted ? (large ? 0.08 : 0.2) : view.dimmed ? 0.04 : 0.1,
  };
}
