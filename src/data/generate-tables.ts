/**
 * Synthetic tables in the shapes analysts bring (an ACLED export, a UCDP GED file, a TimeMap sheet), and a
 * GeoJSON file of places: deterministic per seed, invented rows in the providers' column layouts, never
 * their data. The fixtures in tests/fixtures/ and the benchmark's 250,000-row file are written from here
 * (npm run gen:tables).
 */
import { toCsv, type Cell } from '../lib/csv';
import { isoFromDayNumber, dayNumber } from './dates';
import { rng } from './generate';

/** The columns of an ACLED export, in its order. */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

/** The columns of a UCDP GED file (version 24-style), in its order. */
export const UCDP_COLUMNS = [
  'id',
  'relid',
  'year',
  'active_year',
  'code_status',
  'type_of_violence',
  'conflict_dset_id',
  'conflict_new_id',
  'conflict_name',
  'dyad_dset_id',
  'dyad_new_id',
  'dyad_name',
  'side_a_dset_id',
  'side_a_new_id',
  'side_a',
  'side_b_dset_id',
  'side_b_new_id',
  'side_b',
  'number_of_sources',
  'source_article',
  'source_office',
  'source_date',
  'source_headline',
  'source_original',
  'where_prec',
  'where_coordinates',
  'where_description',
  'adm_1',
  'adm_2',
  'latitude',
  'longitude',
  'geom_wkt',
  'priogrid_gid',
  'country',
  'country_id',
  'region',
  'event_clarity',
  'date_prec',
  'date_start',
  'date_end',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'best',
  'high',
  'low',
] as const;

export const TIMEMAP_COLUMNS = [
  'id',
  'description',
  'date',
  'time',
  'location',
  'latitude',
  'longitude',
  'category',
  'sources',
] as const;

const TOWNS = [
  ['Kupiansk', 49.7106, 37.6156, 'Kharkiv'],
  ['Vovchansk', 50.2908, 36.9408, 'Kharkiv'],
  ['Sudzha', 51.1919, 35.2706, 'Kursk'],
  ['Korenevo', 51.4097, 34.9058, 'Kursk'],
  ['Sumy', 50.9077, 34.7981, 'Sumy'],
  ['Pokrovsk', 48.2826, 37.1819, 'Donetsk'],
  ['Chasiv Yar', 48.5869, 37.8347, 'Donetsk'],
  ['Huliaipole', 47.6633, 36.2564, 'Zaporizhzhia'],
] as const;
const EVENT_TYPES = [
  ['Battles', 'Armed clash'],
  ['Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['Explosions/Remote violence', 'Air/drone strike'],
  ['Violence against civilians', 'Attack'],
  ['Strategic developments', 'Disrupted weapons use'],
] as const;
const OUTLETS = ['Outlet Alpha', 'Outlet Beta', 'Wire Gamma', 'Channel Delta', 'Bulletin Épsilon'] as const;

/**
 * Places as a gazetteer gives them: the same name always has the same coordinates (ACLED codes each
 * location once), the towns above first, then numbered villages around them, `count` in all.
 */
function gazetteer(count: number, seed: number) {
  const random = rng(seed);
  return Array.from({ length: count }, (_, i) => {
    const town = TOWNS[i % TOWNS.length] as (typeof TOWNS)[number];
    if (i < TOWNS.length) return town;
    const [name, lat, lon, admin1] = town;
    const dlat = (random() - 0.5) * 0.6;
    const dlon = (random() - 0.5) * 0.9;
    return [`${name} village ${i}`, lat + dlat, lon + dlon, admin1] as const;
  });
}

function picker(seed: number) {
  const random = rng(seed);
  return {
    random,
    pick: <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T,
    int: (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1)),
  };
}

const START = dayNumber('2024-01-01');

/** An ACLED-shaped CSV (UTF-8): `rows` invented events with ACLED's columns and codes. */
export function acledShapedCsv(rows: number, seed = 1): string {
  const { random, pick, int } = picker(seed);
  // About one location per 60 rows, as in a country's export over a few years; at most 4,000.
  const places = gazetteer(Math.min(4_000, Math.max(TOWNS.length, Math.round(rows / 60))), seed);
  const body: Cell[][] = [];
  for (let i = 0; i < rows; i++) {
    const [town, lat, lon, admin1] = pick(places);
    const [eventType, subType] = pick(EVENT_TYPES);
    const day = START + int(0, 600);
    const date = isoFromDayNumber(day);
    const precision = random() < 0.8 ? 1 : random() < 0.5 ? 2 : 3;
    const geo = random() < 0.7 ? 1 : random() < 0.6 ? 2 : 3;
    const sources = random() < 0.6 ? pick(OUTLETS) : `${pick(OUTLETS)}; ${pick(OUTLETS)}`;
    body.push([
      `SYN${100000 + i}`,
      date,
      date.slice(0, 4),
      precision,
      'Political violence',
      eventType,
      subType,
      'Military Forces of A',
      '',
      '8',
      'Military Forces of B',
      '',
      '8',
      '88',
      '',
      '999',
      'Invented region',
      'Invented country',
      admin1,
      `${admin1} district`,
      '',
      town,
      lat.toFixed(4),
      lon.toFixed(4),
      geo,
      sources,
      'National',
      `On ${date}, invented ${subType.toLowerCase()} near ${town} (${admin1}). Synthetic row ${i + 1}, not ACLED data; the text is long enough to be like the notes of a real export.`,
      random() < 0.6 ? 0 : int(1, 40),
      '',
      1_700_000_000 + i,
    ]);
  }
  return toCsv(ACLED_COLUMNS, body);
}

