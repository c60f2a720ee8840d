import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { Box } from './basemap';
import type { PlaceClusters } from './clusters';
import type { PlaceView } from './place-model';
import { useLatest } from './use-latest';
import { placeStyle } from './place-style';

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
 * and names are MapLabels' (HTML, read and exported as text).
 */
export function ClusterLayer({ views, clusters, onPick, onCluster }: Props) {
  const map = useMap();
  const handlers = useLatest({ onPick, onCluster });

  useEffect(() => {
    const pane = map.getPane('places') ?? map.createPane('places');
    pane.style.zIndex = '410';
    const renderer = L.canvas({ pane: 'places' });
    const layer = L.layerGroup().addTo(map);
    const draw = () => {
      layer.clearLayers();
      const b = map.getBounds().pad(0.1);
      const box: Box = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
      const items = clusters.query(box, map.getZoom());
      const lone: PlaceView[] = [];
      for (const item of items) {
        if (item.kind === 'place') {
          const view = views[item.index];
          if (view) lone.push(view);
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
      // Largest first, so a village's circle is drawn (and clickable) above the district around it.
      lone.sort((a, c) => (c.radiusM ?? 0) - (a.radiusM ?? 0));
      for (const view of lone) {
        const style = { ...placeStyle(view), renderer };
        const shape =
          view.shape === 'point'
            ? L.circleMarker([view.lat, view.lon], { ...style, radius: view.highlighted ? 8 : 6 })
            : L.circle([view.lat, view.lon], { ...style, radius: view.radiusM ?? 0 });
        const placeId = view.place.id;
        shape.on('click', () => handlers.current.onPick(placeId)).addTo(layer);
      }
    };
    draw();
    // Leaflet ends every zoom with a moveend too: one redraw per change of view, not two.
    map.on('moveend', draw);
    return () => {
      map.off('moveend', draw);
      layer.remove();
      renderer.remove();
    };
  }, [map, views, clusters, handlers]);

  return null;
}
