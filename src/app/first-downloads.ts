/**
 * The files the first screen needs, asked for by the page's entry (boot.ts) before the app's code has
 * loaded; the queries pick up what was started here (lib/early.ts, app/prefetch.ts). Kept free of React
 * and the query code, which the entry must not load. A dataset kept in this browser is left to the app:
 * reading it needs the storage code.
 */
import { stackedNow } from '../config/layout';
import { LOCAL_PREFIX } from '../data/dataset-keys';
import { fetchDataset } from '../data/fetch-dataset';
import { fetchBasemapText, OVERVIEW_URL } from '../features/map/basemap-fetch';
import { startEarly } from '../lib/early';
import { initialDatasetKey } from '../state/remembered-dataset';

/** From boot.ts: plain downloads, no React or query code. */
export function startFirstDownloads(): void {
  const key = initialDatasetKey();
  if (!key.startsWith(LOCAL_PREFIX)) startEarly(`dataset:${key}`, () => fetchDataset(key));
  // The basemap's overview is downloaded now and read once the first render is done (basemap-fetch.ts).
  // Not while the panels stack: the map is below the first screen there, drawn when scrolled to, and the
  // overview's download would slow the dataset's and the code's on a phone's connection.
  if (stackedNow()) return;
  startEarly(`basemap:${OVERVIEW_URL}`, () => fetchBasemapText(OVERVIEW_URL));
  // The map's code (app/map-chunk.ts), asked for beside the app's own rather than once that has run.
  startEarly('chunk:map', () => import('../features/map/MapPanel'));
}
