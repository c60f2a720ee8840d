import { describe, expect, it } from 'vitest';
import { areaContains } from '../../src/features/map/basemap';
import { convexHull, fightingArea, fightingPlaceIds } from '../../src/features/map/fighting-area';
import { bundledDataset } from './helpers/factories';

const dataset = bundledDataset();

const ring = fightingArea(dataset) ?? [];

function contains(lat: number, lon: number): boolean {
  const lonLat = ring.map(([la, lo]) => [lo, la]);
  return areaContains({ type: 'Polygon', coordinates: [[...lonLat, lonLat[0] ?? [0, 0]]] }, lon, lat);
}

describe('the area of reported fighting', () => {
  it('is made of the villages and areas that casualty reports name, not reference cities or regions', () => {
    const ids = fightingPlaceIds(dataset);
    expect(ids).toContain('p-plekhovo');
    expect(ids).toContain('p-novoivanovka');
    expect(ids).not.toContain('p-kursk-city');
    expect(ids).not.toContain('p-kursk-oblast');
    expect(ids).not.toContain('p-glushkovo');
  });

  it('covers Sudzha district, not Kursk city', () => {
    expect(ring.length).toBeGreaterThan(3);
    expect(contains(51.1976, 35.2726)).toBe(true); // Sudzha
    expect(contains(51.1, 35.33)).toBe(true); // Plekhovo
    expect(contains(51.73733, 36.18735)).toBe(false); // Kursk
    expect(contains(51.33917, 34.63278)).toBe(false); // Glushkovo
  });

  it('is empty for a dataset with no such places', () => {
    expect(fightingArea({ ...dataset, places: [] })).toBeNull();
  });
});

describe('convexHull', () => {
  it('drops interior points', () => {
    const hull = convexHull([
      [0, 0],
      [2, 0],
      [1, 1],
      [2, 2],
      [0, 2],
    ]);
    expect(hull).toHaveLength(4);
    expect(hull).not.toContainEqual([1, 1]);
  });
});
