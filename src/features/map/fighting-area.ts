/**
 * The "area of reported fighting": the hull around the dataset's villages and areas that casualty reports
 * name, each widened by its own uncertainty. Derived from the data, never drawn by hand, so a new dataset
 * moves it and an approximate village widens it honestly.
 */
import type { Dataset } from '../../data/validate';
import { inMapBounds } from './map-config';

/** A village is not a point: its outline is padded by its uncertainty, at least MIN and at most MAX km. A
 * district-sized circle would otherwise swell the outline across the border; its own circle shows it. */
const MIN_PAD_KM = 3;
const MAX_PAD_KM = 5;
const KM_PER_DEG_LAT = 111.32;

/** Places named by casualty reports: where the fighting was, as opposed to cities used as reference points. */
export function fightingPlaceIds(dataset: Dataset): Set<string> {
  const named = new Set<string>();
  for (const c of dataset.claims)
    if (c.category === 'casualty-estimate') c.placeIds.forEach((id) => named.add(id));
  for (const e of dataset.events) {
    if (e.category === 'casualty-estimate' || e.alsoCategories.includes('casualty-estimate')) {
      e.placeIds.forEach((id) => named.add(id));
    }
  }
  const ids = new Set<string>();
  for (const p of dataset.places) {
    if (named.has(p.id) && (p.kind === 'village' || p.kind === 'area') && inMapBounds(p.lat, p.lon))
      ids.add(p.id);
  }
  return ids;
}

type LonLat = [number, number];

function cross(o: LonLat, a: LonLat, b: LonLat): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

/** One half of Andrew's monotone chain: drop points that turn the wrong way. */
function chain(points: readonly LonLat[]): LonLat[] {
  const out: LonLat[] = [];
  for (const p of points) {
    for (;;) {
      const [a, b] = [out[out.length - 2], out[out.length - 1]];
      if (!a || !b || cross(a, b, p) > 0) break;
      out.pop();
    }
    out.push(p);
  }
  return out;
}

/** The convex hull, counter-clockwise, without repeating the first point. */
export function convexHull(points: readonly LonLat[]): LonLat[] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (sorted.length < 3) return sorted;
  return [...chain(sorted).slice(0, -1), ...chain([...sorted].reverse()).slice(0, -1)];
}

/** The area as a ring of [lat, lon] (Leaflet's order), or null when fewer than one place qualifies. */
export function fightingArea(dataset: Dataset, steps = 24): [number, number][] | null {
  const ids = fightingPlaceIds(dataset);
  const points: LonLat[] = [];
  for (const p of dataset.places) {
    if (!ids.has(p.id)) continue;
    const radius = p.precision.kind === 'approximate' ? p.precision.radiusKm : 0;
    const padKm = Math.min(MAX_PAD_KM, Math.max(MIN_PAD_KM, radius));
    const dLat = padKm / KM_PER_DEG_LAT;
    const dLon = padKm / (KM_PER_DEG_LAT * Math.cos((p.lat * Math.PI) / 180));
    for (let i = 0; i < steps; i++) {
      const a = (2 * Math.PI * i) / steps;
      points.push([p.lon + dLon * Math.cos(a), p.lat + dLat * Math.sin(a)]);
    }
  }
  if (points.length === 0) return null;
  return convexHull(points).map(([lon, lat]) => [lat, lon]);
}
