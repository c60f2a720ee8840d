/**
 * Fetching the bundled basemap's files and converting them for the map. Kept apart from the queries so the
 * first script the page runs (boot.ts) can start the overview's download before the app's code has loaded.
 */
import { background } from '../../lib/background';
import type { FeatureCollection } from 'geojson';
import {
  BasemapError,
  collection,
  isTopology,
  LOCAL_OBJECTS,
  type ConvertedLayers,
  topologyToLocal,
  topologyToOverview,
  topologyToSheet,
  type LocalBasemap,
  type Overview,
  type Sheet,
} from './basemap';

export const BASEMAP_BASE = `${import.meta.env.BASE_URL}basemap/`;
export const OVERVIEW_URL = `${BASEMAP_BASE}overview.topo.json`;

/** A basemap file's text: downloaded at once (the page's first script asks for the overview's). */
export async function fetchBasemapText(url: string, signal?: AbortSignal): Promise<string> {
  const response = await fetch(url, signal ? { signal } : undefined);
  if (!response.ok) throw new BasemapError(`The basemap could not be loaded (${response.status}).`);
  return response.text();
}

/**
 * A basemap file, parsed and converted in tasks of their own once the page has nothing more urgent: the
 * dashboard's first render, a key press or a zoom's frames come first. Each layer is converted in a task of
 * its own: the overview's layers together are about 100 ms of work on a cold page (a sheet's some tens),
 * one long task on a slow phone.
 */
async function readInBackground<T>(
  text: Promise<string>,
  layers: readonly string[],
  convert: (raw: unknown, done: ConvertedLayers) => T,
): Promise<T> {
  const body = await text;
  await background();
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    // A static server answers a missing file with its index page: say "missing", not "bad token <".
    throw new BasemapError('The basemap file is missing or is not JSON.');
  }
  const done = new Map<string, FeatureCollection>();
  if (isTopology(raw)) {
    for (const name of layers) {
      await background();
      done.set(name, collection(raw, name));
    }
  }
  await background();
  return convert(raw, done);
}

export const overviewFrom = (text: Promise<string>): Promise<Overview> =>
  readInBackground(text, ['areas', 'fills', 'lines', 'rivers', 'towns'], topologyToOverview);
export const fetchSheet = (url: string, signal?: AbortSignal): Promise<Sheet> =>
  readInBackground(
    fetchBasemapText(url, signal),
    ['areas', 'fills', 'lines', 'rivers', 'towns', 'labels'],
    topologyToSheet,
  );
export const fetchLocal = (url: string, signal?: AbortSignal): Promise<LocalBasemap> =>
  readInBackground(
    fetchBasemapText(url, signal),
    [...LOCAL_OBJECTS, 'rivers', 'river_labels'],
    topologyToLocal,
  );
