import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BasemapError,
  LOCAL_OBJECTS,
  admin1At,
  areaContains,
  covered,
  outerRingsOnly,
  topologyToLocal,
  topologyToOverview,
  topologyToSheet,
  type Sheet,
} from '../../src/features/map/basemap';
import { detailNeeds } from '../../src/features/map/detail';

const DIR = resolve(__dirname, '../../public/basemap');
const read = (name: string): unknown => JSON.parse(readFileSync(resolve(DIR, name), 'utf8'));
const local = topologyToLocal(read('kursk-basemap.topo.json'));
const overview = topologyToOverview(read('overview.topo.json'));
const sheets = new Map<string, Sheet>(overview.sheets.map((s) => [s.id, topologyToSheet(read(s.url))]));
const allSheets = [...sheets.values()];

function vertices(geometry: { coordinates: unknown }): number {
  return JSON.stringify(geometry.coordinates).split('],[').length;
}

describe('the overview (loaded first)', () => {
  it('names its sheets and the detailed local layer, every one a committed file', () => {
    expect(overview.sheets.length).toBeGreaterThan(40);
    const files = new Set(readdirSync(resolve(DIR, 'sheets')).map((f) => `sheets/${f}`));
    for (const s of overview.sheets) expect(files.has(s.url), s.url).toBe(true);
    expect(overview.local).toEqual([
      { id: 'kursk', url: 'kursk-basemap.topo.json', box: [31, 49, 40, 53.5] },
    ]);
    expect(overview.detailZoom).toBeGreaterThan(5);
  });

  it('covers Europe, Russia to the Pacific, Ukraine, Belarus, Moldova, the Caucasus and Central Asia', () => {
    const on = (lat: number, lon: number) => covered(overview, lat, lon);
    // Lisbon, Reykjavik, Kyiv, Minsk, Chișinău, Tbilisi, Yerevan, Baku, Almaty, Tashkent, Dushanbe.
    for (const [lat, lon] of [
      [38.72, -9.14],
      [64.15, -21.94],
      [50.45, 30.52],
      [53.9, 27.57],
      [47.01, 28.86],
      [41.72, 44.79],
      [40.18, 44.51],
      [40.41, 49.87],
      [43.24, 76.89],
      [41.3, 69.24],
      [38.56, 68.77],
    ] as const) {
      expect(on(lat, lon), `${lat}, ${lon}`).toBe(true);
    }
    // Vladivostok, Petropavlovsk-Kamchatsky, Anadyr; Uelen east of 180° (drawn at 190°E).
    expect(on(43.12, 131.89)).toBe(true);
    expect(on(53.02, 158.65)).toBe(true);
    expect(on(64.73, 177.5)).toBe(true);
    expect(on(66.16, 190.19)).toBe(true);
    // Pyongyang, Beijing, Cairo, Tehran: drawn as neighbours only.
    expect(on(39.03, 125.75)).toBe(false);
    expect(on(39.9, 116.4)).toBe(false);
    expect(on(30.04, 31.24)).toBe(false);
    expect(on(35.69, 51.39)).toBe(false);
  });

  it('holds the first-level divisions of the covered countries, and their neighbours as whole countries', () => {
    const names = new Set(overview.areas.features.map((f) => `${f.properties.cc}:${f.properties.name}`));
    for (const n of ['UA:Kharkiv', 'UA:Donetsk', 'RU:Kursk', 'RU:Chukchi Autonomous Okrug', 'KZ:Almaty']) {
      expect(names.has(n), n).toBe(true);
    }
    expect(
      overview.areas.features.some((f) => f.properties.cc === null && f.properties.name === 'China'),
    ).toBe(true);
    expect(overview.fills.features.some((f) => f.properties.cc === 'UA')).toBe(true);
    expect(overview.lines.features.map((f) => f.properties.type).sort()).toEqual([
      'admin1',
      'border',
      'context',
    ]);
    expect(overview.rivers.features.length).toBeGreaterThan(100);
  });

  it('labels only the largest towns; the sheets hold every town of 50,000 or more', () => {
    expect(overview.towns.features.every((f) => f.properties.rank <= 1)).toBe(true);
    const town = (name: string) =>
      allSheets.flatMap((s) => s.towns.features).find((f) => f.properties.name === name);
    for (const name of ['Donetsk', 'Kramatorsk', 'Odessa', 'Chisinau', 'Tbilisi', 'Vladivostok', 'Anadyr']) {
      expect(town(name), name).toBeDefined();
    }
    expect(town('Kramatorsk')?.properties.pop).toBeGreaterThanOrEqual(50_000);
  });
});

