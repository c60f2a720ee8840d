import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { Box } from './basemap';
import type { PlaceClusters } from './clusters';
import { pickLabels, rankLimit, type LabelCandidate } from './labels';
import type { PlaceView } from './place-model';
import { useLatest } from './use-latest';
import { shortPlaceName } from './place-names';

/** What the drawn basemap layers offer to label. */
export interface BasemapLabels {
  towns: { name: string; lat: number; lon: number; rank: number; pop: number }[];
  areas: { name: string; lat: number; lon: number; emphasis: boolean }[];
  rivers: { name: string; lat: number; lon: number }[];
}

interface Props {
  labels: BasemapLabels;
  views: readonly PlaceView[];
  /** Set when the places are clustered: labels then go to clusters and to the places drawn alone. */
  clusters: PlaceClusters | null;
  onPick: (placeId: string) => void;
  onCluster: (id: number, lat: number, lon: number) => void;
}

type Kind = 'place' | 'town' | 'oblast' | 'river' | 'cluster';
interface Label extends LabelCandidate {
  kind: Kind;
  lat: number;
  lon: number;
  view?: PlaceView;
  cluster?: { id: number; count: number };
  emphasis?: boolean;
}

const KM_PER_DEG = 111.32;
/** Place labels considered per view, in priority order: more could never find room on the map. */
const MAX_PLACE_LABELS = 400;
function nearKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const dx = (aLon - bLon) * Math.cos((aLat * Math.PI) / 180);
  return Math.hypot(dx, aLat - bLat) * KM_PER_DEG;
}

const count = new Intl.NumberFormat('en-GB');

/** Text via the DOM, never innerHTML: place names come from user datasets. */
function labelElement(label: Label): HTMLElement {
  const root = document.createElement('span');
  root.className = `map-label__text${label.emphasis ? ' is-emphasised' : ''}`;
  if (label.cluster) {
    root.textContent = count.format(label.cluster.count);
    root.title = `${count.format(label.cluster.count)} places: select to zoom in`;
  } else if (label.view) {
    const { view } = label;
    root.append(shortPlaceName(view.place));
    if (view.shape === 'area') {
      const approx = document.createElement('span');
      approx.className = 'map-label__approx';
      approx.textContent = ' approx.';
      root.append(approx);
    }
    const badge = document.createElement('span');
    badge.className = 'map-label__badge';
    root.append(' ', badge);
    showState(root, view);
  } else {
    root.textContent = label.text;
  }
  return root;
}

/** A place label's state and count, written only where they changed (a filter change touches few). */
function showState(root: HTMLElement, view: PlaceView) {
  if (root.classList.contains('is-dimmed') !== view.dimmed) root.classList.toggle('is-dimmed', view.dimmed);
  if (root.classList.contains('is-highlighted') !== view.highlighted)
    root.classList.toggle('is-highlighted', view.highlighted);
  const badge = root.querySelector<HTMLElement>('.map-label__badge');
  const count = String(view.count);
  if (badge && badge.textContent !== count) {
    badge.textContent = count;
    badge.title = `${view.count} linked claims and events shown`;
  }
}

/** Which places are highlighted: a change of it picks the labels anew (the selection's come first). */
function highlightKey(views: readonly PlaceView[]): string {
  let key = '';
  for (const v of views) if (v.highlighted) key += `${v.place.id}\n`;
  return key;
}

function viewBox(map: L.Map, pad: number): Box {
  const b = map.getBounds().pad(pad);
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
}

function candidates(
  map: L.Map,
  labels: BasemapLabels,
  views: readonly PlaceView[],
  clusters: PlaceClusters | null,
): { kept: Label[]; reserved: Label[] } {
  const zoom = map.getZoom();
  const bounds = map.getBounds().pad(0.05);
  const out: Label[] = [];
  const reserved: Label[] = [];
  const at = (lat: number, lon: number) => map.latLngToContainerPoint([lat, lon]);
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
    const p = at(lat, lon);
    out.push({ kind, id: `${kind}:${id}`, lat, lon, x: p.x, y: p.y, text, priority, ...extra });
  };

  let dataPoints: PlaceView[];
  if (clusters) {
    dataPoints = [];
    for (const item of clusters.query(viewBox(map, 0.05), zoom)) {
      if (item.kind === 'cluster') {
        const p = at(item.lat, item.lon);
        // Counts sit on their circle, centred: always drawn, and other labels keep clear of them.
        reserved.push({
          kind: 'cluster',
          id: `cluster:${item.id}`,
          lat: item.lat,
          lon: item.lon,
          x: p.x,
          y: p.y,
          text: count.format(item.count),
          priority: -1,
          cluster: { id: item.id, count: item.count },
        });
      } else {
        const view = views[item.index];
        if (view) dataPoints.push(view);
      }
    }
  } else {
    dataPoints = views as PlaceView[];
  }
  // The data first: the selection's places, then exact places (reference points), then the busiest areas.
  // Of thousands of places drawn alone, only the first few hundred by that order can find room anyway.
  const placePriority = (v: PlaceView) =>
    (v.highlighted ? 0 : 10) + (v.shape === 'point' ? 0 : 5) - Math.min(v.count, 4) / 10;
  const inView = dataPoints.filter((v) => bounds.contains([v.lat, v.lon]));
  const labelled =
    inView.length > MAX_PLACE_LABELS
      ? inView.sort((a, b) => placePriority(a) - placePriority(b)).slice(0, MAX_PLACE_LABELS)
      : inView;
  for (const v of labelled) {
    const text = `${shortPlaceName(v.place)}${v.shape === 'area' ? ' approx.' : ''} 00`;
    add('place', v.place.id, v.lat, v.lon, text, placePriority(v), { view: v });
  }
  if (zoom >= 5 && zoom <= 10) {
    labels.areas.forEach((a, i) => {
      add('oblast', String(i), a.lat, a.lon, a.name.toUpperCase(), 30, { emphasis: a.emphasis });
    });
  }
  const limit = rankLimit(zoom);
  // A town the dataset already names is labelled once, by the dataset: looked up by name, then distance.
  const byName = new Map<string, PlaceView[]>();
  for (const v of inView) {
    const name = shortPlaceName(v.place).toLowerCase();
    byName.set(name, [...(byName.get(name) ?? []), v]);
  }
  labels.towns.forEach((t, i) => {
    if (t.rank > limit) return;
    const named = byName.get(t.name.toLowerCase())?.some((v) => nearKm(t.lat, t.lon, v.lat, v.lon) < 4);
    if (!named) add('town', String(i), t.lat, t.lon, t.name, 40 + t.rank * 10 - Math.min(t.pop, 1e6) / 1e6);
  });
  if (zoom >= 8) {
    labels.rivers.forEach((r, i) => add('river', String(i), r.lat, r.lon, r.name, 95));
  }
  return { kept: out, reserved };
}

