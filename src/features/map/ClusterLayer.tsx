import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { Box } from './basemap';
import type { PlaceClusters } from './clusters';
import type { PlaceView } from './place-model';
import { drawPlace, largestFirst, restylePlace, type DrawnPlace } from './place-shapes';
import { useLatest } from './use-latest';

interface Props {
  views: readonly PlaceView[];
  clusters: PlaceClusters;
  onPick: (placeId: string) => void;
  onCluster: (id: number, lat: number, lon: number) => void;
}

const format = new Intl.NumberFormat('en-GB');

/** A cluster's circle holds its count: it grows with the digits, so a thousand is not ten times a hundred. */
export function clusterRadius(count: number): number {
  return Math.max(11, format.format(count).length * 3.6 + 4);
}

/**
 * Many places, clustered, on one canvas: per view only the clusters and the places drawn alone are made
 * (a few hundred at most), so zooming and filtering stay quick whatever the dataset's size. Their counts
 * and names are MapLabels' (HTML, read and exported as text). A move of the map draws them anew; a filter
 * or selection change only restyles the places drawn alone whose state changed (clusters follow the
 * places' positions, not the filters).
 */
export function ClusterLayer({ views, clusters, onPick, onCluster }: Props) {
  const map = useMap();
  const handlers = useLatest({ onPick, onCluster });
  const latestViews = useLatest(views);
  /** The places drawn alone in the current view, by their position in the dataset. */
  const lone = useRef(new Map<number, DrawnPlace>());

  useEffect(() => {
    const pane = map.getPane('places') ?? map.createPane('places');
    pane.style.zIndex = '410';
    const renderer = L.canvas({ pane: 'places' });
    const layer = L.layerGroup().addTo(map);
    const drawn = lone.current;
    const draw = () => {
      layer.clearLayers();
      drawn.clear();
      const views = latestViews.current;
      const b = map.getBounds().pad(0.1);
      const box: Box = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
      const alone: { index: number; view: PlaceView }[] = [];
      for (const item of clusters.query(box, map.getZoom())) {
        if (item.kind === 'place') {
          const view = views[item.index];
          if (view) alone.push({ index: item.index, view });
          continue;
        }
        const { id, lat, lon, count } = item;
        L.circleMarker([lat, lon], {
          renderer,
          radius: clusterRadius(count),
          color: '#ffffff',
          weight: 2,
          fillColor: '#1d4ed8',
          fillOpacity: 0.85,
        })
          .on('click', () => handlers.current.onCluster(id, lat, lon))
          .addTo(layer);
      }
      alone.sort((a, c) => largestFirst(a.view, c.view));
      for (const { index, view } of alone) {
        const place = drawPlace(view, renderer, (placeId) => handlers.current.onPick(placeId));
        place.shape.addTo(layer);
        drawn.set(index, place);
      }
    };
    draw();
    // Leaflet ends every zoom with a moveend too: one redraw per change of view, not two.
    map.on('moveend', draw);
    return () => {
      map.off('moveend', draw);
      drawn.clear();
      layer.remove();
      renderer.remove();
    };
  }, [map, clusters, handlers, latestViews]);

  useEffect(() => {
    for (const [index, place] of lone.current) {
      const view = views[index];
      if (view) restylePlace(place, view);
    }
  }, [views]);

  return null;
}
