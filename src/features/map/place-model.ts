/**
 * How each dataset place is drawn: its shape from its precision (an exact place is a point, an approximate
 * one an area of its radius), where it is drawn, whether the basemap covers it, what is linked to it under
 * the global filters, and whether the selection touches it. Pure, so the map and the places list always
 * agree and the rules are tested.
 */
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
  /** Linked claims and events that pass the global filters. */
  claims: NormalisedClaim[];
  events: Event[];
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

/** Most rows name no place or one: a Set per row would cost more than the whole count at 100,000 rows. */
function distinct(ids: readonly string[]): readonly string[] {
  return ids.length < 2 ? ids : [...new Set(ids)];
}

const totalsByDataset = new WeakMap<Dataset, Map<string, number>>();

/** Linked rows per place before filtering: counted once per dataset, not on every filter change. */
function placeTotals(dataset: Dataset): Map<string, number> {
  let totals = totalsByDataset.get(dataset);
  if (!totals) {
    const counts = new Map<string, number>();
    const add = (ids: readonly string[]) => {
      for (const id of distinct(ids)) counts.set(id, (counts.get(id) ?? 0) + 1);
    };
    dataset.claims.forEach((c) => add(c.placeIds));
    dataset.events.forEach((e) => add(e.placeIds));
    totalsByDataset.set(dataset, counts);
    totals = counts;
  }
  return totals;
}

const orderByDataset = new WeakMap<Dataset, Uint32Array>();

/** The places in name order, sorted once per dataset (100,000 names take a while to compare). */
function nameOrder(dataset: Dataset): Uint32Array {
  let order = orderByDataset.get(dataset);
  if (!order) {
    const collator = new Intl.Collator('en');
    order = Uint32Array.from(dataset.places.keys()).sort((a, b) =>
      collator.compare(dataset.places[a]?.name ?? '', dataset.places[b]?.name ?? ''),
    );
    orderByDataset.set(dataset, order);
  }
  return order;
}

/**
 * One view per place, in the dataset's order (the cluster index refers to places by that position), and
 * `sorted`, the same views by name, for the list.
 */
export function placeViews(
  dataset: Dataset,
  claims: readonly NormalisedClaim[],
  events: readonly Event[],
  related: Related,
  geo?: PlaceGeo,
  lonOf: (place: Place) => number = (place) => place.lon,
): { views: PlaceView[]; sorted: PlaceView[] } {
  const byPlace = new Map<string, { claims: NormalisedClaim[]; events: Event[] }>();
  const slot = (id: string) => {
    let entry = byPlace.get(id);
    if (!entry) byPlace.set(id, (entry = { claims: [], events: [] }));
    return entry;
  };
  for (const c of claims) for (const id of distinct(c.placeIds)) slot(id).claims.push(c);
  for (const e of events) for (const id of distinct(e.placeIds)) slot(id).events.push(e);
  const totals = placeTotals(dataset);
  const none = { claims: [], events: [] };

  const views = dataset.places.map((place, i): PlaceView => {
    const linked = byPlace.get(place.id) ?? none;
    const count = linked.claims.length + linked.events.length;
    return {
      place,
      lat: place.lat,
      lon: geo?.lon[i] ?? lonOf(place),
      shape: place.precision.kind === 'exact' ? 'point' : 'area',
      radiusM: place.precision.kind === 'exact' ? null : place.precision.radiusKm * 1000,
      precisionLabel: precisionLabel(place),
      claims: linked.claims,
      events: linked.events,
      count,
      total: totals.get(place.id) ?? 0,
      dimmed: count === 0,
      highlighted: related.placeIds.has(place.id),
      outside: geo?.outside[i] === 1,
    };
  });
  const order = nameOrder(dataset);
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
