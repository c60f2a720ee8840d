import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from '../../src/data/json-schema';

describe('the JSON Schema', () => {
  it('publishes a JSON Schema in step with the zod schema', () => {
    const published = JSON.parse(
      readFileSync(resolve(__dirname, '../../public/data/dataset.schema.json'), 'utf8'),
    ) as unknown;
    expect(published).toEqual(datasetJsonSchema());
  });
});
