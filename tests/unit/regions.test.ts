import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDataset, type PlaceArea } from '../../src/data/generate';
import { parseDataset, type Dataset } from '../../src/data/validate';
import { topologyToLocal, topologyToOverview } from '../../src/features/map/basemap';
import { datasetRegion, mapAreaName } from '../../src/features/map/map-area';
import { areaTitle, dominantDivision, localEmphasis, placeRegions } from '../../src/features/map/regions';
import { KHARKIV_DONETSK, RUSSIA_TO_THE_PACIFIC } from '../../scripts/place-areas';
import { bundledDataset } from './helpers/factories';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(resolve(__dirname, '../../public/basemap', name), 'utf8'));
const overview = topologyToOverview(read('overview.topo.json'));
const local = topologyToLocal(read('kursk-basemap.topo.json'));

function generated(areas: PlaceArea[], places = 80, seed = 3): Dataset {
  const result = parseDataset(generateDataset({ events: 200, claims: 20, sources: 4, seed, places, areas }));
  if (!result.ok) throw new Error('generated dataset must validate');
  return result.data;
}

describe('where the places are, in the basemap’s terms', () => {
  it('the bundled dataset: the Kursk area, Kursk oblast emphasised (also in the detailed layer)', () => {
    const dataset = bundledDataset();
    const regions = placeRegions(dataset.places, overview);
    expect(areaTitle(regions)).toBe('Kursk area');
    const dominant = dominantDivision(regions);
    expect(dominant?.name).toBe('Kursk');
    expect(dominant && localEmphasis(local, dominant)).toBe('RU-KRS');
    expect(mapAreaName(dataset, overview)).toBe('Kursk area');
  });

  it('places around Kharkiv and Donetsk: named by their divisions, most of them in Kharkiv oblast', () => {
    const regions = placeRegions(generated(KHARKIV_DONETSK).places, overview);
    expect(
      regions.divisions
        .slice(0, 2)
        .map((d) => d.area.name)
        .sort(),
    ).toEqual(['Donetsk', 'Kharkiv']);
    expect(areaTitle(regions)).toMatch(/^Kharkiv( and Donetsk)? area$/);
    expect(dominantDivision(regions)?.name).toBe('Kharkiv');
  });

  it('places across Russia: the country, no division emphasised', () => {
    const regions = placeRegions(generated(RUSSIA_TO_THE_PACIFIC, 200).places, overview);
    expect(areaTitle(regions)).toBe('Russia');
    expect(dominantDivision(regions)).toBeNull();
  });

  it('places in two countries, and in many', () => {
    const two = placeRegions(
      generated([
        { lat: 50.45, lon: 30.52, radiusKm: 20 },
        { lat: 53.9, lon: 27.57, radiusKm: 20 },
        { lat: 46.48, lon: 30.73, radiusKm: 20 },
      ]).places,
      overview,
    );
    expect(areaTitle(two)).toBe('Ukraine and Belarus');
    const many = placeRegions(
      generated([
        { lat: 52.52, lon: 13.4, radiusKm: 20 },
        { lat: 48.86, lon: 2.35, radiusKm: 20 },
        { lat: 41.9, lon: 12.5, radiusKm: 20 },
        { lat: 40.42, lon: -3.7, radiusKm: 20 },
      ]).places,
      overview,
    );
    expect(areaTitle(many)).toMatch(/^\w[\w ]+, \w[\w ]+ and 2 more countries$/);
  });

  it('nothing the basemap can place: no name', () => {
    const regions = placeRegions(generated([{ lat: -33.9, lon: 151.2, radiusKm: 10 }]).places, overview);
    expect(regions.located).toBe(0);
    expect(areaTitle(regions)).toBeNull();
  });

  it('a dataset naming its region is called by it', () => {
    const dataset = { ...generated(KHARKIV_DONETSK), region: 'Eastern front' } as Dataset;
    expect(datasetRegion(dataset)).toBe('Eastern front');
    expect(mapAreaName(dataset, undefined)).toBe('Eastern front');
    expect(mapAreaName(generated(KHARKIV_DONETSK), undefined)).toBeNull();
  });
});
