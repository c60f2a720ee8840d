/**
 * `npm run validate`: checks a dataset file against the schema and its cross-checks and prints the
 * problems grouped, with exact counts (src/data/issue-report.ts). `--all` prints every problem under its
 * group; `--csv OUT` writes every problem to a CSV file. The exit code is 0 for a valid file, 1 for a file
 * with problems, 2 for a command that could not run (bad options, unreadable file).
 */
import { parseArgs } from 'node:util';
import { groupIssues, issuesCsv, reportLines } from '../src/data/issue-report';
import { SCHEMA_VERSION } from '../src/data/schema';
import { parseDatasetText } from '../src/data/validate';

export interface CommandIo {
  read: (file: string) => string;
  write: (file: string, text: string) => void;
  print: (line: string) => void;
}

export const USAGE = 'Usage: npm run validate -- [FILE] [--all] [--csv OUT.csv]';
const DEFAULT_FILE = 'public/data/dataset.json';

export function validateCommand(args: readonly string[], io: CommandIo): number {
  let options;
  try {
    options = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { all: { type: 'boolean' }, csv: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.print(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = options;
  if (values.help || positionals.length > 1) {
    io.print(USAGE);
    return values.help ? 0 : 2;
  }
  const file = positionals[0] ?? DEFAULT_FILE;
  let text;
  try {
    text = io.read(file);
  } catch (error) {
    io.print(`${file}: could not be read: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }

  const result = parseDatasetText(text);
  if (result.ok) {
    const d = result.data;
    const read = result.migratedFrom
      ? `schema version ${result.migratedFrom}, migrated to ${SCHEMA_VERSION}`
      : `schema version ${SCHEMA_VERSION}`;
    io.print(
      `${file}: valid (${read}) — ${d.documents.length} documents, ${d.categories.length} categories, ${d.sources.length} sources, ${d.claims.length} claims, ${d.events.length} events, ${d.places.length} places, ${d.notes.length} notes`,
    );
    return 0;
  }
  const [heading, ...rest] = reportLines(groupIssues(result), { all: values.all === true });
  io.print(`${file}: ${heading}`);
  for (const line of rest) io.print(line);
  if (values.csv) {
    io.write(values.csv, issuesCsv(result.issues));
    io.print(`Every problem is written to ${values.csv}.`);
  } else if (!values.all) {
    io.print('To list every problem, add --all; to write them to a CSV file, add --csv OUT.csv.');
  }
  return 1;
}
