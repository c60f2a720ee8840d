/**
 * A fetched dataset is checked on the page in slices; a file whose rows need zod goes to zod (in a worker
 * when it is large; jsdom has no Worker, so validate-file.ts runs the same code here).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetError, fetchDataset } from '../../src/data/fetch-dataset';
import { generateDataset } from '../../src/data/generate';
import { parseDatasetText, parseDatasetTextInSlices } from '../../src/data/validate';

const generated = (events: number) => generateDataset({ events, claims: 20, sources: 6, seed: 4 });

function serve(body: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(body, { status: 200 }))),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('parseDatasetTextInSlices', () => {
  it('gives what parseDatasetText gives, pausing between slices of rows', async () => {
    const text = JSON.stringify(generated(12_000));
    const pause = vi.fn(() => Promise.resolve());
    const sliced = await parseDatasetTextInSlices(text, pause);
    expect(sliced).toEqual(parseDatasetText(text));
    expect(sliced?.ok).toBe(true);
    // 12,000 rows in slices of 5,000: a pause before the second and third slice, and one before the rest.
    expect(pause).toHaveBeenCalledTimes(3);
  });

  it('stands aside (null) when a row needs zod, so the caller can take the file to it', async () => {
    const input = generated(50);
    (input.events[3] as { description: string }).description = ' padded ';
    expect(await parseDatasetTextInSlices(JSON.stringify(input), () => Promise.resolve())).toBeNull();
  });

  it('reports a file that is not JSON, or not an object, itself', async () => {
    const pause = () => Promise.resolve();
    expect(await parseDatasetTextInSlices('{"id": ', pause)).toMatchObject({
      ok: false,
      issues: [{ row: 'file', message: expect.stringMatching(/^is not valid JSON/) }],
    });
    expect(await parseDatasetTextInSlices('[1, 2]', pause)).toMatchObject({
      ok: false,
      issues: [{ row: 'dataset', message: 'must be a JSON object (the dataset), not an array' }],
    });
  });
});

describe('fetchDataset', () => {
  it('loads a valid file', async () => {
    serve(JSON.stringify(generated(300)));
    const dataset = await fetchDataset('/data/generated.json');
    expect(dataset.events).toHaveLength(300);
  });

  it('keeps what zod makes of a row the fast check left to it (a padded description, trimmed)', async () => {
    const input = generated(300);
    (input.events[10] as { description: string }).description = '  padded  ';
    serve(JSON.stringify(input));
    const dataset = await fetchDataset('/data/generated.json');
    expect(dataset.events[10]?.description).toBe('padded');
  });

  it('names the row and field at fault in a large file (over the worker threshold)', async () => {
    const input = generated(4_000);
    (input.events[3_500] as { date: { date: string } }).date.date = '2024-02-30';
    const body = JSON.stringify(input);
    expect(body.length).toBeGreaterThan(1_000_000);
    serve(body);
    const error = await fetchDataset('/data/generated.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).issues).toContainEqual(
      expect.objectContaining({ path: 'events[3500].date.date', message: 'is not a real calendar date' }),
    );
  });
});
