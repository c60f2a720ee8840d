/** The basemap is static server state: fetched once from public/, converted, cached for the session. */
import { queryOptions } from '@tanstack/react-query';
import { takeEarly } from '../../lib/early';
import type { Basemap } from './basemap';
import { BASEMAP_URL, fetchBasemap } from './basemap-fetch';

export const basemapQueryOptions = (url: string = BASEMAP_URL) =>
  queryOptions({
    queryKey: ['basemap', url],
    queryFn: ({ signal }) => takeEarly<Basemap>(`basemap:${url}`) ?? fetchBasemap(url, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
