import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filterClaims, filterEvents, shownMasks } from '../../src/data/filter';
import { generateDataset } from '../../src/data/generate';
import { relatedTo } from '../../src/data/related';
import { parseDataset, type Dataset } from '../../src/data/validate';
import { topologyToOverview } from '../../src/features/map/basemap';
import { placesBox, placeViews, precisionLabel } from '../../src/features/map/place-model';
import { placeGeo } from '../../src/features/map/regions';
import { DEFAULT_FILTERS, type Filters } from '../../src/data/filters';
import { type Selection } from '../../src/data/selection';
import { claim, event, makeDataset } from './helpers/factories';

const places = [
  {
    id: 'p-sudzha',
    name: 'Sudzha',
    kind: 'town',
    lat: 51.1976,
    lon: 35.2726,
    precision: { kind: 'exact' },
    coordinateSource: 'GeoNames',
  },
  {
    id: 'p-plekhovo',
    name: 'Plekhovo',
    kind: 'village',
    lat: 51.1,
    lon: 35.33,
    precision: { kind: 'approximate', radiusKm: 2.5 },
    coordinateSource: 'rounded',
  },
  {
    id: 'p-pyongyang',
    name: 'Pyongyang',
    kind: 'city',
    lat: 39.03,
    lon: 125.75,
    precision: { kind: 'exact' },
    coordinateSource: 'GeoNames',
  },
] as const;

function dataset(): Dataset {
  return makeDataset({
    places: places.map((p) => ({ ...p, precision: { ...p.precision } })),
    claims: [
      claim({ placeIds: ['p-plekhovo'] }),
      claim({
        id: 'c-zel',
        sourceId: 'zelensky',
        quote: 'the figure could surpass 3,000 casualties',
        summary: 'Zelensky: over 3,000',
        figure: { measure: 'killed-wounded', bound: 'more-than', low: 3000, stated: 'surpass 3,000' },
        placeIds: ['p-plekhovo', 'p-sudzha'],
      }),
    ],
    events: [event({ placeIds: ['p-plekhovo'], claimIds: ['c-jcs'] })],
  });
}

const overview = topologyToOverview(
  JSON.parse(readFileSync(resolve(__dirname, '../../public/basemap/overview.topo.json'), 'utf8')),
);

function views(filters: Filters = DEFAULT_FILTERS, selection: Selection | null = null) {
  const d = dataset();
  const { views: list } = placeViews(
    d,
    shownMasks(d, filters),
    relatedTo(d, selection),
    placeGeo(d.places, overview),
  );
  return new Map(list.map((v) => [v.place.id, v]));
}

