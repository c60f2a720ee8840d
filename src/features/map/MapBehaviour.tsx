import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { Related } from '../../data/related';
import { useAppStore } from '../../state/store';
import { ATTRIBUTION, FAR_BELOW_ZOOM, FIT_MAX_ZOOM, FIT_PADDING } from './map-config';
import type { PlaceView } from './place-model';

/** Leaflet owns the container element (MapContainer passes no ARIA props): name it for screen readers. */
/**
 * Leaflet's keyboard handler focuses the map on every press and puts back only the window's scroll: in a
 * panel that scrolls, the browser would scroll the panel to the map between the press and the release,
 * and the release (and so the click on a place or a cluster) would land on whatever moved under it.
 */
export function FocusWithoutScroll() {
  const map = useMap();
  useEffect(() => {
    const el = map.getContainer();
    el.focus = (options?: FocusOptions) =>
      HTMLElement.prototype.focus.call(el, { preventScroll: true, ...options });
    return () => {
      Reflect.deleteProperty(el, 'focus');
    };
  }, [map]);
  return null;
}

export function MapA11y({ label, describedBy }: { label: string; describedBy: string }) {
  const map = useMap();
  useEffect(() => {
    const el = map.getContainer();
    el.setAttribute('role', 'region');
    el.setAttribute('aria-label', label);
    el.setAttribute('aria-describedby', describedBy);
    map.attributionControl?.setPrefix('Leaflet');
    map.attributionControl?.addAttribution(ATTRIBUTION);
    return () => {
      map.attributionControl?.removeAttribution(ATTRIBUTION);
    };
  }, [map, label, describedBy]);
  return null;
}

/** Keeps ui.mapView current (the URL sync reads it), written once the map settles rather than per frame. */
export function PersistView({ delayMs = 250 }: { delayMs?: number }) {
  const map = useMap();
  const setUi = useAppStore((s) => s.setUi);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The view the map opened on (the link's, or the one fitted to the data) until the analyst moves it.
    let last = { center: map.getCenter(), zoom: map.getZoom() };
    const save = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const c = map.getCenter();
        const zoom = map.getZoom();
        // A resized container (a dragged split, a maximised panel) moves the centre by a pixel at most:
        // that is no view of the analyst's, and the link stays as it was.
        const moved = map.project(c, zoom).distanceTo(map.project(last.center, zoom));
        if (zoom === last.zoom && moved < 2) return;
        last = { center: c, zoom };
        const round = (v: number) => Math.round(v * 1e4) / 1e4;
        setUi({ mapView: { lat: round(c.lat), lon: round(c.lng), zoom } });
      }, delayMs);
    };
    map.on('moveend', save);
    return () => {
      clearTimeout(timer);
      map.off('moveend', save);
    };
  }, [map, setUi, delayMs]);
  return null;
}

/** The area a set of places covers, radius included. */
export function placesBounds(views: readonly PlaceView[]): L.LatLngBounds | null {
  let bounds: L.LatLngBounds | null = null;
  for (const v of views) {
    const center = L.latLng(v.lat, v.lon);
    const b = v.radiusM ? center.toBounds(v.radiusM * 2) : L.latLngBounds(center, center);
    bounds = bounds ? bounds.extend(b) : b;
  }
  return bounds;
}

/**
 * Whatever selected a claim, event or place (this map, the article, the timeline), bring its places into
 * view — but leave the map alone when they are already visible.
 */
export function FollowSelection({ views, related }: { views: readonly PlaceView[]; related: Related }) {
  const map = useMap();
  useEffect(() => {
    const target = placesBounds(views.filter((v) => related.placeIds.has(v.place.id)));
    if (!target || map.getBounds().contains(target)) return;
    map.flyToBounds(target, { padding: [24, 24], maxZoom: Math.max(map.getZoom(), 9), duration: 0.6 });
    // Only a new selection moves the map; filter changes (new `views`) must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, related]);
  return null;
}

type Box = [number, number, number, number];
const toBounds = ([w, s, e, n]: Box) => L.latLngBounds([s, w], [n, e]);

/**
 * A new dataset opens on its places (the first view is MapContainer's: a link's saved view, or the fit).
 * `fitKey` names the dataset: a filter change or a new basemap sheet never moves the map.
 */
export function FitToData({ box, fitKey }: { box: Box; fitKey: string }) {
  const map = useMap();
  const seen = useRef(fitKey);
  useEffect(() => {
    if (fitKey === seen.current) return;
    seen.current = fitKey;
    map.fitBounds(toBounds(box), { padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM, animate: false });
  }, [map, box, fitKey]);
  return null;
}

/** Panning stops beyond the basemap and every place: the bounds allow the whole of the data. */
export function MaxBounds({ box }: { box: Box }) {
  const map = useMap();
  useEffect(() => {
    map.setMaxBounds(toBounds(box));
  }, [map, box]);
  return null;
}

/** Marks the container while the map shows a continent, so its borders are drawn thinner (map.css). */
export function ZoomClass() {
  const map = useMap();
  useEffect(() => {
    const update = () => map.getContainer().classList.toggle('map-view--far', map.getZoom() < FAR_BELOW_ZOOM);
    update();
    map.on('zoomend', update);
    return () => {
      map.off('zoomend', update);
    };
  }, [map]);
  return null;
}
