import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BasemapError,
  KURSK_OBLAST,
  REQUIRED_OBJECTS,
  admin1At,
  areaContains,
  outerRingsOnly,
  topologyToBasemap,
} from '../../src/features/map/basemap';

const FILE = resolve(__dirname, '../../public/basemap/kursk-basemap.topo.json');
const raw: unknown = JSON.parse(readFileSync(FILE, 'utf8'));
const basemap = topologyToBasemap(raw);

function vertices(geometry: { coordinates: unknown }): number {
  return JSON.stringify(geometry.coordinates).split('],[').length;
}

describe('the committed basemap', () => {
  it('holds every layer the map draws', () => {
    const objects = (raw as { objects: Record<string, unknown> }).objects;
    for (const name of [...REQUIRED_OBJECTS, 'rivers', 'river_labels']) expect(objects).toHaveProperty(name);
    expect(basemap.country.features.map((f) => f.properties.a3).sort()).toEqual(['BLR', 'RUS', 'UKR']);
    expect(basemap.admin1.features).toHaveLength(12);
    expect(basemap.admin1Labels.features).toHaveLength(12);
    expect(basemap.rivers.features.length).toBeGreaterThan(5);
    expect(basemap.places.features.length).toBeGreaterThan(500);
  });

  it('draws the Russia–Ukraine border in detail (OpenStreetMap, not a coarse outline)', () => {
    const total = basemap.border.features.reduce((n, f) => n + vertices(f.geometry), 0);
    expect(total).toBeGreaterThan(2000);
  });

  it('puts Sudzha, Korenevo and Kursk in Kursk oblast, Sumy in Sumy oblast, Belgorod in Belgorod oblast', () => {
    expect(admin1At(basemap, 35.2726, 51.1976)?.code).toBe(KURSK_OBLAST);
    expect(admin1At(basemap, 34.908, 51.4119)?.code).toBe(KURSK_OBLAST);
    expect(admin1At(basemap, 36.18735, 51.73733)?.code).toBe(KURSK_OBLAST);
    expect(admin1At(basemap, 34.8, 50.91)?.code).toBe('UA-59');
    expect(admin1At(basemap, 36.59, 50.6)?.code).toBe('RU-BEL');
  });

  it('has the towns the analysts look for, ranked so Kursk is labelled before Sudzha', () => {
    const town = (name: string) =>
      basemap.places.features.find((f) => f.properties.name === name)?.properties;
    for (const name of ['Kursk', 'Sudzha', 'Korenevo', 'Glushkovo', 'Sumy', 'Belgorod', 'Lgov', 'Rylsk']) {
      expect(town(name), name).toBeDefined();
    }
    expect(town('Kursk')?.rank).toBe(1);
    expect(town('Sudzha')?.rank).toBeGreaterThan(1);
    const ranks = new Set(basemap.places.features.map((f) => f.properties.rank));
    expect([...ranks].every((r) => r >= 1 && r <= 5)).toBe(true);
  });

  it('draws the oblasts without their lake holes, keeping every outline', () => {
    const drawn = outerRingsOnly(basemap.admin1);
    expect(drawn.features).toHaveLength(basemap.admin1.features.length);
    for (const f of drawn.features) {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      expect(polygons.every((p) => p.length === 1)).toBe(true);
    }
    const kursk = drawn.features.find((f) => f.properties.code === KURSK_OBLAST);
    expect(kursk && areaContains(kursk.geometry, 35.2726, 51.1976)).toBe(true);
  });

  it('labels the Seym', () => {
    expect(basemap.riverLabels.features.map((f) => f.properties.name)).toContain('Seym');
  });
});

describe('topologyToBasemap on a bad file', () => {
  it('refuses what is not a topology', () => {
    expect(() => topologyToBasemap({ type: 'FeatureCollection', features: [] })).toThrow(BasemapError);
    expect(() => topologyToBasemap(null)).toThrow(/not a TopoJSON/);
  });

  it('names the layers that are missing', () => {
    const partial = {
      type: 'Topology',
      arcs: [],
      objects: { context: { type: 'GeometryCollection', geometries: [] } },
    };
    expect(() => topologyToBasemap(partial)).toThrow(/lacks the layers country, border, admin1/);
  });

  it('tolerates a basemap without rivers (the npm-only build)', () => {
    const empty = { type: 'GeometryCollection', geometries: [] };
    const objects = Object.fromEntries(REQUIRED_OBJECTS.map((name) => [name, empty]));
    const result = topologyToBasemap({ type: 'Topology', arcs: [], objects });
    expect(result.rivers.features).toEqual([]);
    expect(result.riverLabels.features).toEqual([]);
  });
});