/** A UCDP GED-shaped CSV as text; write it in Windows-1252 (`encodeWindows1252`) as UCDP files often are. */
export function ucdpShapedCsv(rows: number, seed = 2): string {
  const { random, pick, int } = picker(seed);
  const body: Cell[][] = [];
  for (let i = 0; i < rows; i++) {
    const [town, lat, lon, admin1] = pick(TOWNS);
    const type = int(1, 3);
    const day = START + int(0, 600);
    const datePrec = random() < 0.6 ? 1 : pick([2, 3, 4, 5]);
    const span = datePrec === 1 ? 0 : datePrec === 4 ? 0 : int(1, 6);
    const start = isoFromDayNumber(
      datePrec === 4 ? dayNumber(`${isoFromDayNumber(day).slice(0, 8)}01`) : day,
    );
    const end = isoFromDayNumber(dayNumber(start) + span);
    const where = random() < 0.5 ? 1 : pick([2, 3, 4, 6]);
    const low = int(0, 20);
    const best = low + int(0, 10);
    const high = best + int(0, 20);
    const outletA = pick(OUTLETS);
    const outletB = pick(OUTLETS);
    body.push([
      600000 + i,
      `SYN-${i}`,
      start.slice(0, 4),
      'TRUE',
      'Clear',
      type,
      1,
      1,
      'Invented conflict',
      1,
      1,
      type === 3 ? 'Government of A – civilians' : 'Government of A – Government of B',
      1,
      1,
      'Government of A',
      2,
      2,
      type === 3 ? 'Civilians' : 'Government of B',
      2,
      `${outletA},${start},"Invented headline ${i}";${outletB},${end}`,
      `${outletA};${outletB}`,
      start,
      `Invented fighting near ${town}`,
      '',
      where,
      `${town} town`,
      `near ${town}`,
      `${admin1} oblast`,
      '',
      lat.toFixed(4),
      lon.toFixed(4),
      `POINT (${lon} ${lat})`,
      0,
      'Invented country',
      999,
      'Europe',
      1,
      datePrec,
      `${start} 00:00:00.000`,
      `${end} 00:00:00.000`,
      0,
      0,
      0,
      best,
      best,
      high,
      low,
    ]);
  }
  return toCsv(UCDP_COLUMNS, body);
}

/** A TimeMap-shaped sheet: dates month first, as its template writes them. */
export function timemapShapedCsv(rows: number, seed = 3): string {
  const { pick, int } = picker(seed);
  const body: Cell[][] = [];
  for (let i = 0; i < rows; i++) {
    const [town, lat, lon] = pick(TOWNS);
    const iso = isoFromDayNumber(START + int(0, 600));
    const [y, m, d] = iso.split('-');
    body.push([
      `tm-${i + 1}`,
      `Invented observation ${i + 1} near ${town}`,
      `${m}/${d}/${y}`,
      `${String(int(0, 23)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}`,
      town,
      lat.toFixed(4),
      lon.toFixed(4),
      pick(['Shelling', 'Troop movement', 'Damage']),
      `${pick(OUTLETS)};${pick(OUTLETS)}`,
    ]);
  }
  return toCsv(TIMEMAP_COLUMNS, body);
}

/** A GeoJSON FeatureCollection: each town as a point, and a polygon around two of them. */
export function placesGeoJson(): string {
  const points = TOWNS.map(([name, lat, lon]) => ({
    type: 'Feature',
    properties: { name, kind: 'town' },
    geometry: { type: 'Point', coordinates: [lon, lat] },
  }));
  const area = {
    type: 'Feature',
    properties: { name: 'Invented front sector', kind: 'area' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [34.8, 51.1],
          [35.4, 51.1],
          [35.4, 51.5],
          [34.8, 51.5],
          [34.8, 51.1],
        ],
      ],
    },
  };
  return JSON.stringify({ type: 'FeatureCollection', features: [...points, area] }, null, 1);
}

/** Text as Windows-1252 bytes (the characters these generators use all have a byte there). */
export function encodeWindows1252(text: string): Uint8Array {
  const special: Record<string, number> = {
    '€': 0x80,
    '‘': 0x91,
    '’': 0x92,
    '“': 0x93,
    '”': 0x94,
    '–': 0x96,
    '—': 0x97,
  };
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const code = ch.charCodeAt(0);
    const byte = special[ch] ?? (code < 256 ? code : 0x3f);
    out[i] = byte;
  }
  return out;
}
