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
      'Documents, their claims, dated events, sources, places and the categories they use. Beyond this ' +
      'schema, Claimscope checks: unique ids per list; every reference resolves (documents, sources, ' +
      'measures, places, claims, events, and categories declared in categories); every claim quote is found ' +
      'word for word in its document’s text when the document has text (and position, when given, matches ' +
      'it); low ≤ best ≤ high; dates are real; a context event cites at least one source. Files of schema ' +
      'version 1 are migrated when read.',
  };
}
