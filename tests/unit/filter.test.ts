import { describe, expect, it } from 'vitest';
import { dateInterval, dayNumber } from '../../src/data/dates';
import {
  facetCounts,
  filterClaims,
  filterEvents,
  filterEventsByDate,
  meetsReliability,
  overlapsRange,
} from '../../src/data/filter';
import { DEFAULT_FILTERS, type Filters } from '../../src/data/filters';
import type { Origin } from '../../src/data/schema';
import { claim, event, makeDataset } from './helpers/factories';

const f = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('dates at their precision', () => {
  it('a month-precision date spans its whole month', () => {
    const { start, end } = dateInterval({ date: '2025-02-01', precision: 'month' });
    expect(end - start).toBe(27);
  });
  it('an approximate date spans a few days either side', () => {
    const { start, end } = dateInterval({ date: '2024-06-14', precision: 'approx' });
    expect([start, end]).toEqual([dayNumber('2024-06-11'), dayNumber('2024-06-17')]);
  });
  it('a month-precision event overlaps a range that starts mid-month; a day event before it does not', () => {
    expect(overlapsRange({ date: '2025-01-01', precision: 'month' }, '2025-01-20', null)).toBe(true);
    expect(overlapsRange({ date: '2025-01-19', precision: 'day' }, '2025-01-20', null)).toBe(false);
    expect(overlapsRange({ date: '2025-01-19', precision: 'day' }, null, '2025-01-19')).toBe(true);
  });
});

describe('reliability threshold', () => {
  it('admits grades at or above the minimum; F only when F is chosen', () => {
    expect(meetsReliability('B', 'C')).toBe(true);
    expect(meetsReliability('D', 'C')).toBe(false);
    expect(meetsReliability('F', 'E')).toBe(false);
    expect(meetsReliability('F', null)).toBe(true);
  });
});

describe('filters', () => {
  const dataset = makeDataset({
    events: [
      event({ id: 'e-ctx', origin: 'context', category: 'deployment', sourceIds: ['jcs'] }),
      event({
        id: 'e-later',
        origin: 'later-context',
        category: 'casualty-estimate',
        alsoCategories: ['deployment'],
        sourceIds: ['zelensky'],
        date: { date: '2025-01-01', precision: 'month' },
        description: 'Zelensky says 3,800 casualties',
      }),
      event({
        id: 'e-both',
        sourceIds: ['jcs', 'zelensky'],
        category: 'equipment',
        date: { date: '2024-10-01', precision: 'day' },
      }),
    ],
    claims: [
      claim(),
      claim({
        id: 'c-zel',
        sourceId: 'zelensky',
        quote: 'the figure could surpass 3,000 casualties',
        summary: 'Zelensky: over 3,000',
      }),
    ],
  });

  it('the default shows everything', () => {
    expect(ids(filterEvents(dataset, DEFAULT_FILTERS))).toEqual(['e-ctx', 'e-later', 'e-both']);
    expect(ids(filterClaims(dataset, DEFAULT_FILTERS))).toEqual(['c-jcs', 'c-zel']);
  });
  it('hiding a source hides its claims, and events only when none of their sources is left', () => {
    const filters = f({ hiddenSources: ['zelensky'] });
    expect(ids(filterEvents(dataset, filters))).toEqual(['e-ctx', 'e-both']);
    expect(ids(filterClaims(dataset, filters))).toEqual(['c-jcs']);
  });
  it('categories match the main category and the further ones', () => {
    expect(ids(filterEvents(dataset, f({ categories: ['deployment'] })))).toEqual(['e-ctx', 'e-later']);
    expect(ids(filterClaims(dataset, f({ categories: ['deployment'] })))).toEqual([]);
  });
  it('origin: claims are article rows', () => {
    expect(ids(filterEvents(dataset, f({ origins: ['later-context'] })))).toEqual(['e-later']);
    expect(ids(filterClaims(dataset, f({ origins: ['context'] })))).toEqual([]);
    expect(ids(filterClaims(dataset, f({ origins: ['article'] })))).toHaveLength(2);
  });
  it('date range honours precision', () => {
    expect(ids(filterEvents(dataset, f({ dateFrom: '2025-01-15' })))).toEqual(['e-later']);
    expect(ids(filterEvents(dataset, f({ dateTo: '2024-11-30' })))).toEqual(['e-both']);
  });
  it('minimum reliability drops sources below it', () => {
    expect(ids(filterClaims(dataset, f({ minReliability: 'B' })))).toEqual(['c-jcs']);
  });
  it('search is case- and accent-insensitive over text and source names', () => {
    expect(ids(filterEvents(dataset, f({ search: 'ZELENSKY' })))).toEqual(['e-later', 'e-both']);
    expect(ids(filterClaims(dataset, f({ search: 'surpass' })))).toEqual(['c-zel']);
    expect(ids(filterEvents(dataset, f({ search: 'a publisher' })))).toHaveLength(3);
  });
});

