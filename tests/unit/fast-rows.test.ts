/**
 * The fast event check may only ever accept what zod accepts, and return what zod returns. Each test here
 * holds it to zod itself on real rows, generated rows, thousands of altered ones and every limit.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acceptEventRow, fastCheckMatchesSchema, isPlainHttpUrl } from '../../src/data/fast-rows';
import { generateDataset, rng } from '../../src/data/generate';
import { LIMITS } from '../../src/data/limits';
import { EventSchema } from '../../src/data/schema';
import { parseDataset } from '../../src/data/validate';

const bundled = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as { events: unknown[] };
const generated = generateDataset({ events: 300, claims: 20, sources: 8, seed: 3 }).events as unknown[];
const baseRows: unknown[] = [...bundled.events, ...generated];

const clone = <T>(value: T): T => structuredClone(value);

/**
 * The property: whenever the fast check accepts a row, zod accepts it too and returns the same row (defaults
 * filled in), and the row given to the fast check is left as it was. Returns what each side said.
 */
function agree(row: unknown): { fast: boolean; zod: boolean } {
  const forZod = clone(row);
  const forFast = clone(row);
  const zod = EventSchema.safeParse(forZod);
  const fast = acceptEventRow(forFast);
  expect(forFast, 'the fast check changed its input').toEqual(row);
  if (fast) {
    expect(zod.success, `zod rejects a row the fast check accepts: ${JSON.stringify(row)}`).toBe(true);
    expect(fast).toEqual(zod.data);
  }
  return { fast: fast !== null, zod: zod.success };
}

/** Values that break one rule or another somewhere in an event, and some that break none. */
const ODD_VALUES: unknown[] = [
  undefined,
  null,
  '',
  ' ',
  ' padded',
  'padded ',
  '\u200B\u200D',
  'control\u0001character',
  'non-character\uFFFE',
  'lone \uD800 surrogate',
  'right-to-left \u202E override',
  'x'.repeat(301),
  'x'.repeat(4_001),
  'has space',
  '-starts-with-dash',
  'ok-id',
  'day',
  'month',
  'approx',
  'pact',
  'not a category',
  '12:30',
  '24:00',
  '7:05',
  '23:59',
  'article',
  'context',
  'range',
  'at-most',
  'about',
  '2024-02-30',
  '2023-02-29',
  '2024-02-29',
  '1899-12-31',
  '2101-01-01',
  '2024-10-01',
  '2024-10-15',
  '2024-9-01',
  'https://example.org/a',
  'HTTPS://EXAMPLE.ORG/',
  'http://',
  'https://exa mple.org/',
  'https://example.org/\tx',
  'ftp://example.org/',
  'https:example.org',
  'https://[::1',
  `https://example.org/${'x'.repeat(2_000)}`,
  0,
  -0,
  -1,
  1.5,
  1e12,
  1e12 + 1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  [],
  ['pact'],
  ['ok-id'],
  ['ok-id', 'bad id'],
  Array.from({ length: 51 }, (_, i) => `s-${i}`),
  Array.from({ length: 21 }, () => 'pact'),
  {},
  { date: '2024-10-01', precision: 'month' },
  { date: '2024-10-02', precision: 'month' },
  { date: '2024-10-05', precision: 'approx', end: '2024-10-01' },
  { date: '2024-10-05', precision: 'approx', end: '2024-10-09', note: 'a week' },
  { measure: 'm', bound: 'range', low: 5, high: 3, stated: '5 to 3', sourceId: 's' },
  { measure: 'm', bound: 'at-most', high: 3, stated: 'up to 3', sourceId: 's' },
  { measure: 'm', bound: 'about', stated: 'about', sourceId: 's' },
  { measure: 'm', bound: 'range', low: 3, best: 4, high: 5, sourceId: 's' },
  { measure: 'm', bound: 'range', low: 3, best: 6, high: 5, sourceId: 's' },
  { measure: 'm', bound: 'exact', low: 3, best: 2, sourceId: 's' },
  { title: 'T', publisher: 'P', url: 'https://example.org/x' },
  { publisher: 'P' },
  { title: 'T', date: '2024-10-01' },
  { url: 'https://example.org/x' },
  { title: 'T', publisher: 'P', url: 'https://example.org/x', extra: 1 },
];

