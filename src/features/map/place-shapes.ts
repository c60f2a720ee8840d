/**
 * A place's Leaflet shape, made once and then restyled in place: a filter change only dims or brightens
 * places (their position, shape and radius are fixed per dataset), so it touches the few shapes whose state
 * changed instead of removing and redrawing every one.
 */
import L from 'leaflet';
import type { PlaceView } from './place-model';
import { placeStyle } from './place-style';

export interface DrawnPlace {
  /** The view the shape was last drawn for. */
  view: PlaceView;
  shape: L.CircleMarker | L.Circle;
}

const pointRadius = (view: PlaceView) => (view.highlighted ? 8 : 6);

/** A new shape for a place; a click calls `onPick` with its id. */
export function drawPlace(
  view: PlaceView,
  renderer: L.Renderer,
  onPick: (placeId: string) => void,
): DrawnPlace {
  const style = { ...placeStyle(view), renderer };
  const shape =
    view.shape === 'point'
      ? L.circleMarker([view.lat, view.lon], { ...style, radius: pointRadius(view) })
      : L.circle([view.lat, view.lon], { ...style, radius: view.radiusM ?? 0 });
  const placeId = view.place.id;
  shape.on('click', () => onPick(placeId));
  return { view, shape };
}

/**
 * Gives a drawn place its new view; restyles it only when its look changed (highlighted or dimmed).
 * Returns whether it did. Leaflet sets a path's class only when it is made, so the state classes are
 * toggled on its element here (an SVG path; a canvas has no element per shape).
 */
export function restylePlace(drawn: DrawnPlace, view: PlaceView): boolean {
  const before = drawn.view;
  drawn.view = view;
  if (before.highlighted === view.highlighted && before.dimmed === view.dimmed) return false;
  // setStyle leaves the class alone: it is set on the element below.
  drawn.shape.setStyle(placeStyle(view));
  if (view.shape === 'point') (drawn.shape as L.CircleMarker).setRadius(pointRadius(view));
  const element = drawn.shape.getElement();
  element?.classList.toggle('is-highlighted', view.highlighted);
  element?.classList.toggle('is-dimmed', view.dimmed);
  return true;
}

/** Largest first, so a village's circle is drawn (and clickable) above the district around it. */
export const largestFirst = (a: PlaceView, b: PlaceView) => (b.radiusM ?? 0) - (a.radiusM ?? 0);
