import { describe, expect, it } from 'vitest';
import { datasetIndex } from '../../src/data/dataset-index';
import { isoFromDayNumber } from '../../src/data/dates';
import { MAX_SEARCH_LENGTH } from '../../src/data/filters/search';
import { DEFAULT_VIEW, readView, urlDomain, writeView, type ViewState } from '../../src/state/url';
import { DEFAULT_UI } from '../../src/state/store';
import { DEFAULT_FILTERS } from '../../src/data/filters';
import { bundledDataset } from './helpers/factories';

const dataset = bundledDataset();
const domain = urlDomain(dataset);
const read = (search: string) => readView(search, domain).state;

const full: ViewState = {
  filters: {
    hiddenSources: ['jcs', 'zelensky'],
    categories: ['deployment', 'casualty-estimate'],
    origins: ['context'],
    dateFrom: '2024-10-01',
    dateTo: '2024-12-31',
    minReliability: 'C',
    places: [dataset.places[2]?.id ?? ''],
    search: 'über 1,100 & more: 50%',
  },
  selection: { kind: 'event', id: dataset.events[3]?.id ?? '' },
  ui: {
    chartMode: 'over-time',
    chartScale: 'share',
    chartFigures: 'tally',
    measure: 'killed-wounded',
    mapView: { lat: 51.5, lon: 35.25, zoom: 9.5 },
    document: dataset.documents[1]?.id ?? null,
  },
};

describe('the view in the URL', () => {
  it('the default view writes nothing: the URL stays clean', () => {
    expect(writeView(DEFAULT_VIEW, domain, '')).toBe('');
    expect(read('')).toEqual(DEFAULT_VIEW);
  });

  it('round-trips every filter, the selection, the chart mode and the map view', () => {
    const search = writeView(full, domain, '');
    expect(search).toContain(`ds=${dataset.id}@${dataset.version}`);
    expect(read(search)).toEqual(full);
  });

  it('keeps ?data= and other parameters it does not own, untouched and first', () => {
    const search = writeView(full, domain, '?data=big-100k.json&utm=x%2Fy');
    expect(search.startsWith('?data=big-100k.json&utm=x%2Fy&')).toBe(true);
    expect(writeView(DEFAULT_VIEW, domain, search)).toBe('?data=big-100k.json&utm=x%2Fy');
  });

  it.each([
    ['unknown ids are dropped', '?hide=jcs,nobody,__proto__&sel=event:nope', { hide: ['jcs'], sel: null }],
    ['__proto__ as a selection kind or id', '?sel=__proto__:x&hide=__proto__', { hide: [], sel: null }],
    ['constructor id', '?sel=source:constructor', { hide: [], sel: null }],
  ])('%s', (_, search, want) => {
    const state = read(search);
    expect(state.filters.hiddenSources).toEqual(want.hide);
    expect(state.selection).toEqual(want.sel);
  });

  it.each([
    ['?from=2024-02-30', null, null],
    ['?from=yesterday&to=2024-13-01', null, null],
    ['?from=1800-01-01', null, null],
    ['?from=2024-12-31&to=2024-10-01', '2024-10-01', '2024-12-31'], // a reversed range is turned
    ['?from=2000-01-01&to=2099-01-01', null, null], // outside the data: open ends
    ['?from=2099-01-01', isoFromDayNumber(datasetIndex(dataset).domain?.end ?? 0), null], // clamped
  ])('dates %s', (search, from, to) => {
    const { filters } = read(search);
    expect([filters.dateFrom, filters.dateTo]).toEqual([from, to]);
  });

  it('hostile values fall back to defaults and never throw', () => {
    const huge = 'x'.repeat(100_000);
    const cases = [
      `?q=${huge}`,
      `?q=${'y'.repeat(MAX_SEARCH_LENGTH + 1)}`,
      `?hide=${Array.from({ length: 5_000 }, (_, i) => `s${i}`).join(',')}`,
      '?grade=Z&cat=weapons&origin=rumour&chart=pie&scale=log&measure=__proto__',
      '?map=91,10,5',
      '?map=NaN,1,2',
      '?map=1e400,1,2',
      '?q=%E0%A4%A&sel=%ZZ',
      '?sel=event',
      '?sel=:e-1',
      '?__proto__=1&constructor=2&hasOwnProperty=3',
    ];
    for (const search of cases) {
      const state = read(search);
      expect(state.filters).toEqual(DEFAULT_FILTERS);
      expect(state.ui).toEqual(DEFAULT_UI);
      expect(state.selection).toBeNull();
    }
  });

  it('the first value of a repeated parameter wins', () => {
    expect(read('?grade=B&grade=C').filters.minReliability).toBe('B');
  });

  it('says when a link was made for another dataset or version', () => {
    expect(readView(`?ds=${dataset.id}@${dataset.version}`, domain).otherDataset).toBeNull();
    expect(readView(`?ds=${dataset.id}@0.9.0`, domain).otherDataset).toEqual({
      id: dataset.id,
      version: '0.9.0',
    });
    expect(readView('?ds=other@1.0.0', domain).otherDataset).toEqual({ id: 'other', version: '1.0.0' });
    expect(readView('?ds=garbage', domain).otherDataset).toBeNull();
  });
});
