/**
 * A synthetic dataset generator, deterministic per seed. It lives in src/ (not scripts/) so the
 * browser smoke test and the benchmark can build the same data the command-line script writes.
 */
import type { Category, DatasetInput, DatePrecision, FuzzyDate, Origin } from './schema';
import { isoFromDayNumber, dayNumber } from './dates';

/** mulberry32: a tiny, well-known seeded PRNG; good enough for test data, not for anything secret. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES: Category[] = [
  'deployment',
  'equipment',
  'pact',
  'casualty-estimate',
  'identity',
  'border',
  'assessment',
  'acknowledgement',
];
const KINDS = ['military', 'intelligence', 'head-of-state', 'government', 'media', 'unattributed'] as const;
const GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
const BOUNDS = ['at-least', 'more-than', 'about', 'at-most', 'range', 'exact'] as const;
const MEASURES = ['killed-wounded', 'killed', 'wounded', 'troops-deployed'] as const;
const WORDS = [
  'troops',
  'shipment',
  'border',
  'casualties',
  'drones',
  'artillery',
  'pact',
  'brigade',
  'report',
  'front',
];

export interface GenerateOptions {
  events: number;
  claims: number;
  sources: number;
  seed: number;
}

export function generateDataset({ events, claims, sources, seed }: GenerateOptions): DatasetInput {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

  const sourceRows = Array.from({ length: Math.max(1, sources) }, (_, i) => ({
    id: `s-${i}`,
    name: `Source ${i}`,
    shortName: `S${i}`,
    kind: pick(KINDS),
    country: pick(['South Korea', 'Ukraine', 'United States', 'Russia', 'North Korea']),
    reliability: pick(GRADES),
    reliabilityRationale: 'Synthetic grade.',
  }));

  const placeRows = Array.from({ length: 40 }, (_, i) => {
    const exact = random() < 0.5;
    return {
      id: `p-${i}`,
      name: `Place ${i}`,
      kind: exact ? ('village' as const) : ('area' as const),
      lat: 51 + random() * 1.2,
      lon: 34.6 + random() * 2,
      precision: exact ? { kind: 'exact' as const } : { kind: 'approximate' as const, radiusKm: int(2, 20) },
      coordinateSource: 'Synthetic.',
    };
  });

  // The article is one sentence per claim, so every quote is found word for word.
  const sentences = Array.from(
    { length: Math.max(1, claims) },
    (_, i) => `Sentence ${i} says ${pick(WORDS)} ${pick(WORDS)} numbered ${int(1, 9_999)}.`,
  );
  const text = sentences.reduce((acc, s, i) => acc + (i > 0 ? (i % 5 === 0 ? '\n' : ' ') : '') + s, '');

  const start = dayNumber('2023-09-01');
  const span = dayNumber('2025-09-30') - start;
  const articleDay = dayNumber('2024-12-23');

  const figure = (measure: string) => {
    const bound = pick(BOUNDS);
    const low = int(10, 5_000);
    const high = low + int(0, 3_000);
    return bound === 'range'
      ? { measure, bound, low, high, stated: `between ${low} and ${high}` }
      : bound === 'at-most'
        ? { measure, bound, high, stated: `up to ${high}` }
        : { measure, bound, low, stated: `${bound} ${low}` };
  };

  const claimRows = sentences.map((quote, i) => ({
    id: `c-${i}`,
    sourceId: `s-${int(0, sourceRows.length - 1)}`,
    quote,
    category: pick(CATEGORIES),
    summary: `Synthetic claim ${i}.`,
    ...(random() < 0.4 ? { figure: figure(pick(MEASURES)) } : {}),
    asOf: { date: isoFromDayNumber(articleDay - int(0, 30)), precision: 'day' as const },
    placeIds: random() < 0.5 ? [`p-${int(0, placeRows.length - 1)}`] : [],
    credibility: pick([1, 2, 3, 4, 5, 6] as const),
    credibilityRationale: 'Synthetic grade.',
  }));

  const eventRows = Array.from({ length: events }, (_, i) => {
    const day = start + int(0, span);
    const r = random();
    const precision: DatePrecision = r < 0.7 ? 'day' : r < 0.85 ? 'approx' : 'month';
    const iso = isoFromDayNumber(day);
    const date: FuzzyDate =
      precision === 'month'
        ? { date: `${iso.slice(0, 8)}01`, precision }
        : precision === 'approx' && random() < 0.5
          ? { date: iso, precision, end: isoFromDayNumber(day + int(1, 10)) }
          : { date: iso, precision };
    const origin: Origin = day > articleDay ? 'later-context' : random() < 0.1 ? 'article' : 'context';
    const sourceId = `s-${int(0, sourceRows.length - 1)}`;
    return {
      id: `e-${i}`,
      date,
      category: pick(CATEGORIES),
      description: `Synthetic event ${i}: ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}.`,
      origin,
      sourceIds: [sourceId],
      figures: random() < 0.1 ? [{ ...figure(pick(MEASURES)), sourceId }] : [],
      citations: [
        { title: `Report ${i}`, publisher: `Outlet ${i % 50}`, url: `https://example.org/report/${i}` },
      ],
      confidence: pick(['confirmed', 'single-source', 'conflicting', 'unverified'] as const),
      placeIds: random() < 0.3 ? [`p-${int(0, placeRows.length - 1)}`] : [],
      claimIds: claimRows.length > 0 && random() < 0.05 ? [`c-${int(0, claimRows.length - 1)}`] : [],
    };
  });

  return {
    schemaVersion: 1,
    id: `synthetic-${events}-seed-${seed}`,
    version: '1.0.0',
    title: `Synthetic dataset: ${events.toLocaleString('en-GB')} events`,
    description: 'Generated for scale tests and benchmarks. Not real reporting.',
    article: {
      title: 'Synthetic article',
      date: '2024-12-23',
      dateConfidence: 'synthetic',
      dateReasoning: 'Generated.',
      text,
    },
    sources: sourceRows,
    measures: MEASURES.map((id) => ({ id, label: id.replace('-', ' and '), unit: 'troops' })),
    claims: claimRows,
    events: eventRows,
    places: placeRows,
    notes: [],
  };
}
