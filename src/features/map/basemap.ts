/**
 * The offline basemap, in three levels of detail, each a committed TopoJSON file in public/basemap/:
 *  - the overview (overview.topo.json): the whole coverage, generalised, loaded first; its metadata lists
 *    the other files and says which areas the basemap covers;
 *  - sheets (sheets/*.topo.json): divisions, boundaries and towns in detail, one 10° cell each, loaded
 *    for the area in view;
 *  - local layers (e.g. kursk-basemap.topo.json): the most detailed, each owning a box where the sheets
 *    leave their lines and towns out.
 * Pure, so the conversions are tested on the real files; the map only draws what this returns.
 */
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type Areas<P> = FeatureCollection<Polygon | MultiPolygon, P>;
export type Lines<P> = FeatureCollection<LineString | MultiLineString, P>;
export type Points<P> = FeatureCollection<Point, P>;
/** [west, south, east, north] in degrees; east may pass 180 (see `displayLon`). */
export type Box = [number, number, number, number];

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
  /** 0 = capital or a million people, then larger ranks for smaller towns; drives labels by zoom. */
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

/** The detailed local layer (kursk-basemap.topo.json and its kind). */
export interface LocalBasemap {
  country: Areas<CountryProps>;
  border: Lines<Record<string, unknown>>;
  admin1: Areas<Admin1Props>;
  admin1Lines: Lines<Record<string, unknown>>;
  admin1Labels: Points<Admin1LabelProps>;
  rivers: Lines<RiverProps>;
  riverLabels: Points<RiverLabelProps>;
  places: Points<TownProps>;
}

/** A division (first-level: oblast, region, province) or, with `cc` null, a neighbouring country. */
export interface AreaProps {
  code: string;
  name: string;
  /** ISO 3166-1 alpha-2 of its country; null for a neighbouring country drawn without divisions. */
  cc: string | null;
  /** The overview draws this country as one area (its divisions are small); the sheets divide it. */
  whole?: boolean;
  /** Label point. */
  lx?: number;
  ly?: number;
}
/** A country's fill: its divisions dissolved (built so, the app merges nothing); null for a neighbour. */
export interface FillProps {
  cc: string | null;
}
export interface LineProps {
  /** An international border, a division boundary, or a border between two neighbouring countries. */
  type: 'border' | 'admin1' | 'context';
}

export interface Sheet {
  areas: Areas<AreaProps>;
  fills: Areas<FillProps>;
  lines: Lines<LineProps>;
  rivers: Lines<RiverProps>;
  towns: Points<TownProps>;
  labels: Points<{ name: string; code: string }>;
}

export interface SheetRef {
  id: string;
  url: string;
  bbox: Box;
}
export interface LocalRef {
  id: string;
  url: string;
  /** The area this layer draws in full detail: the sheets leave their lines and towns out of it. */
  box: Box;
}
/** Which cells of a grid lie on covered countries, as run lengths per row (first run: not covered). */
export interface CoverageMask {
  west: number;
  south: number;
  step: number;
  cols: number;
  rows: number;
  runs: number[][];
}

export interface Overview {
  areas: Areas<AreaProps>;
  fills: Areas<FillProps>;
  lines: Lines<LineProps>;
  rivers: Lines<RiverProps>;
  towns: Points<TownProps>;
  bbox: Box;
  /** From this zoom on the sheets and local layers replace the overview's lines and towns. */
  detailZoom: number;
  /** Longitudes west of this are drawn 360° east, beside Chukotka (see `displayLon`). */
  wrapWestOf: number;
  sheets: SheetRef[];
  local: LocalRef[];
  attribution: string;
  /** Decoded coverage: one byte per cell, 1 where a covered country is. */
  coverage: { west: number; south: number; step: number; cols: number; rows: number; cells: Uint8Array };
}

export class BasemapError extends Error {
  override name = 'BasemapError';
}

export function isTopology(raw: unknown): raw is Topology {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    (raw as { type?: unknown }).type === 'Topology' &&
    typeof (raw as { objects?: unknown }).objects === 'object' &&
    Array.isArray((raw as { arcs?: unknown }).arcs)
  );
}

function requireTopology(raw: unknown, required: readonly string[], what: string): Topology {
  if (!isTopology(raw)) throw new BasemapError(`The ${what} file is not a TopoJSON topology.`);
  const missing = required.filter((name) => !raw.objects[name]);
  if (missing.length > 0) {
    throw new BasemapError(
      `The ${what} file lacks the layer${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`,
    );
  }
  return raw;
}

/** Layers already converted, by object name: a file read in steps (basemap-fetch.ts) converts one a task. */
export type ConvertedLayers = ReadonlyMap<string, FeatureCollection>;

