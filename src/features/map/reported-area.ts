/**
 * The area the reports are about: the hull around the small places (villages, districts) that the
 * dataset's figure-carrying category names, each widened by its own uncertainty. Derived from the data,
 * never drawn by hand, so a new dataset moves it and an approximate village widens it honestly. For the
 * bundled dataset that is the area of reported fighting: the villages its casualty estimates name.
 */
import { categoryOf } from '../../data/dataset-index';
import type { Dataset } from '../../data/validate';

/** A village is not a point: its outline is padded by its uncertainty, at least MIN and at most MAX km. A
 * district-sized circle would otherwise swell the outline across the border; its own circle shows it. */
const MIN_PAD_KM = 3;
const MAX_PAD_KM = 5;
const KM_PER_DEG_LAT = 111.32;
/** Places at most this uncertain are local enough to outline an area; a region's circle is not. */
const MAX_LOCAL_RADIUS_KM = 25;
/** An outline wider than this is no "area" (a dataset spread over a country): none is drawn. */
const MAX_SPAN_KM = 150;

/** The category whose claims and events most often carry both a figure and a place, if any. */
export function figureCategory(dataset: Dataset): string | null {
  const counts = new Map<string, number>();
  const add = (category: string) => counts.set(category, (counts.get(category) ?? 0) + 1);
  for (const c of dataset.claims) if (c.figure && c.placeIds.length > 0) add(c.category);
  for (const e of dataset.events) if (e.figures.length > 0 && e.placeIds.length > 0) add(e.category);
  let best: string | null = null;
  let most = 0;
  for (const [category, n] of counts)
    if (n > most || (n === most && best !== null && category < best)) [best, most] = [category, n];
  return best;
}

/** Approximate, local places (not cities used as reference points, nor regions) the category's items name. */
export function areaPlaceIds(dataset: Dataset, category = figureCategory(dataset)): Set<string> {
  const ids = new Set<string>();
  if (category === null) return ids;
  const named = new Set<string>();
  for (const c of dataset.claims) if (c.category === category) c.placeIds.forEach((id) => named.add(id));
  for (const e of dataset.events) {
    if (e.category === category || e.alsoCategories.includes(category)) {
      e.placeIds.forEach((id) => named.add(id));
    }
  }
  for (const p of dataset.places) {
    if (named.has(p.id) && p.precision.kind === 'approximate' && p.precision.radiusKm <= MAX_LOCAL_RADIUS_KM)
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

export interface ReportedArea {
  /** Ring of [lat, lon] (Leaflet's order), display longitudes. */
  ring: [number, number][];
  /** What the legend says the area is. */
  category: string;
}

/**
 * The area as a ring, or null when no place qualifies or the places spread too wide to make one area.
 * `lonOf` gives a place's display longitude (see `displayLon`).
 */
export function reportedArea(
  dataset: Dataset,
  lonOf: (index: number) => number = (i) => dataset.places[i]?.lon ?? 0,
  steps = 24,
): ReportedArea | null {
  const category = figureCategory(dataset);
  const ids = areaPlaceIds(dataset, category);
  if (category === null || ids.size === 0) return null;
  const points: LonLat[] = [];
  dataset.places.forEach((p, i) => {
    if (!ids.has(p.id)) return;
    const radius = p.precision.kind === 'approximate' ? p.precision.radiusKm : 0;
    const padKm = Math.min(MAX_PAD_KM, Math.max(MIN_PAD_KM, radius));
    const dLat = padKm / KM_PER_DEG_LAT;
    const dLon = padKm / (KM_PER_DEG_LAT * Math.cos((p.lat * Math.PI) / 180));
    const lon = lonOf(i);
    for (let k = 0; k < steps; k++) {
      const a = (2 * Math.PI * k) / steps;
      points.push([lon + dLon * Math.cos(a), p.lat + dLat * Math.sin(a)]);
    }
  });
  const lats = points.map((p) => p[1]);
  const lons = points.map((p) => p[0]);
  const midLat = ((Math.min(...lats) + Math.max(...lats)) / 2) * (Math.PI / 180);
  const spanKm = Math.max(
    (Math.max(...lats) - Math.min(...lats)) * KM_PER_DEG_LAT,
    (Math.max(...lons) - Math.min(...lons)) * KM_PER_DEG_LAT * Math.cos(midLat),
  );
  if (spanKm > MAX_SPAN_KM) return null;
  return {
    ring: convexHull(points).map(([lon, lat]) => [lat, lon]),
    category: categoryOf(dataset, category).label,
  };
}
