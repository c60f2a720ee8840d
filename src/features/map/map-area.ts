/**
 * What the map shows, in words: the dataset's own region when it names one, otherwise the area its places
 * fall in on the basemap (a division, two, or the countries). Cached per dataset and basemap: the title,
 * the map's name and the summary all ask.
 */
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { useDataset } from '../../data/dataset-context';
import type { Place } from '../../data/schema';
import type { Dataset } from '../../data/validate';
import type { Overview } from './basemap';
import { overviewQueryOptions } from './basemap-query';
import { areaTitle, dominantDivision, placeRegions, type PlaceRegions } from './regions';

const cache = new WeakMap<readonly Place[], WeakMap<Overview, PlaceRegions>>();

export function regionsOf(places: readonly Place[], overview: Overview): PlaceRegions {
  let byOverview = cache.get(places);
  if (!byOverview) cache.set(places, (byOverview = new WeakMap()));
  let regions = byOverview.get(overview);
  if (!regions) byOverview.set(overview, (regions = placeRegions(places, overview)));
  return regions;
}

/** The dataset's own short name for its area (its optional `region`), if it has one. */
export function datasetRegion(dataset: Dataset): string | null {
  const region = dataset.region?.trim();
  return region ? region : null;
}

/** "Kursk area", "Ukraine", …; null until the basemap can say, when the dataset names no region. */
export function mapAreaName(dataset: Dataset, overview: Overview | undefined): string | null {
  const region = datasetRegion(dataset);
  if (region) return region;
  return overview ? areaTitle(regionsOf(dataset.places, overview)) : null;
}

export function dominantOf(dataset: Dataset, overview: Overview | undefined) {
  return overview ? dominantDivision(regionsOf(dataset.places, overview)) : null;
}

/** The map panel's title: "Kursk area map", "Ukraine map", or "Map" while nothing says more. */
export function useMapTitle(): string {
  const dataset = useDataset();
  // A dataset that names its region needs no basemap for the title: the basemap is then asked for only
  // when the map is drawn (below the first screen on a phone). It arrives through a store React renders
  // at once: placing thousands of places in its divisions waits for a background render, so the page's
  // load is not one long task; deferred on the first render too (the basemap is often cached first).
  const overview =
    useDeferredValue(
      useQuery({ ...overviewQueryOptions(), enabled: datasetRegion(dataset) === null }).data ?? null,
      null,
    ) ?? undefined;
  const name = mapAreaName(dataset, overview);
  return name ? `${name} map` : 'Map';
}
