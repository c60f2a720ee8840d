/**
 * The offline basemap: the committed TopoJSON (public/basemap/kursk-basemap.topo.json) → GeoJSON layers.
 * Pure, so the conversion is tested on the real file; the map only draws what this returns.
 */
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  Point,
  Polygon,
  MultiPolygon,
} from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface Admin1Props {
  code: string;
  name: string;
  src?: string;
}
export interface Admin1LabelProps {
  name: string;
  code: string;
  name_local?: string;
}
export interface TownProps {
  name: string;
  gn?: string;
  cc?: string;
  pop?: number | null;
  /** 1 = largest; drives which labels show at which zoom. */
  rank: number;
}
export interface RiverProps {
  level?: number;
}
export interface RiverLabelProps {
  name: string;
}
export interface CountryProps {
  a3?: string;
}

type Areas<P> = FeatureCollection<Polygon | MultiPolygon, P>;
type Lines<P> = FeatureCollection<LineString | MultiLineString, P>;
type Points<P> = FeatureCollection<Point, P>;

export interface Basemap {
  context: Areas<CountryProps>;
  country: Areas<CountryProps>;
  border: Lines<Record<string, unknown>>;
  admin1: Areas<Admin1Props>;
  admin1Lines: Lines<Record<string, unknown>>;
  admin1Labels: Points<Admin1LabelProps>;
  rivers: Lines<RiverProps>;
  riverLabels: Points<RiverLabelProps>;
  places: Points<TownProps>;
}

/** Objects the map cannot do without; rivers and their labels are optional (the npm-only build lacks them). */
export const REQUIRED_OBJECTS = [
  'context',
  'country',
  'border',
  'admin1',
  'admin1_lines',
  'admin1_labels',
  'places',
] as const;

export class BasemapError extends Error {
  override name = 'BasemapError';
}

function isTopology(raw: unknown): raw is Topology {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    (raw as { type?: unknown }).type === 'Topology' &&
    typeof (raw as { objects?: unknown }).objects === 'object' &&
    Array.isArray((raw as { arcs?: unknown }).arcs)
  );
}

function collection<G extends Geometry, P>(topology: Topology, name: string): FeatureCollection<G, P> {
  const object = topology.objects[name];
  if (!object) return { type: 'FeatureCollection', features: [] };
  const result = feature(topology, object as GeometryCollection);
  const features = (result.type === 'FeatureCollection' ? result.features : [result]) as Feature[];
  // Null geometries (an oblast clipped away entirely) would make Leaflet throw.
  return {
    type: 'FeatureCollection',
    features: features.filter((f) => f.geometry !== null) as Feature<G, P>[],
  };
}

/** Throws a BasemapError naming what is missing, so the panel can say why it has no basemap. */
export function topologyToBasemap(raw: unknown): Basemap {
  if (!isTopology(raw)) throw new BasemapError('The basemap file is not a TopoJSON topology.');
  const missing = REQUIRED_OBJECTS.filter((name) => !raw.objects[name]);
  if (missing.length > 0) {
    throw new BasemapError(
      `The basemap file lacks the layer${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`,
    );
  }
  return {
    context: collection(raw, 'context'),
    country: collection(raw, 'country'),
    border: collection(raw, 'border'),
    admin1: collection(raw, 'admin1'),
    admin1Lines: collection(raw, 'admin1_lines'),
    admin1Labels: collection(raw, 'admin1_labels'),
    rivers: collection(raw, 'rivers'),
    riverLabels: collection(raw, 'river_labels'),
    places: collection(raw, 'places'),
  };
}

type Ring = number[][];

function ringContains(ring: Ring, lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Point-in-polygon (holes respected), in plain degrees: good enough at oblast scale. */
export function areaContains(geometry: Polygon | MultiPolygon, lon: number, lat: number): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some(
    ([outer, ...holes]) =>
      outer !== undefined && ringContains(outer, lon, lat) && !holes.some((h) => ringContains(h, lon, lat)),
  );
}

/** The oblast that holds a point, by its ISO 3166-2 code, or undefined outside every oblast drawn. */
export function admin1At(basemap: Basemap, lon: number, lat: number): Admin1Props | undefined {
  return basemap.admin1.features.find((f) => areaContains(f.geometry, lon, lat))?.properties;
}

/** Russia's Kursk oblast: emphasised on the map. */
export const KURSK_OBLAST = 'RU-KRS';

/**
 * Polygons with their holes dropped. The oblasts are clipped to the OpenStreetMap land outline, so lakes and
 * reservoirs are holes in them; outlined in the emphasised oblast's colour they read as odd little borders.
 * The water still shows through the country fill underneath.
 */
export function outerRingsOnly<P>(areas: Areas<P>): Areas<P> {
  return {
    type: 'FeatureCollection',
    features: areas.features.map((f) => ({
      ...f,
      geometry:
        f.geometry.type === 'Polygon'
          ? { type: 'Polygon', coordinates: f.geometry.coordinates.slice(0, 1) }
          : { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map((p) => p.slice(0, 1)) },
    })),
  };
}
