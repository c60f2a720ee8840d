/**
 * The map (Leaflet and its layers) as a chunk of its own: below the first screen on a phone, where it loads
 * when scrolled to; side by side its download starts with the page's (first-downloads.ts).
 */
import { preloadable } from '../components/preloadable';
import { takeEarly } from '../lib/early';

type MapModule = typeof import('../features/map/MapPanel');

export const mapChunk = preloadable(() =>
  (takeEarly<MapModule>('chunk:map') ?? import('../features/map/MapPanel')).then((m) => m.MapPanel),
);
