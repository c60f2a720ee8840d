/**
 * Writes the sample tables of each preset's shape and a GeoJSON file of places, from the generator in
 * src/data/generate-tables.ts (invented rows, never a provider's data):
 *   npm run gen:tables                    # the fixtures in tests/fixtures/
 *   npm run gen:tables -- --acled 250000 --out big.csv   # one large ACLED-shaped file
 */
import { writeFileSync } from 'node:fs';
import {
  acledShapedCsv,
  encodeWindows1252,
  placesGeoJson,
  timemapShapedCsv,
  ucdpShapedCsv,
} from '../src/data/generate-tables';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

const large = option('acled');
if (large !== undefined) {
  const rows = Number(large);
  if (!Number.isInteger(rows) || rows < 1) throw new Error('--acled must be a whole number ≥ 1');
  const out = option('out') ?? `acled-shaped-${rows}.csv`;
  writeFileSync(out, acledShapedCsv(rows));
  console.log(`wrote ${out}: ${rows} ACLED-shaped rows`);
} else {
  writeFileSync('tests/fixtures/acled-shaped.csv', acledShapedCsv(40));
  // UCDP files are often Windows-1252: the sample is too, so the encoding detection is exercised.
  writeFileSync('tests/fixtures/ucdp-ged-shaped.csv', encodeWindows1252(ucdpShapedCsv(30)));
  writeFileSync('tests/fixtures/timemap-shaped.csv', timemapShapedCsv(20));
  writeFileSync('tests/fixtures/places.geojson', placesGeoJson() + '\n');
  console.log('wrote tests/fixtures/{acled-shaped,ucdp-ged-shaped,timemap-shaped}.csv and places.geojson');
}