export function collection<G extends Geometry, P>(
  topology: Topology,
  name: string,
  done?: ConvertedLayers,
): FeatureCollection<G, P> {
  const converted = done?.get(name);
  if (converted) return converted as FeatureCollection<G, P>;
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

/** The Kursk-style local layer. Throws a BasemapError naming what is missing. */
export const LOCAL_OBJECTS = [
  'country',
  'border',
  'admin1',
  'admin1_lines',
  'admin1_labels',
  'places',
] as const;

export function topologyToLocal(raw: unknown, done?: ConvertedLayers): LocalBasemap {
  const topology = requireTopology(raw, LOCAL_OBJECTS, 'detailed basemap');
  return {
    country: collection(topology, 'country', done),
    border: collection(topology, 'border', done),
    admin1: collection(topology, 'admin1', done),
    admin1Lines: collection(topology, 'admin1_lines', done),
    admin1Labels: collection(topology, 'admin1_labels', done),
    rivers: collection(topology, 'rivers', done),
    riverLabels: collection(topology, 'river_labels', done),
    places: collection(topology, 'places', done),
  };
}

export const SHEET_OBJECTS = ['areas', 'fills', 'lines', 'towns', 'labels'] as const;

/** The layers the overview and the sheets both draw. */
function drawnLayers(topology: Topology, done?: ConvertedLayers): Omit<Sheet, 'labels'> {
  return {
    areas: collection(topology, 'areas', done),
    fills: collection(topology, 'fills', done),
    lines: collection(topology, 'lines', done),
    rivers: collection(topology, 'rivers', done),
    towns: collection(topology, 'towns', done),
  };
}

export function topologyToSheet(raw: unknown, done?: ConvertedLayers): Sheet {
  const topology = requireTopology(raw, SHEET_OBJECTS, 'basemap sheet');
  return { ...drawnLayers(topology, done), labels: collection(topology, 'labels', done) };
}

export const OVERVIEW_OBJECTS = ['areas', 'fills', 'lines', 'rivers', 'towns'] as const;

interface OverviewMetadata {
  bbox?: unknown;
  detailZoom?: unknown;
  wrapWestOf?: unknown;
  coverage?: unknown;
  sheets?: unknown;
  local?: unknown;
  attribution?: unknown;
}

const isBox = (v: unknown): v is Box =>
  Array.isArray(v) && v.length === 4 && v.every((x) => typeof x === 'number' && Number.isFinite(x));

function refs<T extends { url: string }>(list: unknown, boxKey: 'bbox' | 'box'): T[] {
  if (!Array.isArray(list)) return [];
  // Only plain relative file names: the metadata never sends the map to another origin.
  return list.filter(
    (r): r is T =>
      typeof r === 'object' &&
      r !== null &&
      typeof (r as { id?: unknown }).id === 'string' &&
      typeof (r as { url?: unknown }).url === 'string' &&
      /^(?!.*\.\.)[\w.-]+(\/[\w.-]+)*\.json$/.test((r as { url: string }).url) &&
      isBox((r as Record<string, unknown>)[boxKey]),
  );
}

export function decodeCoverage(mask: unknown): Overview['coverage'] {
  const m = mask as Partial<CoverageMask> | undefined;
  const empty = { west: 0, south: 0, step: 1, cols: 0, rows: 0, cells: new Uint8Array(0) };
  if (!m || !Array.isArray(m.runs) || !m.cols || !m.rows || !m.step) return empty;
  const { west = 0, south = 0, step, cols, rows } = m;
  const cells = new Uint8Array(cols * rows);
  m.runs.forEach((row, y) => {
    let x = 0;
    let value = 0;
    for (const n of Array.isArray(row) ? row : []) {
      if (value) cells.fill(1, y * cols + x, y * cols + Math.min(cols, x + n));
      x += n;
      value = 1 - value;
    }
  });
  return { west, south, step, cols, rows, cells };
}

export function topologyToOverview(raw: unknown, done?: ConvertedLayers): Overview {
  const topology = requireTopology(raw, OVERVIEW_OBJECTS, 'basemap');
  const meta = ((raw as { metadata?: OverviewMetadata }).metadata ?? {}) as OverviewMetadata;
  return {
    ...drawnLayers(topology, done),
    bbox: isBox(meta.bbox) ? meta.bbox : [-180, -85, 180, 85],
    detailZoom: typeof meta.detailZoom === 'number' ? meta.detailZoom : 6.5,
    wrapWestOf: typeof meta.wrapWestOf === 'number' ? meta.wrapWestOf : -180,
    sheets: refs<SheetRef>(meta.sheets, 'bbox'),
    local: refs<LocalRef>(meta.local, 'box'),
    attribution: typeof meta.attribution === 'string' ? meta.attribution : '',
    coverage: decodeCoverage(meta.coverage),
  };
}

/**
 * The longitude a place is drawn at: the basemap runs from Europe east past 180° so that Chukotka stays
 * whole; a place west of `wrapWestOf` (across the antimeridian) is drawn 360° east, beside it.
 */
export function displayLon(lon: number, wrapWestOf: number): number {
  return lon < wrapWestOf ? lon + 360 : lon;
}

/** Whether a point (display longitude) lies on the covered countries or in a local layer's box. */
export function covered(overview: Overview, lat: number, lon: number): boolean {
  if (overview.local.some((l) => inBox(l.box, lat, lon))) return true;
  const c = overview.coverage;
  const x = Math.floor((lon - c.west) / c.step);
  const y = Math.floor((lat - c.south) / c.step);
  if (x < 0 || y < 0 || x >= c.cols || y >= c.rows) return false;
  return c.cells[y * c.cols + x] === 1;
}

export function inBox([w, s, e, n]: Box, lat: number, lon: number): boolean {
  return lat >= s && lat <= n && lon >= w && lon <= e;
}

/** Whether `inner` lies wholly within `outer`. */
export function boxWithin(outer: Box, inner: Box): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

export function boxesMeet(a: Box, b: Box): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
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

/** The local layer's oblast that holds a point, or undefined outside every oblast it draws. */
export function admin1At(local: LocalBasemap, lon: number, lat: number): Admin1Props | undefined {
  return local.admin1.features.find((f) => areaContains(f.geometry, lon, lat))?.properties;
}

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
