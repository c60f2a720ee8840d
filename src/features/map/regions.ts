/**
 * Where the dataset's places are, in the basemap's terms: which division holds most of them (emphasised
 * on the map), what to call the area (the panel's title), and which places lie beyond the basemap.
 * Derived from the data and the overview only, never from a place list written into the app.
 */
import type { Polygon, MultiPolygon } from 'geojson';
import type { Place } from '../../data/schema';
import {
  admin1At,
  areaContains,
  covered,
  displayLon,
  type AreaProps,
  type Box,
  type LocalBasemap,
  type Overview,
} from './basemap';
import type { PlaceGeo } from './place-model';

/** Enough places to tell where a dataset is; beyond this, an even sample of them. */
const SAMPLE = 600;

interface IndexedArea {
  props: AreaProps;
  box: Box;
  geometry: Polygon | MultiPolygon;
}

const indexes = new WeakMap<Overview, IndexedArea[]>();

function boxOf(geometry: Polygon | MultiPolygon): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const [x = 0, y = 0] of polygon[0] ?? []) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  }
  return box;
}

function areaIndex(overview: Overview): IndexedArea[] {
  let index = indexes.get(overview);
  if (!index) {
    index = overview.areas.features.map((f) => ({
      props: f.properties,
      box: boxOf(f.geometry),
      geometry: f.geometry,
    }));
    indexes.set(overview, index);
  }
  return index;
}

/** The bounding box of an overview area, by its code. */
export function areaBox(overview: Overview, code: string): Box | null {
  return areaIndex(overview).find((a) => a.props.code === code)?.box ?? null;
}

/** The overview's area (division, or a neighbouring country) holding a point, if any. */
export function areaAt(overview: Overview, lat: number, lon: number): AreaProps | undefined {
  for (const a of areaIndex(overview)) {
    const [w, s, e, n] = a.box;
    if (lon >= w && lon <= e && lat >= s && lat <= n && areaContains(a.geometry, lon, lat)) return a.props;
  }
  return undefined;
}

/** Display longitudes and the outside flag of every place, for one dataset and basemap. */
export function placeGeo(places: readonly Place[], overview: Overview): PlaceGeo {
  const lon = new Float64Array(places.length);
  const outside = new Uint8Array(places.length);
  places.forEach((p, i) => {
    const x = displayLon(p.lon, overview.wrapWestOf);
    lon[i] = x;
    outside[i] = covered(overview, p.lat, x) ? 0 : 1;
  });
  return { lon, outside };
}

export interface PlaceRegions {
  /** Places (of the sample) per division code, most first. */
  divisions: { area: AreaProps; count: number }[];
  /** Places per country (ISO alpha-2), most first; neighbouring countries by their name. */
  countries: { key: string; name: string; count: number }[];
  /** Places of the sample that fall in any area. */
  located: number;
  sampled: number;
}

const regionNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return null;
  }
})();

export function countryName(cc: string): string {
  try {
    return regionNames?.of(cc) ?? cc;
  } catch {
    return cc;
  }
}

export function placeRegions(places: readonly Place[], overview: Overview): PlaceRegions {
  const step = Math.max(1, Math.ceil(places.length / SAMPLE));
  const divisions = new Map<string, { area: AreaProps; count: number }>();
  const countries = new Map<string, { key: string; name: string; count: number }>();
  let located = 0;
  let sampled = 0;
  for (let i = 0; i < places.length; i += step) {
    const p = places[i];
    if (!p) continue;
    sampled += 1;
    const area = areaAt(overview, p.lat, displayLon(p.lon, overview.wrapWestOf));
    if (!area) continue;
    located += 1;
    const key = area.cc ?? area.name;
    const c = countries.get(key) ?? { key, name: area.cc ? countryName(area.cc) : area.name, count: 0 };
    c.count += 1;
    countries.set(key, c);
    if (area.cc && !area.whole) {
      const d = divisions.get(area.code) ?? { area, count: 0 };
      d.count += 1;
      divisions.set(area.code, d);
    }
  }
  const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;
  return {
    divisions: [...divisions.values()].sort(
      (a, b) => byCount(a, b) || a.area.name.localeCompare(b.area.name),
    ),
    countries: [...countries.values()].sort((a, b) => byCount(a, b) || a.name.localeCompare(b.name)),
    located,
    sampled,
  };
}

/** The division holding most of the places, when it holds more than half of those the basemap locates. */
export function dominantDivision(regions: PlaceRegions): AreaProps | null {
  const top = regions.divisions[0];
  return top && top.count * 2 > regions.located ? top.area : null;
}

/**
 * What to call the area the places cover: one division ("Kursk area"), two ("Kharkiv and Donetsk area"),
 * or the countries ("Ukraine", "Ukraine and Russia", "Russia, Kazakhstan and 3 more countries"). Null when
 * the basemap locates none of them.
 */
export function areaTitle(regions: PlaceRegions): string | null {
  if (regions.located === 0) return null;
  const [first, second] = regions.divisions;
  if (first && first.count * 2 > regions.located) return `${first.area.name} area`;
  if (first && second && (first.count + second.count) * 5 >= regions.located * 4) {
    return `${first.area.name} and ${second.area.name} area`;
  }
  // The countries holding nine in ten of the places; a stray place or two does not rename the map.
  const named: string[] = [];
  let held = 0;
  for (const c of regions.countries) {
    if (held * 10 >= regions.located * 9) break;
    named.push(c.name);
    held += c.count;
  }
  if (named.length === 1) return named[0] ?? null;
  if (named.length === 2) return `${named[0]} and ${named[1]}`;
  return `${named[0]}, ${named[1]} and ${named.length - 2} more countries`;
}

/**
 * The detailed local layer's own division where the overview's emphasised one is (its outlines differ a
 * little from the overview's): the one holding that division's label point.
 */
export function localEmphasis(local: LocalBasemap | null, division: AreaProps): string | null {
  if (!local || division.lx === undefined || division.ly === undefined) return null;
  return admin1At(local, division.lx, division.ly)?.code ?? null;
}
