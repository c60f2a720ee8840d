/**
 * The first screen's files as queries, asked for at once in parallel (picking up the downloads boot.ts
 * started), not when the component that needs each first renders: the map's basemap overview would otherwise wait
 * for the dataset to load and the dashboard to render.
 */
import type { QueryClient } from '@tanstack/react-query';
import { stackedNow } from '../config/layout';
import { datasetQueryOptions } from '../data/dataset-query';
import { overviewQueryOptions } from '../features/map/basemap-query';
import { mapChunk } from './map-chunk';

export function prefetchFirstScreen(client: QueryClient, datasetKey: string): void {
  void client.prefetchQuery(datasetQueryOptions(datasetKey));
  // While the panels stack the map is drawn when scrolled to, and asks for its code and basemap then.
  if (stackedNow()) return;
  void client.prefetchQuery(overviewQueryOptions());
  // The map's code, downloaded beside the dataset rather than after the dashboard's first render.
  mapChunk.preload().catch(() => {
    // The map's own boundary says so when it renders.
  });
}
