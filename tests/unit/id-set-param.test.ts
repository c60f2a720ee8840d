/**
 * Sets of sources, categories and places in a link (data/filters/id-set-param.ts): the shortest of the
 * ids, all ids but these, or a compact encoding; under 2,000 characters for any choice on a wide dataset;
 * old links read as before; a compact set written for other data is not applied, and says so.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type Filters } from '../../src/data/filters';
import { generateDataset, rng, type GenerateOptions } from '../../src/data/generate';
import { parseDataset, type Dataset } from '../../src/data/validate';
import { DEFAULT_UI } from '../../src/state/store';
import { readView, urlDomain, writeView, type ViewState } from '../../src/state/url';

/** Source names some exports use as ids, then numbered ids; places as an ACLED export numbers events. */
const NAMED = ['Reuters', 'AFP', 'ISW', 'Kyiv_Independent', 'TASS', 'Meduza', 'BBC', 'UkrInform'];

function realShaped(options: GenerateOptions, placeBase = 12_000): Dataset {
  const text = JSON.stringify(generateDataset(options))
    .replace(/"s-(\d+)"/g, (_, n: string) => {
      const i = Number(n);
      return `"${NAMED[i] ?? `src-${String(i).padStart(4, '0')}`}"`;
    })
    .replace(/"p-(\d+)"/g, (_, n: string) => `"acled-UKR${placeBase + Number(n)}"`);
  const result = parseDataset(JSON.parse(text));
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return result.data;
}

const wide = realShaped({
  events: 20_000,
  claims: 60,
  sources: 1_500,
  places: 8_000,
  categories: 30,
  seed: 25,
});
const domain = urlDomain(wide);
const ORIGIN = 'https://claimscope.example.org/';

/** Each id with a chance of `density`, or a stretch of neighbours, or a few, or all but a few. */
function choose(random: () => number, ids: readonly string[]): string[] {
  const shape = Math.floor(random() * 4);
  const density = random();
  if (shape === 0) return ids.filter(() => random() < density);
  if (shape === 1) {
    const from = Math.floor(random() * ids.length);
    return ids.slice(from, from + Math.floor(random() * (ids.length - from)));
  }
  const few = new Set(
    Array.from({ length: Math.floor(random() * 30) }, () => Math.floor(random() * ids.length)),
  );
  return ids.filter((_, i) => few.has(i) === (shape === 2));
}

/** A view with every other parameter set too, so the bound is the link's, not one parameter's. */
function viewWith(random: () => number): ViewState {
  const categories = choose(
    random,
    wide.categories.map((c) => c.id),
  );
  const places = choose(
    random,
    wide.places.map((p) => p.id),
  );
  return {
    filters: {
      ...DEFAULT_FILTERS,
      hiddenSources: choose(
        random,
        wide.sources.map((s) => s.id),
      ),
      // Every value shown is written as none chosen (the default): the panel never keeps "all" as a list.
      categories: categories.length === wide.categories.length ? [] : categories,
      places: places.length === wide.places.length ? [] : places,
      origins: ['context'],
      dateFrom: null,
      dateTo: null,
      minReliability: 'C',
      search: 'kursk',
    },
    selection: { kind: 'event', id: wide.events[123]?.id ?? '' },
    ui: { ...DEFAULT_UI, chartMode: 'over-time', mapView: { lat: 51.123456, lon: 35.654321, zoom: 9.25 } },
  };
}

