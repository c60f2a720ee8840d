import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { Place } from '../../data/schema';
import type { PlaceView } from './place-model';
import { drawPlace, largestFirst, restylePlace, type DrawnPlace } from './place-shapes';
import { useLatest } from './use-latest';

interface Props {
  views: readonly PlaceView[];
  onPick: (placeId: string) => void;
}

interface Drawn {
  /** The places the shapes were made for: another list (a new dataset, an edit) makes them anew. */
  places: readonly Place[];
  shapes: Map<string, DrawnPlace>;
  layer: L.LayerGroup;
  renderer: L.Renderer;
}

/**
 * The dataset's places at their honest precision: an exact place is a dot, an approximate one a dashed
 * circle of its radius. SVG in their own pane, above the basemap and below the labels. The shapes are made
 * once per list of places; a filter or selection change restyles only the places whose state changed.
 */
export function PlaceLayers({ views, onPick }: Props) {
  const map = useMap();
  const handlers = useLatest({ onPick });
  const drawn = useRef<Drawn | null>(null);

  useEffect(() => {
    const current = drawn.current;
    if (current && samePlaces(current.places, views)) {
      for (const view of views) {
        const place = current.shapes.get(view.place.id);
        if (place) restylePlace(place, view);
      }
      return;
    }
    remove(current);
    const pane = map.getPane('places') ?? map.createPane('places');
    pane.style.zIndex = '410';
    const renderer = L.svg({ pane: 'places' });
    const layer = L.layerGroup().addTo(map);
    const shapes = new Map<string, DrawnPlace>();
    for (const view of [...views].sort(largestFirst)) {
      const place = drawPlace(view, renderer, (id) => handlers.current.onPick(id));
      place.shape.addTo(layer);
      shapes.set(view.place.id, place);
    }
    drawn.current = { places: views.map((v) => v.place), shapes, layer, renderer };
  }, [map, views, handlers]);

  // Removed with the component (and with the map), not on each change of views.
  useEffect(
    () => () => {
      remove(drawn.current);
      drawn.current = null;
    },
    [map],
  );

  return null;
}

function remove(drawn: Drawn | null) {
  drawn?.layer.remove();
  drawn?.renderer.remove();
}

function samePlaces(places: readonly Place[], views: readonly PlaceView[]): boolean {
  return places.length === views.length && views.every((v, i) => v.place === places[i]);
}
