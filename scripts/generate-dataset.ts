/**
 * Writes a synthetic dataset in the schema, deterministic per seed, for scale tests and the benchmark.
 *   npm run gen:data -- --events 100000 --claims 2000 --sources 40 --seed 7 [--out public/data/generated-100k.json]
 *   npm run gen:data -- --shape acled --events 1000 --sources 30   # one fatalities figure per event, 2018–2024
 * The spread is realistic: dates over two years with day / month / approx precision, every category and
 * origin, places exact and approximate around Kursk, figures with every bound type.
 */
import { writeFileSync } from 'node:fs';
import { generateAcledShaped, generateDataset } from '../src/data/generate';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number ≥ 0`);
  return value;
}

const events = arg('events', 10_000);
const claims = arg('claims', Math.min(2_000, Math.max(10, Math.round(events / 50))));
const sources = arg('sources', 30);
const seed = arg('seed', 1);
const outIndex = process.argv.indexOf('--out');
const out = outIndex >= 0 ? (process.argv[outIndex + 1] ?? '') : `generated-${events}.json`;

const shapeIndex = process.argv.indexOf('--shape');
const shape = shapeIndex >= 0 ? process.argv[shapeIndex + 1] : 'mixed';
if (shape !== 'mixed' && shape !== 'acled') throw new Error('--shape must be "mixed" or "acled"');

const started = performance.now();
const dataset =
  shape === 'acled'
    ? generateAcledShaped({ events, sources, seed })
    : generateDataset({ events, claims, sources, seed });
writeFileSync(out, JSON.stringify(dataset));
console.log(
  `wrote ${out}: ${dataset.events.length} events, ${dataset.claims.length} claims, ${dataset.sources.length} sources, seed ${seed} (${Math.round(performance.now() - started)} ms)`,
);
