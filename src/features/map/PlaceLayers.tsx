import L, { type PathOptions } from 'leaflet';
import { useMemo } from 'react';
import { Circle, CircleMarker, Pane } from 'react-leaflet';
import type { PlaceView } from './place-model';

interface Props {
  views: readonly PlaceView[];
  onPick: (placeId: string) => void;
}

const BLUE = '#1d4ed8';
const HIGHLIGHT = '#b45309';
const DIM = '#6b7280';

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

/**
 * The dataset's places at their honest precision: an exact place is a dot, an approximate one a dashed
 * circle of its radius. SVG in their own pane, above the basemap and below the labels.
 */
export function PlaceLayers({ views, onPick }: Props) {
  const renderer = useMemo(() => L.svg({ pane: 'places' }), []);
  // Largest first, so a village's circle is drawn (and clickable) above the district around it.
  const ordered = useMemo(
    () => views.filter((v) => v.onMap).sort((a, b) => (b.radiusM ?? 0) - (a.radiusM ?? 0)),
    [views],
  );
  return (
    <Pane name="places" style={{ zIndex: 410 }}>
      {ordered.map((view) => {
        const center: [number, number] = [view.place.lat, view.place.lon];
        const handlers = { click: () => onPick(view.place.id) };
        // Leaflet sets a path's class only when it is created: a new state means a new path.
        const key = `${view.place.id}:${view.highlighted}:${view.dimmed}`;
        const style = placeStyle(view);
        return view.shape === 'point' ? (
          <CircleMarker
            key={key}
            center={center}
            radius={view.highlighted ? 8 : 6}
            className={style.className}
            pathOptions={style}
            renderer={renderer}
            eventHandlers={handlers}
          />
        ) : (
          <Circle
            key={key}
            center={center}
            radius={view.radiusM ?? 0}
            className={style.className}
            pathOptions={style}
            renderer={renderer}
            eventHandlers={handlers}
          />
        );
      })}
    </Pane>
  );
}