const KEYS = [
  ...Object.keys(EventSchema.shape),
  'unknownField',
  'date.date',
  'date.precision',
  'date.end',
  'date.note',
  'date.other',
  'figures.0',
  'figures.0.low',
  'figures.0.best',
  'figures.0.high',
  'figures.0.bound',
  'figures.0.stated',
  'figures.0.measure',
  'figures.0.sourceId',
  'citations.0',
  'citations.0.url',
  'citations.0.title',
  'citations.0.date',
  'citations.0.publisher',
  'sourceIds.0',
  'placeIds.0',
];

/** Sets (or, for `undefined`, deletes) the value at a dotted path, creating nothing that is missing. */
function setAt(row: unknown, path: string, value: unknown): void {
  const keys = path.split('.');
  let target = row as Record<string, unknown> | undefined;
  for (const key of keys.slice(0, -1)) {
    const next = target?.[key];
    if (next === null || typeof next !== 'object') return;
    target = next as Record<string, unknown>;
  }
  const last = keys[keys.length - 1] as string;
  if (!target) return;
  if (value === undefined) Reflect.deleteProperty(target, last);
  else target[last] = clone(value);
}

describe('the fast event check', () => {
  it('knows every field the schema has (otherwise it stands aside and loads slow down)', () => {
    expect(fastCheckMatchesSchema()).toBe(true);
  });

  it('accepts every bundled and generated event, as zod does, returning what zod returns', () => {
    for (const row of baseRows) expect(agree(row)).toEqual({ fast: true, zod: true });
  });

  it('fills in the list defaults zod fills in, on a copy', () => {
    const row = clone(generated[0]) as Record<string, unknown>;
    for (const key of ['alsoCategories', 'figures', 'placeIds', 'claimIds']) Reflect.deleteProperty(row, key);
    expect(agree(row)).toEqual({ fast: true, zod: true });
    const accepted = acceptEventRow(row);
    expect(accepted).toMatchObject({ alsoCategories: [], figures: [], placeIds: [], claimIds: [] });
    expect(accepted).not.toBe(row);
    expect(row).not.toHaveProperty('figures');
    expect(acceptEventRow(accepted), 'a row lacking nothing comes back as it is').toBe(accepted);
  });

  it('agrees with zod at every limit and one past it, so a limit changed in one place alone fails here', () => {
    const base = clone(generated[0]) as Record<string, unknown>;
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `x-${i}`);
    const figure = { measure: 'm', bound: 'exact', low: 1, sourceId: 's' };
    const citation = { publisher: 'P' };
    const cases: [string, (n: number) => unknown, number][] = [
      ['id', (n) => 'i'.repeat(n), LIMITS.idLength],
      ['description', (n) => 'd'.repeat(n), LIMITS.longText],
      ['confidenceNote', (n) => 'd'.repeat(n), LIMITS.longText],
      ['date.note', (n) => 'n'.repeat(n), LIMITS.shortText],
      ['alsoCategories', ids, LIMITS.categoriesPerRow],
      ['sourceIds', ids, LIMITS.sourcesPerRow],
      ['placeIds', ids, LIMITS.placesPerRow],
      ['claimIds', ids, LIMITS.linksPerRow],
      ['figures', (n) => Array.from({ length: n }, () => figure), LIMITS.figuresPerRow],
      ['figures', (n) => [{ ...figure, low: n }], LIMITS.figure],
      ['figures', (n) => [{ ...figure, stated: 's'.repeat(n) }], LIMITS.shortText],
      ['citations', (n) => Array.from({ length: n }, () => citation), LIMITS.citationsPerRow],
      ['citations', (n) => [{ title: 't'.repeat(n) }], LIMITS.shortText],
      ['citations', (n) => [{ title: 't', url: `https://e.org/${'u'.repeat(n - 14)}` }], LIMITS.url],
    ];
    for (const [path, make, limit] of cases) {
      for (const n of [limit, limit + 1]) {
        const row = clone(base);
        setAt(row, path, make(n));
        const said = agree(row);
        expect(said, `${path} at ${n} (limit ${limit})`).toEqual({
          fast: n === limit,
          zod: n === limit,
        });
      }
    }
  });

  it('never accepts a row zod rejects or would change, over every single alteration', () => {
    let zodRejected = 0;
    let fastRejected = 0;
    for (const base of baseRows.slice(0, 10)) {
      for (const key of KEYS) {
        for (const value of ODD_VALUES) {
          const row = clone(base);
          setAt(row, key, value);
          const said = agree(row);
          if (!said.zod) zodRejected++;
          if (!said.fast) fastRejected++;
        }
      }
    }
    // The alterations must actually break rows, or the property above proves nothing.
    expect(zodRejected).toBeGreaterThan(5_000);
    expect(fastRejected).toBeGreaterThanOrEqual(zodRejected);
    // Tens of thousands of rows through zod, twice: seconds of work on a slow machine.
  }, 60_000);

  it('never accepts a row zod rejects, over random runs of several alterations', () => {
    const random = rng(42); // the same altered rows on every run
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    let accepted = 0;
    for (let i = 0; i < 5_000; i++) {
      const row = clone(pick(baseRows));
      const changes = 1 + Math.floor(random() * 3);
      for (let c = 0; c < changes; c++) setAt(row, pick(KEYS), pick(ODD_VALUES));
      if (agree(row).fast) accepted++;
    }
    // Some altered rows are still valid (a valid value put in a valid place): both sides accept those.
    expect(accepted).toBeGreaterThan(0);
  });

  it('refuses rows carrying a reserved name, which only zod and the structure walk report', () => {
    const row = JSON.parse(JSON.stringify(generated[0]).replace('{', '{"__proto__":{"x":1},')) as unknown;
    expect(acceptEventRow(row)).toBeNull();
  });
});

