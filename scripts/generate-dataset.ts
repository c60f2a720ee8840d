/**
 * Writes a synthetic dataset in the schema, deterministic per seed, for scale tests and the benchmark.
 *   npm run gen:data -- --events 100000 --claims 2000 --sources 40 --seed 7 [--out public/data/generated-100k.json]
 *   npm run gen:data -- --shape acled --events 1000 --sources 30   # one fatalities figure per event, 2018–2024
 *   npm run gen:data -- --shape wide   # the bench's wide case: 20,000 events, 1,500 sources, 8,000 places
 *   npm run gen:data -- --events 6650 --sources 1209 --places 6063 --categories 12 --place-share 0.9 \
 *     --multi-source-share 0.25 --multi-place-share 0.15 --description-chars 120-900 --claim-chars 80-320
 * The spread is realistic: dates over two years with day / month / approx precision, every category and
 * origin, places exact and approximate around Kursk, figures with every bound type. `--shape wide` sets the
 * wide options at once; any option given beside it wins.
 */
import { writeFileSync } from 'node:fs';
import { generateAcledShaped, generateDataset, WIDE_SHAPE, type GenerateOptions } from '../src/data/generate';

const given = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
function whole(name: string): number | undefined {
  const raw = given(name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number ≥ 0`);
  return value;
}
function share(name: string): number | undefined {
  const raw = given(name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!(value >= 0 && value <= 1)) throw new Error(`--${name} must be a share from 0 to 1`);
  return value;
}
function span(name: string): readonly [number, number] | undefined {
  const raw = given(name);
  if (raw === undefined) return undefined;
  const [lo, hi = lo] = raw.split('-').map(Number);
  if (!Number.isInteger(lo) || !Number.isInteger(hi) || (lo ?? 0) < 1 || (hi ?? 0) < (lo ?? 0))
    throw new Error(`--${name} must be characters as N or MIN-MAX (1 ≤ MIN ≤ MAX)`);
  return [lo as number, hi as number];
}

const shape = given('shape') ?? 'mixed';
if (shape !== 'mixed' && shape !== 'acled' && shape !== 'wide')
  throw new Error('--shape must be "mixed", "acled" or "wide"');
const preset: Partial<GenerateOptions> = shape === 'wide' ? WIDE_SHAPE : {};

const events = whole('events') ?? preset.events ?? 10_000;
const options: GenerateOptions = {
  ...preset,
  events,
  claims: whole('claims') ?? preset.claims ?? Math.min(2_000, Math.max(10, Math.round(events / 50))),
  sources: whole('sources') ?? preset.sources ?? 30,
  seed: whole('seed') ?? 1,
};
const extra: Partial<GenerateOptions> = {
  categories: whole('categories'),
  places: whole('places'),
  maxSources: whole('max-sources'),
  maxPlaces: whole('max-places'),
  placeShare: share('place-share'),
  multiSourceShare: share('multi-source-share'),
  multiPlaceShare: share('multi-place-share'),
  figureShare: share('figure-share'),
  linkShare: share('link-share'),
  descriptionChars: span('description-chars'),
  claimChars: span('claim-chars'),
};
for (const [key, value] of Object.entries(extra))
  if (value !== undefined) Object.assign(options, { [key]: value });
const out = given('out') ?? `generated-${shape === 'wide' ? 'wide-' : ''}${events}.json`;

const started = performance.now();
const dataset =
  shape === 'acled'
    ? generateAcledShaped({ events, sources: options.sources, seed: options.seed })
    : generateDataset(options);
writeFileSync(out, JSON.stringify(dataset));
console.log(
  `wrote ${out}: ${dataset.events.length} events, ${dataset.claims.length} claims, ${dataset.sources.length} sources, ${dataset.places.length} places, seed ${options.seed} (${Math.round(performance.now() - started)} ms)`,
);
