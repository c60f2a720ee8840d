/**
 * A synthetic dataset generator, deterministic per seed. It lives in src/ (not scripts/) so the
 * browser smoke test and the benchmark can build the same data the command-line script writes.
 */
import {
  BoundSchema,
  ConfidenceSchema,
  CredibilitySchema,
  ReliabilitySchema,
  SCHEMA_VERSION,
  SourceKindSchema,
  type DatasetInput,
  type DatePrecision,
  type FuzzyDate,
  type Origin,
} from './schema';
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

/** Labels like those of real event data (ACLED, UCDP and analysts' own schemes); numbered past the list. */
const CATEGORY_LABELS = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Strategic developments',
  'Protests',
  'Riots',
  'State-based violence',
  'One-sided violence',
  'Non-state violence',
  'Troop movements',
  'Arms transfers',
  'Agreements',
];
const KINDS = SourceKindSchema.options;
const GRADES = ReliabilitySchema.options;
const BOUNDS = BoundSchema.options;
const CONFIDENCES = ConfidenceSchema.options;
const CREDIBILITIES = CredibilitySchema.options.map((o) => o.value);
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
/** Words for long texts: enough of them that a search matches some rows, not all. */
const PROSE = [
  ...WORDS,
  'the',
  'a',
  'near',
  'village',
  'struck',
  'reported',
  'according',
  'to',
  'local',
  'officials',
  'shelling',
  'damaged',
  'residential',
  'buildings',
  'footage',
  'shows',
  'convoy',
  'moving',
  'towards',
  'positions',
  'strike',
  'on',
  'infrastructure',
  'civilians',
  'evacuated',
  'video',
  'geolocated',
  'by',
  'volunteers',
  'air',
  'defence',
  'intercepted',
  'missile',
  'fragments',
  'fell',
  'in',
  'district',
  'regional',
  'governor',
  'said',
  'several',
  'injured',
  'after',
  'overnight',
  'attack',
  'tank',
  'column',
  'crossed',
  'river',
  'bridge',
  'destroyed',
  'railway',
  'station',
  'fuel',
  'depot',
  'burning',
];

/** Where generated places fall: a disc around a point, chosen in proportion to its weight. */
export interface PlaceArea {
  lat: number;
  lon: number;
  radiusKm: number;
  weight?: number;
}

export interface GenerateOptions {
  events: number;
  claims: number;
  sources: number;
  seed: number;
  /** Categories the dataset declares (default 8). */
  categories?: number;
  /** Places (default 40). */
  places?: number;
  /** Where the places lie, as [south, west, north, east] degrees (default: around Kursk and Sumy). */
  bounds?: readonly [number, number, number, number];
  /** Where the places lie instead, as discs chosen by weight (real places far from the bundled area). */
  areas?: readonly PlaceArea[];
  /** The share of citations that carry a link (default 1: every one). */
  linkShare?: number;
  /** The share of events that carry figures (default 0.1). */
  figureShare?: number;
  /** The share of events linked to any place (default 0.3). */
  placeShare?: number;
  /** The share of events told by 2 to `maxSources` sources rather than one (default 0). */
  multiSourceShare?: number;
  /** The most sources one event names (default 4). */
  maxSources?: number;
  /** The share of placed events linked to 2 to `maxPlaces` places rather than one (default 0). */
  multiPlaceShare?: number;
  /** The most places one event names (default 4). */
  maxPlaces?: number;
  /** An event description's length in characters, [shortest, longest] (default: one short sentence). */
  descriptionChars?: readonly [number, number];
  /** A claim's sentence (its quote, and the document's text) in characters, [shortest, longest]. */
  claimChars?: readonly [number, number];
}

/**
 * The shape of a real monitor's export, wide rather than long (the CIR Russia–Ukraine monitor: 6,650
 * events, 1,209 sources, 6,063 places): many sources and places, nearly every event placed, some told by
 * several sources or at several places, descriptions of a paragraph. The bench's "wide" case.
 */
export const WIDE_SHAPE = {
  events: 20_000,
  claims: 400,
  sources: 1_500,
  places: 8_000,
  categories: 12,
  placeShare: 0.9,
  multiSourceShare: 0.25,
  multiPlaceShare: 0.15,
  descriptionChars: [120, 900],
  claimChars: [80, 320],
} as const satisfies Omit<GenerateOptions, 'seed'>;