/** Rows on which every filter, alone and combined, is checked against the expected ids. */
const table = makeDataset({
  events: [
    event({
      id: 'e-dep',
      category: 'deployment',
      origin: 'context',
      date: { date: '2024-10-10', precision: 'day' },
    }),
    event({
      id: 'e-month',
      category: 'casualty-estimate',
      alsoCategories: ['border'],
      origin: 'later-context',
      sourceIds: ['zelensky'],
      date: { date: '2025-01-01', precision: 'month' },
      description: 'Zelensky: Tausende Verluste, café',
      citations: [
        { title: 'Kyiv Independent story', publisher: 'Kyiv Independent', url: 'https://example.org/k' },
      ],
    }),
    event({
      id: 'e-approx',
      category: 'equipment',
      origin: 'article',
      sourceIds: ['jcs', 'zelensky'],
      date: { date: '2024-06-14', precision: 'approx' },
    }),
  ],
  claims: [
    claim({ id: 'c-jcs', asOf: { date: '2024-12-23', precision: 'day' } }),
    claim({
      id: 'c-zel',
      sourceId: 'zelensky',
      category: 'deployment',
      quote: 'the figure could surpass 3,000 casualties',
      summary: 'Zelensky: over 3,000',
      asOf: { date: '2024-12-20', precision: 'day' },
    }),
  ],
});

describe('filters as a truth table', () => {
  const categoryCases: [string[], string[], string[]][] = [
    [[], ['e-dep', 'e-month', 'e-approx'], ['c-jcs', 'c-zel']],
    [['deployment'], ['e-dep'], ['c-zel']],
    [['border'], ['e-month'], []],
    [['equipment', 'casualty-estimate'], ['e-month', 'e-approx'], ['c-jcs']],
  ];
  it.each(categoryCases)('categories %j', (categories, events, claims) => {
    expect(ids(filterEvents(table, f({ categories })))).toEqual(events);
    expect(ids(filterClaims(table, f({ categories })))).toEqual(claims);
  });

  const originCases: [Origin[], string[], number][] = [
    [['article'], ['e-approx'], 2],
    [['context'], ['e-dep'], 0],
    [['context', 'later-context'], ['e-dep', 'e-month'], 0],
  ];
  it.each(originCases)('origins %j', (origins, events, claims) => {
    expect(ids(filterEvents(table, f({ origins })))).toEqual(events);
    expect(filterClaims(table, f({ origins }))).toHaveLength(claims);
  });

  const sourceCases: [string[], string[], string[]][] = [
    [['jcs'], ['e-month', 'e-approx'], ['c-zel']],
    [['zelensky'], ['e-dep', 'e-approx'], ['c-jcs']],
    [['jcs', 'zelensky'], [], []],
  ];
  it.each(sourceCases)('hidden sources %j', (hiddenSources, events, claims) => {
    expect(ids(filterEvents(table, f({ hiddenSources })))).toEqual(events);
    expect(ids(filterClaims(table, f({ hiddenSources })))).toEqual(claims);
  });

  const dateCases: [string | null, string | null, string[]][] = [
    // A month-precision event spans its month: a range touching any day of it keeps it.
    ['2025-01-31', null, ['e-month']],
    [null, '2025-01-01', ['e-dep', 'e-month', 'e-approx']],
    ['2025-02-01', null, []],
    // "approx." means a few days either side: 14 Jun ± 3 reaches 17 Jun but not 18 Jun.
    ['2024-06-17', '2024-06-30', ['e-approx']],
    ['2024-06-18', '2024-06-30', []],
    ['2024-10-10', '2024-10-10', ['e-dep']],
  ];
  it.each(dateCases)('dates %s – %s', (dateFrom, dateTo, events) => {
    expect(ids(filterEvents(table, f({ dateFrom, dateTo })))).toEqual(events);
  });

  const searchCases: [string, string[]][] = [
    ['CAFE', ['e-month']], // accents and case do not matter
    ['kyiv independent', ['e-month']], // citations are searched
    ['  tausende ', ['e-month']],
    ['volodymyr', ['e-month', 'e-approx']], // source names are searched
    ['no such words', []],
  ];
  it.each(searchCases)('search %j', (search, events) => {
    expect(ids(filterEvents(table, f({ search })))).toEqual(events);
  });

  it('combines dimensions with AND', () => {
    const filters = f({
      categories: ['equipment', 'deployment'],
      hiddenSources: ['zelensky'],
      dateTo: '2024-07-01',
    });
    expect(ids(filterEvents(table, filters))).toEqual(['e-approx']);
    expect(ids(filterClaims(table, f({ search: 'surpass', minReliability: 'B' })))).toEqual([]);
  });
});

