/**
 * The filters as descriptors (src/data/filters): each owns its fields, its URL parameters and its words,
 * and the store, the URL, the pass, the chips and the captions follow the one list.
 */
import { describe, expect, it } from 'vitest';
import { datasetIndex } from '../../src/data/dataset-index';
import { facetCounts, filterClaims, filterEvents } from '../../src/data/filter';
import {
  activeFilters,
  ALL_FILTERS,
  clampFilters,
  DEFAULT_FILTERS,
  describeFilters,
  type Filters,
} from '../../src/data/filters';
import { readView, urlDomain, writeView } from '../../src/state/url';
import { DEFAULT_UI } from '../../src/state/store';
import { bundledDataset } from './helpers/factories';

const dataset = bundledDataset();
const domain = urlDomain(dataset);
const f = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });

/** One value away from the default for every filter, all at once. */
const everyFilter = f({
  hiddenSources: [dataset.sources[0]?.id ?? ''],
  minReliability: 'C',
  categories: [dataset.categories[1]?.id ?? ''],
  origins: ['context'],
  places: [dataset.places[0]?.id ?? ''],
  dateFrom: '2024-10-01',
  dateTo: '2025-01-31',
  search: 'kursk',
});

describe('the filter list', () => {
  it('gives each filter its own fields and URL parameters, none shared', () => {
    const fields = ALL_FILTERS.flatMap((d) => Object.keys(d.defaults));
    const params = ALL_FILTERS.flatMap((d) => Object.keys(d.url.params));
    expect(new Set(fields).size).toBe(fields.length);
    expect(new Set(params).size).toBe(params.length);
    expect(Object.keys(DEFAULT_FILTERS).sort()).toEqual([...fields].sort());
    expect(Object.keys(everyFilter).sort()).toEqual([...fields].sort());
  });

  it('says nothing of the default view, and names every filter once in force', () => {
    expect(activeFilters(DEFAULT_FILTERS, dataset)).toEqual([]);
    expect(describeFilters(DEFAULT_FILTERS, dataset)).toBe('Filters: none (all claims and events)');
    const active = activeFilters(everyFilter, dataset);
    expect(active.map((a) => a.key)).toEqual([
      `source:${everyFilter.hiddenSources[0]}`,
      'grade',
      'categories',
      'origins',
      'places',
      'dates',
      'search',
    ]);
    // Each chip's patch brings its filter back to the default, and only its own.
    for (const a of active) {
      const after = { ...everyFilter, ...a.remove };
      expect(activeFilters(after, dataset).map((x) => x.key)).not.toContain(a.key);
      expect(activeFilters(after, dataset)).toHaveLength(active.length - 1);
    }
  });

  it('round-trips every filter through the URL, each through its own parameters', () => {
    const view = { filters: everyFilter, selection: null, ui: DEFAULT_UI };
    const search = writeView(view, domain, '');
    for (const d of ALL_FILTERS) {
      for (const param of Object.keys(d.url.params)) expect(search).toMatch(new RegExp(`[?&]${param}=`));
    }
    expect(readView(search, domain).state.filters).toEqual(everyFilter);
  });

  it('clamps a value into the data: unknown ids dropped, dates kept within the dataset', () => {
    const clamped = clampFilters(
      f({
        hiddenSources: ['nobody', dataset.sources[0]?.id ?? ''],
        categories: ['not-declared'],
        places: ['nowhere'],
        dateFrom: '1990-01-01',
        dateTo: '2100-01-01',
      }),
      dataset,
      datasetIndex(dataset),
    );
    expect(clamped).toEqual(f({ hiddenSources: [dataset.sources[0]?.id ?? ''] }));
  });

  it('names many hidden sources in one chip that counts them, and the caption in the same words', () => {
    const hidden = dataset.sources.slice(0, 10).map((s) => s.id);
    const [chip, ...rest] = activeFilters(f({ hiddenSources: hidden }), dataset);
    expect(rest).toEqual([]);
    const label = `Sources: ${dataset.sources.length - 10} of ${dataset.sources.length} shown`;
    expect(chip?.label).toBe(label);
    expect(describeFilters(f({ hiddenSources: hidden }), dataset)).toBe(`Filters: ${label}`);
  });
});

describe('the place filter', () => {
  const place = dataset.places.find((p) => dataset.events.some((e) => e.placeIds.includes(p.id)));
  if (!place) throw new Error('the bundled dataset links no event to a place');

  it('shows only the claims and events linked to the chosen places, and counts per place', () => {
    const filters = f({ places: [place.id] });
    const events = filterEvents(dataset, filters);
    const claims = filterClaims(dataset, filters);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.placeIds.includes(place.id))).toBe(true);
    expect(claims.every((c) => c.placeIds.includes(place.id))).toBe(true);
    expect(events).toEqual(dataset.events.filter((e) => e.placeIds.includes(place.id)));
    const counts = facetCounts(dataset, DEFAULT_FILTERS).places;
    expect(counts[place.id]).toBe(
      dataset.events.filter((e) => e.placeIds.includes(place.id)).length +
        dataset.claims.filter((c) => c.placeIds.includes(place.id)).length,
    );
    expect(activeFilters(filters, dataset)[0]?.label).toBe(`Places: ${place.name}`);
  });
});
