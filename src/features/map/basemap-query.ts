/** The basemap is static server state: fetched once from public/, converted, cached for the session. */
import { queryOptions } from '@tanstack/react-query';
import { BasemapError, topologyToBasemap, type Basemap } from './basemap';

export const BASEMAP_URL = `${import.meta.env.BASE_URL}basemap/kursk-basemap.topo.json`;

export async function fetchBasemap(url: string, signal?: AbortSignal): Promise<Basemap> {
  const response = await fetch(url, signal ? { signal } : undefined);
  if (!response.ok) throw new BasemapError(`The basemap could not be loaded (${response.status}).`);
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    // A static server answers a missing file with its index page: say "missing", not "bad token <".
    throw new BasemapError('The basemap file is missing or is not JSON.');
  }
  return topologyToBasemap(raw);
}

export const basemapQueryOptions = (url: string = BASEMAP_URL) =>
  queryOptions({
    queryKey: ['basemap', url],
    queryFn: ({ signal }) => fetchBasemap(url, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
