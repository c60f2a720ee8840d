/**
 * Which basemap files a view needs: below the overview's detail zoom, the overview alone; from it on, the
 * local layers whose box the view meets, and the sheets it meets, unless the view lies wholly inside a
 * local layer's box (which then draws everything there is). Pure, so the lazy loading is tested.
 */
import { boxesMeet, boxWithin, type Box, type LocalRef, type Overview, type SheetRef } from './basemap';

export interface MapViewState {
  /** The view's [west, south, east, north], display longitudes. */
  bounds: Box;
  zoom: number;
}

export interface DetailNeeds {
  detail: boolean;
  sheets: SheetRef[];
  local: LocalRef[];
}

export function detailNeeds(overview: Overview, view: MapViewState): DetailNeeds {
  if (view.zoom < overview.detailZoom) return { detail: false, sheets: [], local: [] };
  const local = overview.local.filter((l) => boxesMeet(l.box, view.bounds));
  const covered = local.some((l) => boxWithin(l.box, view.bounds));
  const sheets = covered ? [] : overview.sheets.filter((s) => boxesMeet(s.bbox, view.bounds));
  return { detail: true, sheets, local };
}
