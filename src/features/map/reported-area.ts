/**
 * The area the reports are about: the hull around the small places (villages, districts) that the
 * dataset's figure-carrying category names, each widened by its own uncertainty. Derived from the data,
 * never drawn by hand, so a new dataset moves it and an approximate village widens it honestly. For the
 * bundled dataset that is the area of reported fighting: the villages its casualty estimates name.
 */
import { categoryOf, datasetIndex, type RowIndex } from '../../data/dataset-index';
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

/**
 * The category whose claims and events most often carry both a figure and a place, if any (ties go to the
 * first id in order). Read off the dataset's index: a pass over numbers, not over every row's lists.
 */
export function figureCategory(dataset: Dataset): string | null {
  const { claims, events } = datasetIndex(dataset);
  const counts = new Int32Array(dataset.categories.length);
  const count = (rows: RowIndex, hasFigure: (i: number) => boolean) => {
    const { from, list } = rows.values.categories;
    const places = rows.values.places.from;
    for (let i = 0; i < rows.start.length; i++) {
      if ((places[i + 1] ?? 0) <= (places[i] ?? 0) || !hasFigure(i)) continue;
      // A row's first category is its own; the others are what it also counts as.
      const category = list[from[i] ?? 0] ?? -1;
      if (category >= 0) counts[category] = (counts[category] ?? 0) + 1;
    }
  };
  count(claims, (i) => Boolean(dataset.claims[i]?.figure));
  count(events, (i) => (dataset.events[i]?.figures.length ?? 0) > 0);
  let best: string | null = null;
  let most = 0;
  counts.forEach((n, pos) => {
    const id = dataset.categories[pos]?.id ?? null;
    if (id !== null && (n > most || (n === most && n > 0 && best !== null && id < best)))
      [best, most] = [id, n];
  });
  return best;
}

/** Approximate, local places (not cities used as reference points, nor regions) the category's items name. */
export function areaPlaceIds(dataset: Dataset, category = figureCategory(dataset)): Set<string> {
  const ids = new Set<string>();
  const index = datasetIndex(dataset);
  const wanted = category === null ? undefined : index.positions.categories.get(category);
  if (wanted === undefined) return ids;
  const named = new Uint8Array(dataset.places.length);
  // A claim counts by its own category; an event by any it counts as.
  const mark = (rows: RowIndex, ownOnly: boolean) => {
    const categories = rows.values.categories;
    const places = rows.values.places;
    for (let i = 0; i < rows.start.length; i++) {
      const first = categories.from[i] ?? 0;
      const last = ownOnly ? first + 1 : (categories.from[i + 1] ?? 0);
      let counted = false;
      for (let k = first; k < last && !counted; k++) counted = categories.list[k] === wanted;
      if (!counted) continue;
      for (let k = places.from[i] ?? 0; k < (places.from[i + 1] ?? 0); k++) {
        const place = places.list[k] ?? -1;
        if (place >= 0) named[place] = 1;
      }
    }
  };
  mark(index.claims, true);
  mark(index.events, false);
  dataset.places.forEach((p, i) => {
    if (named[i] === 1 && p.precision.kind === 'approximate' && p.precision.radiusKm <= MAX_LOCAL_RADIUS_KM)
      ids.add(p.id);
  });
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
