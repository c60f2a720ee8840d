/**
 * The map (Leaflet and its layers) as a chunk of its own: below the first screen on a phone, where it loads
 * when scrolled to; side by side its download starts with the page's (first-downloads.ts).
 */
import { preloadable } from '../components/preloadable';
import type * as MapModule from '../features/map/MapPanel';
import { takeEarly } from '../lib/early';

export const mapChunk = preloadable(() =>
  (takeEarly<typeof MapModule>('chunk:map') ?? import('../features/map/MapPanel')).then((m) => m.MapPanel),
);
