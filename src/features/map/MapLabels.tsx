import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { Basemap } from './basemap';
import { pickLabels, rankLimit, type LabelCandidate } from './labels';
import type { PlaceView } from './place-model';
import { shortPlaceName } from './place-names';

interface Props {
  basemap: Basemap | undefined;
  views: readonly PlaceView[];
  onPick: (placeId: string) => void;
}

type Kind = 'place' | 'town' | 'oblast' | 'river';
interface Label extends LabelCandidate {
  kind: Kind;
  lat: number;
  lon: number;
  view?: PlaceView;
  emphasis?: boolean;
}

const KM_PER_DEG = 111.32;
function nearKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const dx = (aLon - bLon) * Math.cos((aLat * Math.PI) / 180);
  return Math.hypot(dx, aLat - bLat) * KM_PER_DEG;
}

/** Text via the DOM, never innerHTML: place names come from user datasets. */
function labelElement(label: Label): HTMLElement {
  const root = document.createElement('span');
  root.className = `map-label__text${label.emphasis ? ' is-emphasised' : ''}`;
  if (label.view) {
    const { view } = label;
    root.classList.toggle('is-dimmed', view.dimmed);
    root.classList.toggle('is-highlighted', view.highlighted);
    root.append(shortPlaceName(view.place));
    if (view.shape === 'area') {
      const approx = document.createElement('span');
      approx.className = 'map-label__approx';
      approx.textContent = ' approx.';
      root.append(approx);
    }
    const badge = document.createElement('span');
    badge.className = 'map-label__badge';
    badge.textContent = String(view.count);
    badge.title = `${view.count} linked claims and events shown`;
    root.append(' ', badge);
  } else {
    root.textContent = label.text;
  }
  return root;
}

function candidates(map: L.Map, basemap: Basemap | undefined, views: readonly PlaceView[]): Label[] {
  const zoom = map.getZoom();
  const bounds = map.getBounds().pad(0.05);
  const labels: Label[] = [];
  const add = (
    kind: Kind,
    id: string,
    lat: number,
    lon: number,
    text: string,
    priority: number,
    extra: Partial<Label> = {},
  ) => {
    if (!bounds.contains([lat, lon])) return;
    const p = map.latLngToContainerPoint([lat, lon]);
    labels.push({ kind, id: `${kind}:${id}`, lat, lon, x: p.x, y: p.y, text, priority, ...extra });
  };
  const dataPoints = views.filter((v) => v.onMap);
  for (const v of dataPoints) {
    // The data first: the selection's places, then exact places (reference points), then the busiest areas.
    const priority = (v.highlighted ? 0 : 10) + (v.shape === 'point' ? 0 : 5) - Math.min(v.count, 4) / 10;
    const text = `${shortPlaceName(v.place)}${v.shape === 'area' ? ' approx.' : ''} 00`;
    add('place', v.place.id, v.place.lat, v.place.lon, text, priority, { view: v });
  }
  if (!basemap) return labels;
  if (zoom >= 6 && zoom <= 10) {
    basemap.admin1Labels.features.forEach((f, i) => {
      const [lon = 0, lat = 0] = f.geometry.coordinates;
      add('oblast', String(i), lat, lon, f.properties.name.toUpperCase(), 30, {
        emphasis: f.properties.code === 'RU-KRS',
      });
    });
  }
  const limit = rankLimit(zoom);
  basemap.places.features.forEach((f, i) => {
    const { name, rank } = f.properties;
    const pop = f.properties.pop ?? 0;
    if (rank > limit) return;
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    // A town the dataset already names is labelled once, by the dataset.
    const named = dataPoints.some(
      (v) =>
        nearKm(lat, lon, v.place.lat, v.place.lon) < 4 &&
        shortPlaceName(v.place).toLowerCase() === name.toLowerCase(),
    );
    if (!named) add('town', String(i), lat, lon, name, 40 + rank * 10 - Math.min(pop, 1e6) / 1e6);
  });
  if (zoom >= 8) {
    basemap.riverLabels.features.forEach((f, i) => {
      const [lon = 0, lat = 0] = f.geometry.coordinates;
      add('river', String(i), lat, lon, f.properties.name, 95);
    });
  }
  return labels;
}

/**
 * Labels for the data's places and the basemap's oblasts, towns and rivers, chosen per view so they stay
 * few and never overlap; plus small dots for the towns. Rebuilt imperatively on every move: hundreds of
 * short-lived markers are cheaper through Leaflet than through React.
 */
export function MapLabels({ basemap, views, onPick }: Props) {
  const map = useMap();
  const onPickRef = useRef(onPick);
  useEffect(() => {
    onPickRef.current = onPick;
  }, [onPick]);

  useEffect(() => {
    const pane = map.getPane('map-labels') ?? map.createPane('map-labels');
    pane.style.zIndex = '450';
    const labels = L.layerGroup().addTo(map);
    const dots = L.layerGroup().addTo(map);

    const draw = () => {
      labels.clearLayers();
      dots.clearLayers();
      const kept = pickLabels(candidates(map, basemap, views));
      // Dots only for the ranks labelled at this zoom: unlabelled dots read as noise.
      const limit = rankLimit(map.getZoom());
      const bounds = map.getBounds();
      basemap?.places.features.forEach((f) => {
        const [lon = 0, lat = 0] = f.geometry.coordinates;
        if (f.properties.rank > limit || !bounds.contains([lat, lon])) return;
        L.circleMarker([lat, lon], {
          radius: f.properties.rank <= 2 ? 3.5 : 2.5,
          color: '#374151',
          weight: 1,
          fillColor: '#ffffff',
          fillOpacity: 1,
          interactive: false,
        }).addTo(dots);
      });
      for (const label of kept) {
        const marker = L.marker([label.lat, label.lon], {
          pane: 'map-labels',
          keyboard: false,
          interactive: label.kind === 'place',
          icon: L.divIcon({
            className: `map-label map-label--${label.kind}`,
            html: labelElement(label),
            iconSize: [0, 0],
            iconAnchor: [0, 0],
          }),
        });
        const placeId = label.view?.place.id;
        if (placeId) marker.on('click', () => onPickRef.current(placeId));
        marker.addTo(labels);
      }
    };
    draw();
    map.on('zoomend moveend resize', draw);
    return () => {
      map.off('zoomend moveend resize', draw);
      labels.remove();
      dots.remove();
    };
  }, [map, basemap, views]);

  return null;
}