const DEFAULT_BOUNDS = [51, 34.6, 52.2, 36.6] as const;
const KM_PER_DEG_LAT = 111.32;

/** A generated dataset: a file in the schema with every list written out. */
export type GeneratedDataset = DatasetInput &
  Required<Pick<DatasetInput, 'documents' | 'measures' | 'claims' | 'events' | 'places'>>;

export function generateDataset(options: GenerateOptions): GeneratedDataset {
  const { events, claims, sources, seed, areas } = options;
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const placeShare = options.placeShare ?? 0.3;
  const multiSourceShare = options.multiSourceShare ?? 0;
  const multiPlaceShare = options.multiPlaceShare ?? 0;
  /** Words of PROSE up to a length drawn in [lo, hi] characters, ending in a full stop. */
  const prose = ([lo, hi]: readonly [number, number]) => {
    const target = int(Math.max(1, lo), Math.max(lo, hi, 1));
    let out = '';
    while (out.length < target) out += (out ? ' ' : '') + pick(PROSE);
    return `${out.slice(0, Math.max(1, target - 1)).trimEnd()}.`;
  };
  /** 1 to `max` distinct numbers below `n`: several with probability `share`. Draws nothing extra at share 0. */
  const some = (n: number, share: number, max: number): number[] => {
    const first = int(0, n - 1);
    if (share <= 0 || n < 2 || random() >= share) return [first];
    const wanted = int(2, Math.max(2, Math.min(max, n)));
    const out = new Set([first]);
    while (out.size < wanted) out.add(int(0, n - 1));
    return [...out];
  };
  const [south, west, north, east] = options.bounds ?? DEFAULT_BOUNDS;
  const linkShare = options.linkShare ?? 1;
  const figureShare = options.figureShare ?? 0.1;

  const categoryRows = Array.from({ length: Math.max(1, options.categories ?? 8) }, (_, i) => ({
    id: `cat-${i}`,
    label: CATEGORY_LABELS[i] ?? `Category ${i + 1}`,
  }));
  const categoryIds = categoryRows.map((c) => c.id);

  // Real exports grade few of their sources and often lack a kind or country: so do some of these.
  const sourceRows = Array.from({ length: Math.max(1, sources) }, (_, i) => ({
    id: `s-${i}`,
    name: `Source ${i}`,
    shortName: `S${i}`,
    ...(random() < 0.9 ? { kind: pick(KINDS) } : {}),
    ...(random() < 0.9
      ? { country: pick(['South Korea', 'Ukraine', 'United States', 'Russia', 'North Korea']) }
      : {}),
    ...(random() < 0.9 ? { reliability: pick(GRADES), reliabilityRationale: 'Synthetic grade.' } : {}),
  }));

  const totalWeight = areas?.reduce((sum, a) => sum + (a.weight ?? 1), 0) ?? 0;
  const pickArea = (): PlaceArea | undefined => {
    if (!areas || areas.length === 0) return undefined;
    let r = random() * totalWeight;
    for (const a of areas) if ((r -= a.weight ?? 1) < 0) return a;
    return areas.at(-1);
  };
  /** A point uniformly in a disc of `areas`; uniformly in the bounds when no areas are given. */
  const position = (): { lat: number; lon: number } => {
    const area = pickArea();
    if (!area) return { lat: south + random() * (north - south), lon: west + random() * (east - west) };
    const d = (area.radiusKm * Math.sqrt(random())) / KM_PER_DEG_LAT;
    const a = random() * 2 * Math.PI;
    const lat = Math.max(-89, Math.min(89, area.lat + d * Math.sin(a)));
    const lon = area.lon + (d * Math.cos(a)) / Math.cos((lat * Math.PI) / 180);
    return {
      lat: Math.round(lat * 1e5) / 1e5,
      lon: Math.round((((lon + 540) % 360) - 180) * 1e5) / 1e5,
    };
  };
  const placeRows = Array.from({ length: Math.max(1, options.places ?? 40) }, (_, i) => {
    const exact = random() < 0.5;
    return {
      id: `p-${i}`,
      name: `Place ${i}`,
      kind: exact ? ('village' as const) : ('area' as const),
      ...position(),
      precision: exact ? { kind: 'exact' as const } : { kind: 'approximate' as const, radiusKm: int(2, 20) },
      coordinateSource: 'Synthetic.',
    };
  });

  // The article is one sentence per claim, so every quote is found word for word.
  const sentences = Array.from({ length: Math.max(1, claims) }, (_, i) =>
    options.claimChars
      ? `Sentence ${i} says ${prose(options.claimChars)}`
      : `Sentence ${i} says ${pick(WORDS)} ${pick(WORDS)} numbered ${int(1, 9_999)}.`,
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
  /** Coded event data: a low/best/high range (UCDP) or a lone count (ACLED), with no words of its own. */
  const codedFigure = (measure: string) => {
    const low = int(0, 200);
    if (random() < 0.5) return { measure, bound: 'exact' as const, low };
    const high = low + int(0, 100);
    return { measure, bound: 'range' as const, low, best: low + Math.floor((high - low) / 2), high };
  };
  const citation = (i: number) => ({
    title: `Report ${i}`,
    publisher: `Outlet ${i % 50}`,
    ...(random() < linkShare ? { url: `https://example.org/report/${i}` } : {}),
  });

  const claimRows = sentences.map((quote, i) => ({
    id: `c-${i}`,
    sourceId: `s-${int(0, sourceRows.length - 1)}`,
    documentId: 'article',
    quote,
    category: pick(categoryIds),
    summary: `Synthetic claim ${i}.`,
    ...(random() < 0.4 ? { figure: figure(pick(MEASURES)) } : {}),
    asOf: { date: isoFromDayNumber(articleDay - int(0, 30)), precision: 'day' as const },
    placeIds: random() < 0.5 ? [`p-${int(0, placeRows.length - 1)}`] : [],
    credibility: pick(CREDIBILITIES),
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
    const sourceIds = some(sourceRows.length, multiSourceShare, options.maxSources ?? 4).map((k) => `s-${k}`);
    const sourceId = sourceIds[0] as string;
    const measure = pick(MEASURES);
    const figures =
      random() < figureShare
        ? [{ ...(random() < 0.5 ? figure(measure) : codedFigure(measure)), sourceId }]
        : [];
    return {
      id: `e-${i}`,
      date,
      category: pick(categoryIds),
      description: options.descriptionChars
        ? `Synthetic event ${i}: ${prose(options.descriptionChars)}`
        : `Synthetic event ${i}: ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}.`,
      origin,
      sourceIds,
      figures,
      citations: [citation(i)],
      confidence: pick(CONFIDENCES),
      placeIds:
        random() < placeShare
          ? some(placeRows.length, multiPlaceShare, options.maxPlaces ?? 4).map((k) => `p-${k}`)
          : [],
      claimIds: claimRows.length > 0 && random() < 0.05 ? [`c-${int(0, claimRows.length - 1)}`] : [],
    };
  });

  return {
    schemaVersion: SCHEMA_VERSION,
    id: `synthetic-${events}-seed-${seed}`,
    version: '1.0.0',
    title: `Synthetic dataset: ${events.toLocaleString('en-GB')} events`,
    description: 'Generated for scale tests and benchmarks. Not real reporting.',
    defaultMeasure: MEASURES[0],
    referenceMeasure: 'troops-deployed',
    documents: [
      {
        id: 'article',
        title: 'Synthetic article',
        kind: 'news-report',
        date: { date: '2024-12-23', precision: 'day' },
        text,
      },
    ],
    categories: categoryRows,
    sources: sourceRows,
    measures: MEASURES.map((id) => ({ id, label: id.replace('-', ' and '), unit: 'troops' })),
    claims: claimRows,
    events: eventRows,
    places: placeRows,
    notes: [],
  };
}

const OUTLETS = [
  'Ukrainska Pravda',
  'Suspilne',
  'Kyiv Independent',
  'Ukrinform',
  'Ukrainian General Staff',
  'Kharkiv regional administration',
  'Sumy regional administration',
  'Kursk governor',
  'Russian Ministry of Defence',
  'TASS',
  'RIA Novosti',
  'Kommersant',
  'Meduza',
  'Mediazona',
  'Reuters',
  'AFP',
  'BBC Monitoring',
  'OSCE SMM',
  'UN OHCHR',
  'Telegram channels',
] as const;

/**
 * An event table shaped like an ACLED export converted into the schema: one event per row in ACLED's own
 * categories, each with one coded fatalities count (often 0, no words of its own) from one of many
 * reporting sources, cited by name without a link, dated by day over 2018–2024; plus a report with a few
 * claimed totals for the tallies to stand beside. Deterministic per seed.
 */
export function generateAcledShaped({
  events,
  sources,
  seed,
}: Pick<GenerateOptions, 'events' | 'sources' | 'seed'>): GeneratedDataset {
  const random = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const sourceRows = Array.from({ length: Math.max(1, sources) }, (_, i) => {
    const round = Math.floor(i / OUTLETS.length);
    const name = `${OUTLETS[i % OUTLETS.length] ?? 'Outlet'}${round === 0 ? '' : ` ${round + 1}`}`;
    return {
      id: `src-${i}`,
      name,
      shortName: name.slice(0, 40),
      ...(i % 4 === 3 ? {} : { reliability: GRADES[i % GRADES.length] ?? 'F' }),
      reliabilityRationale: 'Synthetic grade.',
    };
  });
  const categories = [
    { id: 'battles', label: 'Battles' },
    { id: 'explosions', label: 'Explosions/Remote violence' },
    { id: 'civilians', label: 'Violence against civilians' },
  ];
  const placeRows = Array.from({ length: 30 }, (_, i) => ({
    id: `pl-${i}`,
    name: `Settlement ${i}`,
    lat: 50 + random() * 2,
    lon: 34 + random() * 3,
    precision: { kind: 'exact' as const },
    coordinateSource: 'Synthetic.',
  }));
  const claimed = [
    { bound: 'more-than' as const, low: 1_100, stated: 'more than 1,100 killed' },
    { bound: 'about' as const, low: 3_000, stated: 'about 3,000 killed' },
    { bound: 'range' as const, low: 800, high: 2_500, stated: 'between 800 and 2,500 killed' },
  ];
  const quotes = claimed.map(
    (c, i) => `Officials quoted in report ${i + 1} said ${c.stated} in the border areas since 2018.`,
  );
  const start = dayNumber('2018-01-01');
  const span = dayNumber('2024-12-31') - start;
  const eventRows = Array.from({ length: events }, (_, i) => {
    const source = int(0, sourceRows.length - 1);
    const sourceId = `src-${source}`;
    // ACLED's fatalities: many events have none, a few have many.
    const fatalities = random() < 0.45 ? 0 : Math.floor(-Math.log(1 - random()) * 6) + 1;
    const place = int(0, placeRows.length - 1);
    const category = categories[i % categories.length] ?? { id: 'battles', label: 'Battles' };
    return {
      id: `acled-${i}`,
      date: { date: isoFromDayNumber(start + int(0, span)), precision: 'day' as const },
      category: category.id,
      description: `${category.label} near Settlement ${place} (synthetic event ${i}).`,
      origin: 'context' as const,
      sourceIds: [sourceId],
      figures: [{ measure: 'fatalities', bound: 'exact' as const, low: fatalities, sourceId }],
      citations: [{ publisher: sourceRows[source]?.name ?? 'Outlet' }],
      placeIds: [`pl-${place}`],
    };
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    id: `acled-shaped-${events}-seed-${seed}`,
    version: '1.0.0',
    title: `ACLED-shaped event table: ${events.toLocaleString('en-GB')} events`,
    description: 'Generated in the shape of an ACLED export for tests and benchmarks. Not real reporting.',
    defaultMeasure: 'fatalities',
    documents: [
      {
        id: 'report',
        title: 'Synthetic report with claimed totals',
        kind: 'news-report',
        date: { date: '2024-12-23', precision: 'day' },
        text: quotes.join(' '),
      },
    ],
    categories,
    sources: sourceRows,
    measures: [{ id: 'fatalities', label: 'Fatalities', unit: 'people' }],
    claims: claimed.map((c, i) => ({
      id: `claim-${i}`,
      sourceId: `src-${i}`,
      documentId: 'report',
      quote: quotes[i] ?? '',
      category: 'battles',
      summary: `Claimed total ${i + 1}.`,
      figure: { measure: 'fatalities', ...c },
      asOf: { date: '2024-12-20', precision: 'day' as const },
      credibility: 3 as const,
      credibilityRationale: 'Synthetic grade.',
    })),
    events: eventRows,
    places: placeRows,
    notes: [],
  };
}
