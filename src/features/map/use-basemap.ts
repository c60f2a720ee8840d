/**
 * The basemap for the view on screen: the overview, plus the sheets and local layers the view needs, each
 * loaded once when first needed and kept. While a needed file is loading, the overview's own lines stay.
 */
import { useQueries } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { background } from '../../lib/background';
import { useMap } from 'react-leaflet';
import {
  boxWithin,
  type AreaProps,
  type LocalBasemap,
  type LocalRef,
  type Overview,
  type Sheet,
  type SheetRef,
} from './basemap';
import { localQueryOptions, sheetQueryOptions } from './basemap-query';
import { detailNeeds, type MapViewState } from './detail';
import type { BasemapLabels } from './MapLabels';
import { areaBox, localEmphasis } from './regions';

export interface DrawnBasemap {
  overview: Overview | undefined;
  sheets: { ref: SheetRef; sheet: Sheet }[];
  locals: { ref: LocalRef; local: LocalBasemap; emphasis: string | null }[];
  /** The overview's division lines and towns are drawn: below the detail zoom, or while detail loads. */
  showOverviewDetail: boolean;
  zoom: number;
  /** The division holding most of the places (overview and sheet code), emphasised. */
  emphasis: string | null;
  /** The sheets draw the emphasis (no local layer holds the whole division). */
  sheetEmphasis: boolean;
  labels: BasemapLabels;
  /** A file the view needs could not be loaded. */
  error: Error | null;
}