describe('sets in a link, on a dataset of 20,000 events, 1,500 sources and 8,000 places', () => {
  it('round-trips any choice, and the whole link stays under 2,000 characters', () => {
    const random = rng(2025);
    for (let trial = 0; trial < 120; trial++) {
      const view = viewWith(random);
      const link = ORIGIN + writeView(view, domain, '?data=wide.json');
      expect(link.length, `trial ${trial}`).toBeLessThan(2_000);
      const read = readView(link.slice(link.indexOf('?')), domain);
      expect(read.misfits).toEqual([]);
      expect(read.state.filters).toEqual(view.filters);
      expect(read.state.selection).toEqual(view.selection);
    }
  });

  it('writes the shortest form: a few ids by name, all but a few with "!", hiding every source as "!"', () => {
    const sources = wide.sources.map((s) => s.id);
    const param = (filters: Partial<Filters>) =>
      new URLSearchParams(
        writeView({ ...viewWith(rng(1)), filters: { ...DEFAULT_FILTERS, ...filters } }, domain, ''),
      );
    expect(param({ hiddenSources: ['Reuters', 'src-1200'] }).get('hide')).toBe('Reuters,src-1200');
    expect(param({ hiddenSources: sources.filter((id) => id !== 'AFP') }).get('hide')).toBe('!AFP');
    expect(param({ hiddenSources: sources }).get('hide')).toBe('!');
    const half = wide.places.slice(0, 4_000).map((p) => p.id);
    expect(param({ places: half }).get('place')).toMatch(/^~1[A-Za-z0-9_-]{1,20}$/);
  });

  it('reads a compact set of a dataset that lists the same ids in another order', () => {
    const view = viewWith(rng(7));
    const link = writeView(view, domain, '');
    const reordered = { ...wide, sources: [...wide.sources].reverse(), places: [...wide.places].reverse() };
    const read = readView(link, urlDomain(reordered));
    expect(read.misfits).toEqual([]);
    expect([...read.state.filters.hiddenSources].sort()).toEqual([...view.filters.hiddenSources].sort());
    expect([...read.state.filters.places].sort()).toEqual([...view.filters.places].sort());
  });
});

describe('a set from a link made for other data', () => {
  const small: GenerateOptions = { events: 200, claims: 10, sources: 300, places: 500, seed: 4 };
  const before = realShaped(small);
  // The same export a week later: one place's id has changed.
  const after = realShaped(small, 12_001);

  it('is not applied: everything is shown, and the reader is told what', () => {
    const places = before.places.filter((_, i) => i % 3 === 0).map((p) => p.id);
    const hidden = before.sources.filter((_, i) => i % 2 === 0).map((s) => s.id);
    const view = {
      filters: { ...DEFAULT_FILTERS, places, hiddenSources: hidden },
      selection: null,
      ui: DEFAULT_UI,
    };
    const link = writeView(view, urlDomain(before), '');
    expect(link).toMatch(/place=~1/);
    expect(link).toMatch(/hide=~1/);
    const read = readView(link, urlDomain(after));
    expect(read.misfits).toEqual(['places']);
    expect(read.state.filters.places).toEqual([]);
    // The sources did not change: their set still applies.
    expect(read.state.filters.hiddenSources).toEqual(hidden);
  });

  it('treats "all but" a vanished id, and a compact version it does not know, the same way', () => {
    const read = (search: string) => readView(search, urlDomain(after));
    expect(read(`?place=!${before.places[0]?.id ?? ''}`).misfits).toEqual(['places']);
    expect(read('?hide=~2AAAAAAA').misfits).toEqual(['sources']);
    expect(read('?cat=~1AAAAAAA').misfits).toEqual(['categories']);
    // Not an encoding at all: read as absent, as any malformed value is.
    expect(read('?hide=~1%2B%2B').misfits).toEqual([]);
    expect(read('?hide=~1%2B%2B').state.filters.hiddenSources).toEqual([]);
  });

  it('opens old links as before: ids by name, unknown ones dropped without a notice', () => {
    const read = readView(
      '?hide=Reuters,src-0010,gone&cat=cat-1&place=acled-UKR12003,acled-UKR99999',
      urlDomain(before),
    );
    expect(read.misfits).toEqual([]);
    expect(read.state.filters.hiddenSources).toEqual(['Reuters', 'src-0010']);
    expect(read.state.filters.categories).toEqual(['cat-1']);
    expect(read.state.filters.places).toEqual(['acled-UKR12003']);
  });
});
