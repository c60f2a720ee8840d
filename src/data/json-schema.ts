/** The JSON Schema published beside the data, generated from the zod schema so the two never drift. */
import { z } from 'zod';
import { DatasetSchema, SCHEMA_VERSION } from './schema';

export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DatasetSchema, { io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: `claimscope-dataset-v${SCHEMA_VERSION}.schema.json`,
    title: 'Claimscope dataset',
    description:
      'A report, its claims, dated context events, sources and places. Beyond this schema, Claimscope checks: ' +
      'unique ids per list; every reference resolves; every claim quote is found word for word in article.text ' +
      '(and position, when given, matches it); low ≤ high; dates are real; a context event cites at least one source.',
  };
}
