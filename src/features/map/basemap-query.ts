/** The basemap's files are static server state: each fetched once from public/, converted, kept for the session. */
import { queryOptions } from '@tanstack/react-query';
import { takeEarly } from '../../lib/early';
import type { LocalBasemap, Overview } from './basemap';
import {
  BASEMAP_BASE,
  fetchLocal,
  fetchBasemapText,
  fetchSheet,
  overviewFrom,
  OVERVIEW_URL,
} from './basemap-fetch';

const forever = { staleTime: Infinity, gcTime: Infinity, retry: false } as const;

export const overviewQueryOptions = (url: string = OVERVIEW_URL) =>
  queryOptions({
    queryKey: ['basemap', 'overview', url],
    queryFn: ({ signal }): Promise<Overview> =>
      overviewFrom(takeEarly<string>(`basemap:${url}`) ?? fetchBasemapText(url, signal)),
    ...forever,
  });

/** A sheet or local layer, by its path relative to the basemap folder (from the overview's metadata). */
export const sheetQueryOptions = (path: string) =>
  queryOptions({
    queryKey: ['basemap', 'sheet', path],
    queryFn: ({ signal }) => fetchSheet(`${BASEMAP_BASE}${path}`, signal),
    ...forever,
  });

export const localQueryOptions = (path: string) =>
  queryOptions({
    queryKey: ['basemap', 'local', path],
    queryFn: ({ signal }): Promise<LocalBasemap> => fetchLocal(`${BASEMAP_BASE}${path}`, signal),
    ...forever,
  });