describe('placeViews', () => {
  it('draws an exact place as a point and an approximate one as an area of its radius', () => {
    const v = views();
    expect(v.get('p-sudzha')).toMatchObject({ shape: 'point', radiusM: null, precisionLabel: 'exact' });
    expect(v.get('p-plekhovo')).toMatchObject({
      shape: 'area',
      radiusM: 2500,
      precisionLabel: 'approx. ±2.5 km',
    });
  });

  it('counts the linked claims and events that pass the filters, and dims a place with none left', () => {
    expect(views().get('p-plekhovo')).toMatchObject({ count: 3, total: 3, dimmed: false });
    expect(views().get('p-sudzha')).toMatchObject({ count: 1, total: 1, dimmed: false });

    const noZelensky = views({ ...DEFAULT_FILTERS, hiddenSources: ['zelensky'] });
    expect(noZelensky.get('p-plekhovo')).toMatchObject({ count: 2, total: 3, dimmed: false });
    expect(noZelensky.get('p-sudzha')).toMatchObject({ count: 0, total: 1, dimmed: true });
    expect(noZelensky.get('p-plekhovo')?.claims.map((c) => c.id)).toEqual(['c-jcs']);
  });

  it('highlights the places of the selected claim or event', () => {
    const byClaim = views(DEFAULT_FILTERS, { kind: 'claim', id: 'c-zel' });
    expect(byClaim.get('p-sudzha')?.highlighted).toBe(true);
    expect(byClaim.get('p-plekhovo')?.highlighted).toBe(true);
    const byEvent = views(DEFAULT_FILTERS, { kind: 'event', id: 'e-1' });
    expect(byEvent.get('p-sudzha')?.highlighted).toBe(false);
    expect(byEvent.get('p-plekhovo')?.highlighted).toBe(true);
  });

  it('says which places lie outside the basemap (still drawn where they are)', () => {
    expect(views().get('p-pyongyang')).toMatchObject({ outside: true, total: 0, dimmed: true });
    expect(views().get('p-pyongyang')).toMatchObject({ lat: 39.03, lon: 125.75 });
    expect(views().get('p-sudzha')?.outside).toBe(false);
  });

  it('keeps the dataset order for the map and sorts by name for a stable list', () => {
    const d = dataset();
    const { views: inOrder, sorted } = placeViews(
      d,
      { claims: new Uint8Array(d.claims.length).fill(1), events: new Uint8Array(d.events.length).fill(1) },
      relatedTo(d, null),
    );
    expect(inOrder.map((v) => v.place.name)).toEqual(['Sudzha', 'Plekhovo', 'Pyongyang']);
    expect(sorted.map((v) => v.place.name)).toEqual(['Plekhovo', 'Pyongyang', 'Sudzha']);
  });

  it('draws a place across the antimeridian beside Chukotka, east of 180°', () => {
    const d = dataset();
    const uelen = { ...places[0], id: 'p-uelen', name: 'Uelen', lat: 66.16, lon: -169.81 };
    const geo = placeGeo([...d.places, { ...uelen, precision: { kind: 'exact' as const } }], overview);
    expect(geo.lon[3]).toBeCloseTo(190.19, 2);
    expect(geo.outside[3]).toBe(0);
  });
});

describe('precisionLabel', () => {
  it('says how far off the point may be', () => {
    const plekhovo = dataset().places.find((p) => p.id === 'p-plekhovo');
    expect(plekhovo && precisionLabel(plekhovo)).toBe('approx. ±2.5 km');
    const sudzha = dataset().places.find((p) => p.id === 'p-sudzha');
    expect(sudzha && precisionLabel(sudzha)).toBe('exact');
  });
});

describe('placesBox', () => {
  it('frames every place, an approximate one with its area up to 50 km around it', () => {
    const box = placesBox([
      { lat: 51, lon: 35, radiusM: null },
      { lat: 52, lon: 36, radiusM: 110_000 },
    ]);
    expect(box?.[0]).toBe(35);
    expect(box?.[1]).toBe(51);
    // 50 km, not 110: a region's circle does not zoom the first view out over it.
    expect(box?.[3]).toBeCloseTo(52 + 50 / 111.32, 3);
    expect(placesBox([])).toBeNull();
  });
});

describe('placeViews over many places, rows naming several', () => {
  it('counts each shown row once per place it names, and lists the same rows when read', () => {
    const parsed = parseDataset(
      generateDataset({
        events: 1_500,
        claims: 30,
        sources: 60,
        places: 200,
        seed: 4,
        placeShare: 0.9,
        multiPlaceShare: 0.3,
        multiSourceShare: 0.3,
      }),
    );
    if (!parsed.ok) throw new Error('generated dataset must validate');
    const d = parsed.data;
    const filters = { ...DEFAULT_FILTERS, hiddenSources: d.sources.slice(0, 20).map((s) => s.id) };
    const { views: list } = placeViews(d, shownMasks(d, filters), relatedTo(d, null));
    const events = filterEvents(d, filters);
    const claims = filterClaims(d, filters);
    expect(events.length).toBeLessThan(d.events.length);
    for (const view of list) {
      const id = view.place.id;
      const expected = events.filter((e) => e.placeIds.includes(id));
      const expectedClaims = claims.filter((c) => c.placeIds.includes(id));
      expect(view.count).toBe(expected.length + expectedClaims.length);
      expect(view.events.map((e) => e.id)).toEqual(expected.map((e) => e.id));
      expect(view.claims.map((c) => c.id)).toEqual(expectedClaims.map((c) => c.id));
      expect(view.total).toBe(
        d.events.filter((e) => e.placeIds.includes(id)).length +
          d.claims.filter((c) => c.placeIds.includes(id)).length,
      );
    }
    expect(list.some((v) => v.count > 1)).toBe(true);
  });
});