describe('date order and facet counts', () => {
  it('lists shown events by start date without re-sorting the table', () => {
    expect(ids(filterEventsByDate(table, DEFAULT_FILTERS))).toEqual(['e-approx', 'e-dep', 'e-month']);
    expect(ids(table.events)).toEqual(['e-dep', 'e-month', 'e-approx']);
  });

  it('counts per source ignore the source checkboxes but follow every other filter', () => {
    const counts = facetCounts(table, f({ hiddenSources: ['zelensky'] }));
    expect(counts.sources).toEqual({ jcs: 3, zelensky: 3 });
    expect(counts.eventsShown).toBe(2);
    expect(counts.claimsShown).toBe(1);
    expect(facetCounts(table, f({ categories: ['deployment'] })).sources).toEqual({ jcs: 1, zelensky: 1 });
  });

  it('counts per category ignore the category filter; origins count claims as article', () => {
    const counts = facetCounts(table, f({ categories: ['deployment'], origins: ['context'] }));
    expect(counts.categories.deployment).toBe(1);
    expect(counts.categories.border).toBe(0);
    expect(counts.origins).toEqual({ article: 1, context: 1, 'later-context': 0 });
  });

  // Speed is the benchmark's to show (npm run bench); here, the indexed pass must give what a plain,
  // row-by-row reading of the same rules gives, on a generated table large enough to mean something.
  it('at 20,000 events, the indexed filters keep exactly the rows a plain reading of the rules keeps', async () => {
    const { generateDataset } = await import('../../src/data/generate');
    const { parseDataset } = await import('../../src/data/validate');
    const parsed = parseDataset(generateDataset({ events: 20_000, claims: 50, sources: 20, seed: 3 }));
    if (!parsed.ok) throw new Error('generated table invalid');
    const big = parsed.data;
    const grade = new Map(big.sources.map((s) => [s.id, s.reliability]));
    const cases: Filters[] = [
      f({ hiddenSources: ['s-1', 's-2'], dateFrom: '2024-06-01' }),
      f({ categories: ['cat-2', 'cat-5'], dateTo: '2024-09-30' }),
      f({ origins: ['later-context'], minReliability: 'C' }),
      f({ hiddenSources: ['s-0'], categories: ['cat-0'], dateFrom: '2024-03-01', dateTo: '2024-12-31' }),
    ];
    for (const filters of cases) {
      const expected = big.events.filter(
        (e) =>
          e.sourceIds.some(
            (id) =>
              !filters.hiddenSources.includes(id) && meetsReliability(grade.get(id), filters.minReliability),
          ) &&
          (filters.categories.length === 0 ||
            [e.category, ...e.alsoCategories].some((c) => filters.categories.includes(c))) &&
          (filters.origins.length === 0 || filters.origins.includes(e.origin)) &&
          overlapsRange(e.date, filters.dateFrom, filters.dateTo),
      );
      const shown = filterEvents(big, filters);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.length).toBeLessThan(big.events.length);
      expect(ids(shown)).toEqual(ids(expected));
    }
  }, 60_000);

  it('filters and counts by any number of categories, not a fixed few', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ id: `k-${i}`, label: `Kind ${i}` }));
    const wide = makeDataset({
      categories: many,
      claims: [],
      events: many.map((c, i) =>
        event({ id: `e-${i}`, category: c.id, alsoCategories: i > 0 ? [`k-${i - 1}`] : [] }),
      ),
    });
    expect(ids(filterEvents(wide, f({ categories: ['k-39'] })))).toEqual(['e-39']);
    expect(ids(filterEvents(wide, f({ categories: ['k-33'] })))).toEqual(['e-33', 'e-34']);
    const counts = facetCounts(wide, f({ categories: ['k-0'] }));
    expect(counts.categories['k-39']).toBe(1);
    expect(counts.categories['k-20']).toBe(2);
    expect(wide.categories.map((c) => c.colour).slice(0, 12)).toHaveLength(12);
    expect(new Set(wide.categories.map((c) => c.colour).slice(0, 16)).size).toBe(16);
  });
});