describe('URLs the fast check takes without asking the URL parser', () => {
  it('are all URLs the parser accepts, over tricky and random ones', () => {
    const tricky = [
      'https://example.org',
      'https://www.example.co.uk/a/b?c=d#e',
      'http://localhost/',
      'https://a-b.c-d/',
      'https://-.x/',
      'https://xn--a.com/',
      'https://a.XN--b/',
      'https://example.123/',
      'https://1.2.3.4/',
      'https://0x1/',
      'https://a..b/',
      'https://a.b./',
      'https://exa mple.org/',
      'https://exa%41mple.org/',
      'https://user@example.org/',
      'https://example.org:99999/',
      'https://example.org\\path',
      'https://example.org/ spaces and ünïcödé ?q=<>#frag',
      'https://',
      'https:///x',
    ];
    const random = rng(7);
    const alphabet = 'aZ09-.x/n:@%?#[]\\ ü'.split('');
    const made = Array.from({ length: 20_000 }, () => {
      const length = 1 + Math.floor(random() * 12);
      let tail = '';
      for (let i = 0; i < length; i++) tail += alphabet[Math.floor(random() * alphabet.length)];
      return `https://${tail}`;
    });
    let taken = 0;
    for (const url of [...tricky, ...made]) {
      if (!isPlainHttpUrl(url)) continue;
      taken++;
      expect(URL.canParse(url), url).toBe(true);
    }
    expect(taken).toBeGreaterThan(1_000);
    expect(isPlainHttpUrl('https://www.example.co.uk/a/b?c=d#e')).toBe(true);
    expect(isPlainHttpUrl('https://xn--a.com/')).toBe(false);
    expect(isPlainHttpUrl('https://example.123/')).toBe(false);
  });
});

describe('parseDataset with the fast event check', () => {
  const dataset = () => generateDataset({ events: 50, claims: 10, sources: 5, seed: 9 });

  it('gives the same dataset as zod alone', () => {
    const viaFast = parseDataset(dataset());
    expect(viaFast.ok).toBe(true);
    const viaZod = EventSchema.array().safeParse(dataset().events);
    expect(viaZod.success).toBe(true);
    if (viaFast.ok && viaZod.success) expect(viaFast.data.events).toEqual(viaZod.data);
  });

  it('still words the problem of one bad event among valid ones, with its row and field', () => {
    const input = dataset();
    (input.events[7] as { date: { date: string } }).date.date = '2024-02-30';
    const result = parseDataset(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual(
      expect.objectContaining({ path: 'events[7].date.date', message: 'is not a real calendar date' }),
    );
  });
});
