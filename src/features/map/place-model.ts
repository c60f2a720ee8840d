/**
 * How each dataset place is drawn: its shape from its precision (an exact place is a point, an approximate
 * one an area of its radius), what is linked to it under the global filters, and whether the selection
 * touches it. Pure, so the map and the places list always agree and the rules are tested.
 */
import type { Related } from '../../data/related';
import type { Event, Place } from '../../data/schema';
import type { Dataset, NormalisedClaim } from '../../data/validate';
import { inMapBounds } from './map-config';

export interface PlaceView {
  place: Place;
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
  /** Outside the basemap's frame: listed, not drawn. */
  onMap: boolean;
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

export function placeViews(
  dataset: Dataset,
  claims: readonly NormalisedClaim[],
  events: readonly Event[],
  related: Related,
): PlaceView[] {
  const byPlace = new Map<string, { claims: NormalisedClaim[]; events: Event[] }>();
  const slot = (id: string) => {
    let entry = byPlace.get(id);
    if (!entry) byPlace.set(id, (entry = { claims: [], events: [] }));
    return entry;
  };
  for (const c of claims) for (const id of distinct(c.placeIds)) slot(id).claims.push(c);
  for (const e of events) for (const id of distinct(e.placeIds)) slot(id).events.push(e);
  const totals = placeTotals(dataset);

  return dataset.places
    .map((place): PlaceView => {
      const linked = byPlace.get(place.id) ?? { claims: [], events: [] };
      const count = linked.claims.length + linked.events.length;
      return {
        place,
        shape: place.precision.kind === 'exact' ? 'point' : 'area',
        radiusM: place.precision.kind === 'exact' ? null : place.precision.radiusKm * 1000,
        precisionLabel: precisionLabel(place),
        claims: linked.claims,
        events: linked.events,
        count,
        total: totals.get(place.id) ?? 0,
        dimmed: count === 0,
        highlighted: related.placeIds.has(place.id),
        onMap: inMapBounds(place.lat, place.lon),
      };
    })
    .sort((a, b) => a.place.name.localeCompare(b.place.name, 'en'));
}
