import { describe, expect, it } from 'vitest';
import { areaContains } from '../../src/features/map/basemap';
import { areaPlaceIds, convexHull, figureCategory, reportedArea } from '../../src/features/map/reported-area';
import { generateDataset } from '../../src/data/generate';
import { parseDataset } from '../../src/data/validate';
import { bundledDataset, bundledRaw } from './helpers/factories';

const dataset = bundledDataset();
const area = reportedArea(dataset);
const ring = area?.ring ?? [];

function contains(lat: number, lon: number): boolean {
  const lonLat = ring.map(([la, lo]) => [lo, la]);
  return areaContains({ type: 'Polygon', coordinates: [[...lonLat, lonLat[0] ?? [0, 0]]] }, lon, lat);
}

describe('the area the reports are about', () => {
  it('is taken from the category whose located items carry figures: the casualty estimates here', () => {
    expect(figureCategory(dataset)).toBe('casualty-estimate');
    expect(area?.category).toBe('Casualty estimate');
  });

  it('is made of the villages and districts those items name, not reference cities or regions', () => {
    const ids = areaPlaceIds(dataset);
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

  it('counts an event by every category it also counts as, a claim by its own', () => {
    const raw = bundledRaw() as { events: Record<string, unknown>[]; claims: Record<string, unknown>[] };
    const base = raw.events[0] ?? {};
    const extra = (id: string, category: string, alsoCategories: string[]) => ({
      ...base,
      id,
      category,
      alsoCategories,
      placeIds: ['p-sverdlikovo'],
    });
    expect(areaPlaceIds(dataset).has('p-sverdlikovo')).toBe(false);
    const parse = (events: unknown[]) => {
      const parsed = parseDataset({ ...raw, events: [...raw.events, ...events] });
      if (!parsed.ok) throw new Error('must be valid');
      return parsed.data;
    };
    const also = parse([extra('e-also', 'deployment', ['casualty-estimate'])]);
    expect(areaPlaceIds(also, 'casualty-estimate').has('p-sverdlikovo')).toBe(true);
    const other = parse([extra('e-other', 'deployment', ['border'])]);
    expect(areaPlaceIds(other, 'casualty-estimate').has('p-sverdlikovo')).toBe(false);
  });

  it('is none for a dataset with no such places', () => {
    expect(reportedArea({ ...dataset, places: [] })).toBeNull();
  });

  it('is none when the places spread over a country rather than one area', () => {
    const input = generateDataset({
      events: 400,
      claims: 40,
      sources: 4,
      seed: 9,
      places: 60,
      areas: [
        { lat: 50.45, lon: 30.52, radiusKm: 30 },
        { lat: 46.48, lon: 30.73, radiusKm: 30 },
      ],
    });
    const result = parseDataset(input);
    if (!result.ok) throw new Error('generated dataset must validate');
    expect(areaPlaceIds(result.data).size).toBeGreaterThan(0);
    expect(reportedArea(result.data)).toBeNull();
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
