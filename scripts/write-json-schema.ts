/** Writes public/data/dataset.schema.json from the zod schema. Run: npm run schema */
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../src/data/json-schema';

const out = 'public/data/dataset.schema.json';
writeFileSync(out, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
