/**
 * Validates a dataset file against the schema and its cross-checks, printing every problem.
 * Usage: npm run validate -- public/data/kursk-2024-12.json
 */
import { readFileSync } from 'node:fs';
import { SCHEMA_VERSION } from '../src/data/schema';
import { parseDatasetText } from '../src/data/validate';

const file = process.argv[2] ?? 'public/data/dataset.json';
const result = parseDatasetText(readFileSync(file, 'utf8'));
if (result.ok) {
  const d = result.data;
  const read = result.migratedFrom
    ? `schema version ${result.migratedFrom}, migrated to ${SCHEMA_VERSION}`
    : `schema version ${SCHEMA_VERSION}`;
  console.log(
    `${file}: valid (${read}) — ${d.documents.length} documents, ${d.categories.length} categories, ${d.sources.length} sources, ${d.claims.length} claims, ${d.events.length} events, ${d.places.length} places, ${d.notes.length} notes`,
  );
} else {
  console.error(`${file}: ${result.issues.length} problem(s)`);
  for (const issue of result.issues)
    console.error(`  ${issue.row}${issue.field ? ` › ${issue.field}` : ''}: ${issue.message}`);
  process.exit(1);
}