/** The map's view, followed as it settles (not per animation frame). */
export function useViewState(): MapViewState {
  const map = useMap();
  const read = () => {
    const b = map.getBounds();
    return {
      bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as MapViewState['bounds'],
      zoom: map.getZoom(),
    };
  };
  const [view, setView] = useState<MapViewState>(read);
  useEffect(() => {
    const update = () => setView(read());
    // Every zoom ends with a moveend too.
    map.on('moveend resize', update);
    return () => {
      map.off('moveend resize', update);
    };
    // `read` only reads the map.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map]);
  return view;
}

interface Loaded<T> {
  data: (T | undefined)[];
  ready: boolean;
  error: Error | null;
}

// Module-level, so TanStack Query hands back the same object while no result changes.
function combine<T>(results: { data?: T; isSuccess: boolean; error: Error | null }[]): Loaded<T> {
  return {
    data: results.map((r) => r.data),
    ready: results.every((r) => r.isSuccess),
    error: results.find((r) => r.error)?.error ?? null,
  };
}

export function useBasemap(
  overview: Overview | undefined,
  view: MapViewState,
  dominant: AreaProps | null,
): DrawnBasemap {
  const emphasis = dominant?.code ?? null;
  const needs = useMemo(
    () => (overview ? detailNeeds(overview, view) : { detail: false, sheets: [], local: [] }),
    [overview, view],
  );
  const loadedSheets = useQueries({
    queries: needs.sheets.map((s) => sheetQueryOptions(s.url)),
    combine: combine<Sheet>,
  });
  const loadedLocals = useQueries({
    queries: needs.local.map((l) => localQueryOptions(l.url)),
    combine: combine<LocalBasemap>,
  });

  const loaded = useMemo(
    () =>
      needs.sheets.flatMap((ref, i) => {
        const sheet = loadedSheets.data[i];
        return sheet ? [{ ref, sheet }] : [];
      }),
    [needs, loadedSheets],
  );
  const sheets = useOneByOne(loaded);
  // A division lying wholly in a local layer's box is emphasised by that layer (its own outline); one that
  // crosses the box's edge by the sheets, above the local layer, so no straight box edge is outlined.
  const dominantBox = useMemo(
    () => (overview && emphasis ? areaBox(overview, emphasis) : null),
    [overview, emphasis],
  );
  const owner = dominantBox ? (overview?.local.find((l) => boxWithin(l.box, dominantBox))?.id ?? null) : null;
  const locals = useMemo(
    () =>
      needs.local.flatMap((ref, i) => {
        const local = loadedLocals.data[i];
        const code = dominant && ref.id === owner ? localEmphasis(local ?? null, dominant) : null;
        return local ? [{ ref, local, emphasis: code }] : [];
      }),
    [needs, loadedLocals, dominant, owner],
  );
  const ready = loadedSheets.ready && loadedLocals.ready && sheets.length === needs.sheets.length;
  const showOverviewDetail = !needs.detail || !ready;
  const labels = useMemo(
    () => basemapLabels(overview, sheets, locals, showOverviewDetail, emphasis),
    [overview, sheets, locals, showOverviewDetail, emphasis],
  );
  const error = loadedSheets.error ?? loadedLocals.error;
  return {
    overview,
    zoom: view.zoom,
    sheets,
    locals,
    showOverviewDetail,
    emphasis,
    sheetEmphasis: emphasis !== null && owner === null,
    labels,
    error,
  };
}

/**
 * Sheets admitted to the map one per task: each adds a few thousand SVG points, and several arriving at
 * once (a zoom into a new area) would otherwise hold the page in one long task.
 */
function useOneByOne<T extends { ref: { id: string } }>(items: readonly T[]): T[] {
  const [admitted, setAdmitted] = useState<ReadonlySet<string>>(() => new Set());
  const next = items.find((item) => !admitted.has(item.ref.id))?.ref.id;
  useEffect(() => {
    if (next === undefined) return;
    let live = true;
    void background().then(() => {
      if (live) setAdmitted((prev) => new Set(prev).add(next));
    });
    return () => {
      live = false;
    };
  }, [next]);
  return useMemo(() => items.filter((item) => admitted.has(item.ref.id)), [items, admitted]);
}

/** What the drawn layers offer to label: the overview's below the detail zoom, the detail above it. */
export function basemapLabels(
  overview: Overview | undefined,
  sheets: DrawnBasemap['sheets'],
  locals: DrawnBasemap['locals'],
  showOverviewDetail: boolean,
  emphasis: string | null,
): BasemapLabels {
  const labels: BasemapLabels = { towns: [], areas: [], rivers: [] };
  const town = (name: string, [lon = 0, lat = 0]: number[], rank: number, pop?: number | null) =>
    labels.towns.push({ name, lat, lon, rank, pop: pop ?? 0 });
  if (showOverviewDetail) {
    if (!overview) return labels;
    for (const f of overview.towns.features) {
      town(f.properties.name, f.geometry.coordinates, f.properties.rank, f.properties.pop);
    }
    for (const f of overview.areas.features) {
      const { lx, ly, name, code, cc, whole } = f.properties;
      if (cc !== null && !whole && lx !== undefined && ly !== undefined) {
        labels.areas.push({ name, lat: ly, lon: lx, emphasis: code === emphasis });
      }
    }
    return labels;
  }
  for (const { sheet } of sheets) {
    for (const f of sheet.towns.features) {
      town(f.properties.name, f.geometry.coordinates, f.properties.rank, f.properties.pop);
    }
    for (const f of sheet.labels.features) {
      const [lon = 0, lat = 0] = f.geometry.coordinates;
      labels.areas.push({ name: f.properties.name, lat, lon, emphasis: f.properties.code === emphasis });
    }
  }
  for (const { local, emphasis: code } of locals) {
    for (const f of local.places.features) {
      town(f.properties.name, f.geometry.coordinates, f.properties.rank, f.properties.pop);
    }
    for (const f of local.admin1Labels.features) {
      const [lon = 0, lat = 0] = f.geometry.coordinates;
      labels.areas.push({ name: f.properties.name, lat, lon, emphasis: f.properties.code === code });
    }
    for (const f of local.riverLabels.features) {
      const [lon = 0, lat = 0] = f.geometry.coordinates;
      labels.rivers.push({ name: f.properties.name, lat, lon });
    }
  }
  return labels;
}
