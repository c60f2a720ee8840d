/**
 * Fetching the bundled basemap's files and converting them for the map. Kept apart from the queries so the
 * first script the page runs (boot.ts) can start the overview's download before the app's code has loaded.
 */
import { background } from '../../lib/background';
import {
  BasemapError,
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
 * dashboard's first render, a key press or a zoom's frames come first (the overview is about 100 ms of work
 * on a cold page, a sheet some tens).
 */
async function readInBackground<T>(text: Promise<string>, convert: (raw: unknown) => T): Promise<T> {
  const body = await text;
  await background();
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    // A static server answers a missing file with its index page: say "missing", not "bad token <".
    throw new BasemapError('The basemap file is missing or is not JSON.');
  }
  await background();
  return convert(raw);
}

export const overviewFrom = (text: Promise<string>): Promise<Overview> =>
  readInBackground(text, topologyToOverview);
export const fetchSheet = (url: string, signal?: AbortSignal): Promise<Sheet> =>
  readInBackground(fetchBasemapText(url, signal), topologyToSheet);
export const fetchLocal = (url: string, signal?: AbortSignal): Promise<LocalBasemap> =>
  readInBackground(fetchBasemapText(url, signal), topologyToLocal);