describe('the sheets (detail for the area in view)', () => {
  it('draw the divisions in detail, not the overview’s generalised outline', () => {
    const detailed = allSheets.flatMap((s) => s.areas.features).find((f) => f.properties.name === 'Donetsk');
    const coarse = overview.areas.features.find((f) => f.properties.name === 'Donetsk');
    expect(detailed && coarse).toBeTruthy();
    if (!detailed || !coarse) return;
    expect(vertices(detailed.geometry)).toBeGreaterThan(3 * vertices(coarse.geometry));
    expect(areaContains(detailed.geometry, 37.8, 48.0)).toBe(true);
  });

  it('leave their lines and towns out of the local layer’s box, which draws its own', () => {
    const [w, s, e, n] = [31, 49, 40, 53.5];
    for (const sheet of allSheets) {
      for (const f of sheet.towns.features) {
        const [lon = 0, lat = 0] = f.geometry.coordinates;
        expect(lon > w && lon < e && lat > s && lat < n, f.properties.name).toBe(false);
      }
    }
  });
});

describe('detailNeeds', () => {
  const view = (bounds: [number, number, number, number], zoom: number) =>
    detailNeeds(overview, { bounds, zoom });

  it('needs the overview alone below the detail zoom', () => {
    expect(view([20, 40, 60, 60], 5)).toEqual({ detail: false, sheets: [], local: [] });
  });

  it('needs only the local layer when the view lies inside its box (the bundled view)', () => {
    const needs = view([33.8, 50.7, 37.6, 52.2], 8);
    expect(needs.local.map((l) => l.id)).toEqual(['kursk']);
    expect(needs.sheets).toEqual([]);
  });

  it('needs the sheets the view meets elsewhere', () => {
    const needs = view([36.5, 47, 39, 48.8], 8);
    expect(needs.local).toEqual([]);
    expect(needs.sheets.length).toBeGreaterThan(0);
    expect(needs.sheets.length).toBeLessThan(5);
  });
});

describe('the detailed local layer', () => {
  it('holds the layers the map draws', () => {
    expect(local.country.features.map((f) => f.properties.a3).sort()).toEqual(['BLR', 'RUS', 'UKR']);
    expect(local.admin1.features).toHaveLength(12);
    expect(local.admin1Labels.features).toHaveLength(12);
    expect(local.rivers.features.length).toBeGreaterThan(5);
    expect(local.places.features.length).toBeGreaterThan(500);
    expect(local.riverLabels.features.map((f) => f.properties.name)).toContain('Seym');
  });

  it('draws the Russia–Ukraine border in detail (OpenStreetMap, not a coarse outline)', () => {
    const total = local.border.features.reduce((n, f) => n + vertices(f.geometry), 0);
    expect(total).toBeGreaterThan(2000);
  });

  it('puts Sudzha, Korenevo and Kursk in one oblast, Sumy and Belgorod in others', () => {
    const kursk = admin1At(local, 36.18735, 51.73733)?.code;
    expect(kursk).toBe('RU-KRS');
    expect(admin1At(local, 35.2726, 51.1976)?.code).toBe(kursk);
    expect(admin1At(local, 34.908, 51.4119)?.code).toBe(kursk);
    expect(admin1At(local, 34.8, 50.91)?.code).toBe('UA-59');
    expect(admin1At(local, 36.59, 50.6)?.code).toBe('RU-BEL');
  });

  it('draws the oblasts without their lake holes, keeping every outline', () => {
    const drawn = outerRingsOnly(local.admin1);
    expect(drawn.features).toHaveLength(local.admin1.features.length);
    for (const f of drawn.features) {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      expect(polygons.every((p) => p.length === 1)).toBe(true);
    }
  });
});

describe('a bad basemap file', () => {
  it('is refused when it is not a topology', () => {
    expect(() => topologyToLocal({ type: 'FeatureCollection', features: [] })).toThrow(BasemapError);
    expect(() => topologyToOverview(null)).toThrow(/not a TopoJSON/);
  });

  it('names the layers that are missing', () => {
    const partial = {
      type: 'Topology',
      arcs: [],
      objects: { areas: { type: 'GeometryCollection', geometries: [] } },
    };
    expect(() => topologyToOverview(partial)).toThrow(/lacks the layers fills, lines, rivers, towns/);
  });

  it('tolerates a local layer without rivers (the npm-only build)', () => {
    const empty = { type: 'GeometryCollection', geometries: [] };
    const objects = Object.fromEntries(LOCAL_OBJECTS.map((name) => [name, empty]));
    const result = topologyToLocal({ type: 'Topology', arcs: [], objects });
    expect(result.rivers.features).toEqual([]);
    expect(result.riverLabels.features).toEqual([]);
  });

  it('never follows a metadata link to another origin or folder', () => {
    const raw = read('overview.topo.json') as { metadata: { sheets: { url: string }[] } };
    const bad = structuredClone(raw);
    bad.metadata.sheets = [
      { ...raw.metadata.sheets[0], url: 'https://example.org/x.json' } as { url: string },
      { ...raw.metadata.sheets[0], url: '../secret.json' } as { url: string },
    ];
    expect(topologyToOverview(bad).sheets).toEqual([]);
  });
});
