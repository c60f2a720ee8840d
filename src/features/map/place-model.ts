/**
 * How each dataset place is drawn: its shape from its precision (an exact place is a point, an approximate
 * one an area of its radius), where it is drawn, whether the basemap covers it, what is linked to it under
 * the global filters, and whether the selection touches it. Pure, so the map and the places list always
 * agree and the rules are tested.
 */
import { datasetIndex, type DatasetIndex } from '../../data/dataset-index';
import type { Related } from '../../data/related';
import type { Event, Place } from '../../data/schema';
import type { Dataset, NormalisedClaim } from '../../data/validate';

export interface PlaceView {
  place: Place;
  /** Where the place is drawn: its latitude, and its longitude as the basemap runs (see `displayLon`). */
  lat: number;
  lon: number;
  shape: 'point' | 'area';
  /** Metres, for an area; null for a point. */
  radiusM: number | null;
  /** "exact" or "approx. ±5 km". */
  precisionLabel: string;
  /** Linked claims and events that pass the global filters (gathered when first read). */
  readonly claims: NormalisedClaim[];
  readonly events: Event[];
  count: number;
  /** Linked rows before filtering, so "0 of 3 shown" can be said. */
  total: number;
  /** Something is linked, but the filters hide all of it; or nothing is linked at all. */
  dimmed: boolean;
  highlighted: boolean;
  /** Beyond the basemap's coverage: still drawn, on the plain background, and said to be outside. */
  outside: boolean;
}

/** Where each place is drawn and whether the basemap covers it: fixed per dataset and basemap. */
export interface PlaceGeo {
  lon: Float64Array;
  outside: Uint8Array;
}

const km = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export function precisionLabel(place: Place): string {
  return place.precision.kind === 'exact' ? 'exact' : `approx. ±${km.format(place.precision.radiusKm)} km`;
}

/** 1 where a claim / an event is shown, by position in the dataset (the filter pass's masks). */
export interface ShownRows {
  claims: Uint8Array;
  events: Uint8Array;
}

/**
 * Rows per place position, counted over the dataset's index: each row once per place however often it
 * names it. `shown` limits it to the shown rows; without it every row counts.
 */
function countPerPlace(index: DatasetIndex, places: number, shown?: ShownRows): Int32Array {
  const counts = new Int32Array(places);
  const kinds = [
    [index.claims, shown?.claims],
    [index.events, shown?.events],
  ] as const;
  for (const [rows, mask] of kinds) {
    const { from, list } = rows.values.places;
    const n = from.length - 1;
    for (let i = 0; i < n; i++) {
      if (mask && mask[i] !== 1) continue;
      const a = from[i] ?? 0;
      const b = from[i + 1] ?? 0;
      for (let k = a; k < b; k++) {
        const pos = list[k] ?? -1;
        if (pos < 0) continue;
        let repeated = false;
        for (let j = a; j < k && !repeated; j++) repeated = list[j] === pos;
        if (!repeated) counts[pos] = (counts[pos] ?? 0) + 1;
      }
    }
  }
  return counts;
}

/** Whether row i names the place at `pos`. */
function names(rows: DatasetIndex['claims'], i: number, pos: number): boolean {
  const { from, list } = rows.values.places;
  for (let k = from[i] ?? 0, end = from[i + 1] ?? 0; k < end; k++) if (list[k] === pos) return true;
  return false;
}

interface PerDataset {
  totals: Int32Array;
  labels: string[];
  /** The places in name order, sorted once (100,000 names take a while to compare). */
  order: Uint32Array;
}
const perDataset = new WeakMap<Dataset, PerDataset>();

/** What a filter change never changes: linked rows before filtering, precision labels, name order. */
function fixed(dataset: Dataset, index: DatasetIndex): PerDataset {
  let found = perDataset.get(dataset);
  if (!found) {
    const collator = new Intl.Collator('en');
    found = {
      totals: countPerPlace(index, dataset.places.length),
      labels: dataset.places.map(precisionLabel),
      order: Uint32Array.from(dataset.places.keys()).sort((a, b) =>
        collator.compare(dataset.places[a]?.name ?? '', dataset.places[b]?.name ?? ''),
      ),
    };
    perDataset.set(dataset, found);
  }
  return found;
}

/**
 * One view per place, in the dataset's order (the cluster index refers to places by that position), and
 * `sorted`, the same views by name, for the list. A filter change costs one pass over the index's typed
 * arrays; a place's linked claims and events are gathered only when something reads them (its detail).
 */
export function placeViews(
  dataset: Dataset,
  shown: ShownRows,
  related: Related,
  geo?: PlaceGeo,
  lonOf: (place: Place) => number = (place) => place.lon,
): { views: PlaceView[]; sorted: PlaceView[] } {
  const index = datasetIndex(dataset);
  const { totals, labels, order } = fixed(dataset, index);
  const counts = countPerPlace(index, dataset.places.length, shown);
  const linked = (pos: number) => {
    const claims: NormalisedClaim[] = [];
    const events: Event[] = [];
    if ((counts[pos] ?? 0) > 0) {
      dataset.claims.forEach((c, i) => {
        if (shown.claims[i] === 1 && names(index.claims, i, pos)) claims.push(c);
      });
      dataset.events.forEach((e, i) => {
        if (shown.events[i] === 1 && names(index.events, i, pos)) events.push(e);
      });
    }
    return { claims, events };
  };

  const views = dataset.places.map((place, i): PlaceView => {
    const count = counts[i] ?? 0;
    let rows: { claims: NormalisedClaim[]; events: Event[] } | undefined;
    return {
      place,
      lat: place.lat,
      lon: geo?.lon[i] ?? lonOf(place),
      shape: place.precision.kind === 'exact' ? 'point' : 'area',
      radiusM: place.precision.kind === 'exact' ? null : place.precision.radiusKm * 1000,
      precisionLabel: labels[i] ?? precisionLabel(place),
      get claims() {
        return (rows ??= linked(i)).claims;
      },
      get events() {
        return (rows ??= linked(i)).events;
      },
      count,
      total: totals[i] ?? 0,
      dimmed: count === 0,
      highlighted: related.placeIds.has(place.id),
      outside: geo?.outside[i] === 1,
    };
  });
  const sorted = Array.from(order, (i) => views[i] as PlaceView);
  return { views, sorted };
}

/** The area to show first: every place, an approximate one with its area up to MAX_FIT_RADIUS_KM around it. */
const MAX_FIT_RADIUS_KM = 50;
const KM_PER_DEG_LAT = 111.32;

/** [west, south, east, north] of the places (display longitudes), or null for none. */
export function placesBox(
  places: readonly Pick<PlaceView, 'lat' | 'lon' | 'radiusM'>[],
  maxRadiusKm = MAX_FIT_RADIUS_KM,
): [number, number, number, number] | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const p of places) {
    const r = Math.min(maxRadiusKm, (p.radiusM ?? 0) / 1000);
    const dLat = r / KM_PER_DEG_LAT;
    const dLon = dLat / Math.max(0.05, Math.cos((p.lat * Math.PI) / 180));
    w = Math.min(w, p.lon - dLon);
    e = Math.max(e, p.lon + dLon);
    s = Math.min(s, p.lat - dLat);
    n = Math.max(n, p.lat + dLat);
  }
  return Number.isFinite(w) ? [w, Math.max(-85, s), e, Math.min(85, n)] : null;
}
