/**
 * A large valid file comes back from the worker as its own text plus the rest as validated; the page must
 * rebuild exactly the dataset validation produced.
 */
import { describe, expect, it } from 'vitest';
import { datasetFromWrittenEvents } from '../../src/data/events-as-written';
import { generateDataset } from '../../src/data/generate';
import { parseDatasetText, type ParseInfo } from '../../src/data/validate';

function validated(text: string) {
  const info: ParseInfo = {};
  const result = parseDatasetText(text, undefined, info);
  if (!result.ok) throw new Error('expected a valid dataset');
  return { data: result.data, info };
}

describe('datasetFromWrittenEvents', () => {
  it('rebuilds the validated dataset from the file text and the validated rest, list defaults included', () => {
    const input = generateDataset({ events: 200, claims: 20, sources: 6, seed: 5 });
    // Rows without their optional lists: zod fills them in, so must the page.
    for (const row of input.events.slice(0, 50)) {
      delete row.alsoCategories;
      delete row.figures;
      delete row.placeIds;
    }
    const text = JSON.stringify(input);
    const { data, info } = validated(text);
    expect(info.eventsAsWritten).toBe(true);
    const rebuilt = datasetFromWrittenEvents(text, JSON.stringify({ ...data, events: [] }));
    expect(rebuilt).toEqual(data);
  });

  it('is not offered when a row is not as written (zod changed it: a padded description)', () => {
    const input = generateDataset({ events: 20, claims: 5, sources: 3, seed: 6 });
    const first = input.events[0];
    if (!first) throw new Error('expected events');
    first.description = `  ${first.description}  `;
    const { data, info } = validated(JSON.stringify(input));
    expect(info.eventsAsWritten).toBe(false);
    expect(data.events[0]?.description).toBe(first.description.trim());
  });
});