/**
 * Labels for the data's places (or their clusters' counts) and the basemap's divisions, towns and rivers,
 * chosen per view so they stay few and never overlap; plus small dots for the towns. Rebuilt imperatively
 * on every move: hundreds of short-lived markers are cheaper through Leaflet than through React. A filter
 * change keeps the labels where they are and only updates the counts and states that changed; a change of
 * the highlighted places chooses them anew.
 */
export function MapLabels({ labels, views, clusters, onPick, onCluster }: Props) {
  const map = useMap();
  const handlers = useLatest({ onPick, onCluster });
  const latestViews = useLatest(views);
  /** The drawn place labels' elements, by place id, and the highlighted places they were chosen for. */
  const placeLabels = useRef(new Map<string, HTMLElement>());
  const drawnFor = useRef('');
  const redraw = useRef<(() => void) | null>(null);

  useEffect(() => {
    const pane = map.getPane('map-labels') ?? map.createPane('map-labels');
    pane.style.zIndex = '450';
    const layer = L.layerGroup().addTo(map);
    const dots = L.layerGroup().addTo(map);

    const elements = placeLabels.current;
    const draw = () => {
      layer.clearLayers();
      dots.clearLayers();
      elements.clear();
      const views = latestViews.current;
      drawnFor.current = highlightKey(views);
      const { kept: all, reserved } = candidates(map, labels, views, clusters);
      const kept = [...reserved, ...pickLabels(all, reserved.map(boxOfCluster))];
      // Dots only for the ranks labelled at this zoom: unlabelled dots read as noise. Zoomed out over a
      // continent, only for the towns whose label found room.
      const zoom = map.getZoom();
      const limit = rankLimit(zoom);
      const bounds = map.getBounds();
      const labelled = new Set(kept.filter((l) => l.kind === 'town').map((l) => l.id));
      labels.towns.forEach((t, i) => {
        if (t.rank > limit || !bounds.contains([t.lat, t.lon])) return;
        if (zoom < 7 && !labelled.has(`town:${i}`)) return;
        L.circleMarker([t.lat, t.lon], {
          radius: t.rank <= 2 ? 3.5 : 2.5,
          color: '#374151',
          weight: 1,
          fillColor: '#ffffff',
          fillOpacity: 1,
          interactive: false,
        }).addTo(dots);
      });
      for (const label of kept) {
        const interactive = label.kind === 'place' || label.kind === 'cluster';
        const element = labelElement(label);
        if (label.view) elements.set(label.view.place.id, element);
        const marker = L.marker([label.lat, label.lon], {
          pane: 'map-labels',
          keyboard: false,
          interactive,
          icon: L.divIcon({
            className: `map-label map-label--${label.kind}`,
            html: element,
            iconSize: [0, 0],
            iconAnchor: [0, 0],
          }),
        });
        const placeId = label.view?.place.id;
        if (placeId) marker.on('click', () => handlers.current.onPick(placeId));
        const cluster = label.cluster;
        if (cluster) marker.on('click', () => handlers.current.onCluster(cluster.id, label.lat, label.lon));
        marker.addTo(layer);
      }
    };
    draw();
    redraw.current = draw;
    // Leaflet ends every zoom with a moveend too: one redraw per change of view, not two. The labels are
    // drawn in the next frame, a task apart from the places' own redraw on the same moveend.
    let frame = 0;
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(draw);
    };
    map.on('moveend resize', later);
    return () => {
      cancelAnimationFrame(frame);
      map.off('moveend resize', later);
      redraw.current = null;
      elements.clear();
      layer.remove();
      dots.remove();
    };
  }, [map, labels, clusters, handlers, latestViews]);

  useEffect(() => {
    if (highlightKey(views) !== drawnFor.current) {
      redraw.current?.();
      return;
    }
    const elements = placeLabels.current;
    if (elements.size === 0) return;
    for (const view of views) {
      const element = elements.get(view.place.id);
      if (element) showState(element, view);
    }
  }, [views]);

  return null;
}

/** A cluster's count box, centred on its circle. */
function boxOfCluster(label: Label) {
  const half = Math.max(14, label.text.length * 4 + 6);
  return { x0: label.x - half, y0: label.y - 10, x1: label.x + half, y1: label.y + 10 };
}
