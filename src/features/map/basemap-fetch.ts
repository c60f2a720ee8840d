/**
 * Fetching the bundled basemap and converting it for the map. Kept apart from the query so the first
 * script the page runs (boot.ts) can start it before the app's code has loaded.
 */
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
