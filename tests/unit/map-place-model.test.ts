import { describe, expect, it } from 'vitest';
import { filterClaims, filterEvents } from '../../src/data/filter';
import { relatedTo } from '../../src/data/related';
import type { Dataset } from '../../src/data/validate';
import { placeViews, precisionLabel } from '../../src/features/map/place-model';
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

function views(filters: Filters = DEFAULT_FILTERS, selection: Selection | null = null) {
  const d = dataset();
  const list = placeViews(d, filterClaims(d, filters), filterEvents(d, filters), relatedTo(d, selection));
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

  it('lists a place outside the basemap without drawing it', () => {
    expect(views().get('p-pyongyang')).toMatchObject({ onMap: false, total: 0, dimmed: true });
    expect(views().get('p-sudzha')?.onMap).toBe(true);
  });

  it('sorts by name for a stable list', () => {
    const d = dataset();
    const list = placeViews(d, d.claims, d.events, relatedTo(d, null));
    expect(list.map((v) => v.place.name)).toEqual(['Plekhovo', 'Pyongyang', 'Sudzha']);
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
