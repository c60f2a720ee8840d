/**
 * Validates a dataset file against the schema and its cross-checks, printing its problems grouped.
 * Usage: npm run validate -- [FILE] [--all] [--csv OUT.csv]   (see validate-command.ts)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { validateCommand } from './validate-command';

// `--all | head`: the reader stopped reading; that is no error of the file's.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 1);
  throw error;
});

process.exitCode = validateCommand(process.argv.slice(2), {
  read: (file) => readFileSync(file, 'utf8'),
  write: (file, text) => writeFileSync(file, text),
  print: (line) => console.log(line),
});
