/** `npm run validate`: the grouped report with exact counts, every problem with --all, CSV, exit codes. */
import { describe, expect, it } from 'vitest';
import { USAGE, validateCommand } from '../../scripts/validate-command';
import { parseCsv } from '../e2e/helpers/csv';
import { claim, datasetInput } from './helpers/factories';

function run(args: string[], files: Record<string, string>) {
  const printed: string[] = [];
  const written: Record<string, string> = {};
  const code = validateCommand(args, {
    read: (file) => {
      const text = files[file];
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${file}'`);
      return text;
    },
    write: (file, text) => {
      written[file] = text;
    },
    print: (line) => printed.push(line),
  });
  return { code, printed, written };
}

/** 1,200 claims citing an unknown source, and 300 of them also an unknown place each. */
const bad = JSON.stringify(
  datasetInput({
    claims: Array.from({ length: 1_200 }, (_, i) =>
      claim({ id: `c-${i}`, sourceId: 'nobody', placeIds: i % 4 === 0 ? [`p-${i}`] : [] }),
    ),
  }),
);

describe('npm run validate', () => {
  it('says a valid file is valid, and exits 0', () => {
    const { code, printed } = run(['ok.json'], { 'ok.json': JSON.stringify(datasetInput()) });
    expect(code).toBe(0);
    expect(printed).toEqual([
      'ok.json: valid (schema version 2) — 1 documents, 5 categories, 2 sources, 2 claims, 1 events, 0 places, 0 notes',
    ]);
  });

  it('prints the problems grouped with exact counts and the first rows, and exits 1', () => {
    const { code, printed } = run(['bad.json'], { 'bad.json': bad });
    expect(code).toBe(1);
    expect(printed).toEqual([
      'bad.json: 1,500 problems in 2 groups',
      '  claims › sourceId: refers to unknown source "nobody" — 1,200 rows',
      '    claims[0] (c-0), claims[1] (c-1), claims[2] (c-2), …',
      '  claims › placeIds[]: refers to unknown place "…" — 300 rows',
      '    claims[0] (c-0), claims[4] (c-4), claims[8] (c-8), …',
      'To list every problem, add --all; to write them to a CSV file, add --csv OUT.csv.',
    ]);
  });

  it('prints every problem under its group with --all', () => {
    const { code, printed } = run(['bad.json', '--all'], { 'bad.json': bad });
    expect(code).toBe(1);
    expect(printed).toHaveLength(1 + 2 + 1_500);
    expect(printed[2]).toBe('    claims[0] (c-0) › sourceId: refers to unknown source "nobody"');
    expect(printed).toContain('    claims[1196] (c-1196) › placeIds[0]: refers to unknown place "p-1196"');
  });

  it('writes every problem to a CSV file with --csv', () => {
    const { code, written, printed } = run(['bad.json', '--csv', 'out.csv'], { 'bad.json': bad });
    expect(code).toBe(1);
    const rows = parseCsv(written['out.csv'] ?? '');
    expect(rows).toHaveLength(1 + 1_500);
    expect(rows[1]).toEqual(['claims[0] (c-0)', 'sourceId', 'refers to unknown source "nobody"']);
    expect(printed.at(-1)).toBe('Every problem is written to out.csv.');
  });

  it('exits 2 when it cannot run: an unreadable file, an unknown option', () => {
    expect(run(['missing.json'], {})).toMatchObject({
      code: 2,
      printed: [expect.stringMatching(/^missing\.json: could not be read: ENOENT/)],
    });
    const unknown = run(['--strict'], {});
    expect(unknown.code).toBe(2);
    expect(unknown.printed.join('\n')).toContain(USAGE);
  });
});
