/**
 * A GeoJSON FeatureCollection → places: a point is an exact place; a polygon (or multipolygon) is an
 * approximate place at the centre of its bounding box, with the radius that reaches the box's corners, so
 * the area drawn covers the shape. A feature that cannot be used is listed by its number, the property
 * at fault and why; nothing is guessed.
 */
import { LIMITS } from './limits';
import { PlaceKindSchema, type Place } from './schema';
import type { RowError } from './table-convert';

export interface PlacesResult {
  places: Place[];
  /** `row` is the feature's number, counting from 1. */
  errors: RowError[];
  features: number;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

const EARTH_KM = 6371;
function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

class FeatureFault extends Error {
  constructor(
    readonly column: string,
    readonly reason: string,
  ) {
    super(reason);
  }
}

function position(value: unknown): [number, number] {
  if (!Array.isArray(value) || value.length < 2)
    throw new FeatureFault('geometry', 'has a position that is not [longitude, latitude]');
  const [lon, lat] = value as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    throw new FeatureFault('geometry', 'has a position that is not two numbers');
  }
  if (Math.abs(lat) > 90) throw new FeatureFault('geometry', `latitude ${lat} is outside −90 to 90`);
  if (Math.abs(lon) > 180) throw new FeatureFault('geometry', `longitude ${lon} is outside −180 to 180`);
  return [lon, lat];
}

/** Every position of a polygon or multipolygon, flattened (bounded: a hostile file gets an error). */
function ringPositions(coordinates: unknown, depth: number, out: [number, number][]): void {
  if (!Array.isArray(coordinates)) throw new FeatureFault('geometry', 'has coordinates that are not a list');
  if (depth === 0) {
    out.push(position(coordinates));
    return;
  }
  for (const c of coordinates) {
    if (out.length > 100_000) throw new FeatureFault('geometry', 'has more than 100,000 positions');
    ringPositions(c, depth - 1, out);
  }
}

function placeOf(feature: unknown, n: number, usedIds: Set<string>): Place {
  if (!isObject(feature) || feature.type !== 'Feature')
    throw new FeatureFault('', 'is not a GeoJSON Feature');
  const props = isObject(feature.properties) ? feature.properties : {};
  const rawName = [props.name, props.title, props.NAME].find((v) => typeof v === 'string' && v.trim() !== '');
  if (typeof rawName !== 'string')
    throw new FeatureFault('properties.name', 'is missing: every place needs a name');
  const name = rawName.trim();
  if (name.length > LIMITS.shortText) {
    throw new FeatureFault(
      'properties.name',
      `is too long: ${name.length} characters, at most ${LIMITS.shortText} allowed`,
    );
  }
  const geometry = feature.geometry;
  if (!isObject(geometry)) throw new FeatureFault('geometry', 'is missing');
  const kindParsed = PlaceKindSchema.safeParse(props.kind);
  const base = {
    id: `geo-${n}`,
    name,
    ...(kindParsed.success ? { kind: kindParsed.data } : {}),
  };
  let i = 2;
  while (usedIds.has(base.id)) base.id = `geo-${n}-${i++}`;
  if (geometry.type === 'Point') {
    const [lon, lat] = position(geometry.coordinates);
    return { ...base, lat, lon, precision: { kind: 'exact' }, coordinateSource: 'GeoJSON point' };
  }
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    const all: [number, number][] = [];
    ringPositions(geometry.coordinates, geometry.type === 'Polygon' ? 2 : 3, all);
    if (all.length === 0) throw new FeatureFault('geometry', 'has no positions');
    const lons = all.map((p) => p[0]);
    const lats = all.map((p) => p[1]);
    const [west, east, south, north] = [
      Math.min(...lons),
      Math.max(...lons),
      Math.min(...lats),
      Math.max(...lats),
    ];
    const lat = (south + north) / 2;
    const lon = (west + east) / 2;
    const radiusKm = Math.max(1, Math.ceil(distanceKm(lat, lon, north, east)));
    if (radiusKm > LIMITS.radiusKm) {
      throw new FeatureFault('geometry', `covers more than ${LIMITS.radiusKm} km from its centre`);
    }
    return {
      ...base,
      lat,
      lon,
      precision: { kind: 'approximate', radiusKm },
      coordinateSource: `GeoJSON ${geometry.type === 'Polygon' ? 'polygon' : 'multipolygon'}: the centre of its bounding box, within ${radiusKm} km`,
    };
  }
  throw new FeatureFault(
    'geometry',
    `is a ${String(geometry.type).slice(0, 30)}; only points and polygons become places`,
  );
}

/** Places from a parsed GeoJSON file; ids start after those in `existingIds`. */
export function placesFromGeoJson(raw: unknown, existingIds: ReadonlySet<string>): PlacesResult {
  if (!isObject(raw) || raw.type !== 'FeatureCollection' || !Array.isArray(raw.features)) {
    return {
      places: [],
      features: 0,
      errors: [{ row: 0, column: '', reason: 'is not a GeoJSON FeatureCollection' }],
    };
  }
  const features = raw.features as unknown[];
  if (features.length > LIMITS.rows) {
    return {
      places: [],
      features: features.length,
      errors: [
        { row: 0, column: '', reason: `has ${features.length} features; at most ${LIMITS.rows} allowed` },
      ],
    };
  }
  const used = new Set(existingIds);
  const places: Place[] = [];
  const errors: RowError[] = [];
  features.forEach((feature, i) => {
    try {
      const place = placeOf(feature, i + 1, used);
      used.add(place.id);
      places.push(place);
    } catch (error) {
      if (!(error instanceof FeatureFault)) throw error;
      errors.push({ row: i + 1, column: error.column, reason: error.reason });
    }
  });
  return { places, errors, features: features.length };
}

/** The next edition of a dataset with the places added, and what was added written into its description. */
export function withPlaces<T extends { version: string; description: string; places: Place[] }>(
  dataset: T,
  result: PlacesResult,
  fileName: string,
  today: string,
): T {
  const [major = 1, minor = 0, patch = 0] = dataset.version.split('.').map(Number);
  const dropped =
    result.errors.length > 0 ? ` ${result.errors.length} features could not be used and were left out.` : '';
  const note = ` Places added on ${today} from ${fileName}: ${result.places.length} (points as exact places, polygons as approximate places at their centre).${dropped}`;
  return {
    ...dataset,
    version: `${major}.${minor}.${patch + 1}`,
    description: dataset.description.slice(0, Math.max(0, LIMITS.longText - note.length)) + note,
    places: [...dataset.places, ...result.places],
  };
}
