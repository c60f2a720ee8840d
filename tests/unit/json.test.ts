import { describe, expect, it } from 'vitest';
import { datasetJson, filteredDataset } from '../../src/data/export/json';
import { filterClaims, filterEvents } from '../../src/data/filter';
import { DEFAULT_FILTERS } from '../../src/data/filters';
import { parseDataset } from '../../src/data/validate';
import { assessedRange, bundledDataset, claim, event, makeDataset } from './helpers/factories';

describe('the filtered dataset file', () => {
  it('keeps id and version, only the filtered rows, and passes parseDataset', () => {
    const dataset = bundledDataset();
    const hidden = dataset.sources.slice(2).map((s) => s.id);
    const filters = { ...DEFAULT_FILTERS, hiddenSources: hidden };
    const claims = filterClaims(dataset, filters);
    const events = filterEvents(dataset, filters);
    const out = filteredDataset(
      dataset,
      null,
      claims.map((c) => c.id),
      events.map((e) => e.id),
    );
    const parsed = parseDataset(JSON.parse(datasetJson(out)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
    expect(parsed.data.id).toBe(dataset.id);
    expect(parsed.data.version).toBe(dataset.version);
    expect(parsed.data.claims.map((c) => c.id)).toEqual(claims.map((c) => c.id));
    expect(parsed.data.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(claims.length).toBeLessThan(dataset.claims.length);
  });

  it('drops references to rows left out, and keeps the analyst judgements of the rows kept', () => {
    const dataset = makeDataset({
      events: [event({ claimIds: ['c-jcs', 'c-zel'] })],
      notes: [
        { id: 'n-1', title: 'About Zelensky', text: 'A note.', claimIds: ['c-zel'], eventIds: [] },
        { id: 'n-2', title: 'General', text: 'A general note.', claimIds: [], eventIds: [] },
      ],
    });
    const out = filteredDataset(
      dataset,
      {
        sources: [{ sourceId: 'jcs', reliability: 'E' }],
        claims: [
          { claimId: 'c-zel', credibility: 5 },
          { claimId: 'c-jcs', note: 'checked' },
        ],
        ranges: [assessedRange({ claimIds: ['c-jcs', 'c-zel'] })],
      },
      ['c-jcs'],
      ['e-1'],
    );
    expect(out.events[0]?.claimIds).toEqual(['c-jcs']);
    expect(out.notes.map((n) => n.id)).toEqual(['n-2']);
    expect(out.analystJudgements?.claims).toEqual([{ claimId: 'c-jcs', note: 'checked' }]);
    // The assessed range travels whole, citing only the claims the file still holds.
    expect(out.analystJudgements?.ranges).toEqual([assessedRange({ claimIds: ['c-jcs'] })]);
    expect(out.sources.find((s) => s.id === 'jcs')?.reliability).toBe('B');
    expect(parseDataset(JSON.parse(datasetJson(out))).ok).toBe(true);
  });

  it('writes a dataset with nothing filtered out unchanged in substance', () => {
    const dataset = makeDataset({ claims: [claim()] });
    const out = filteredDataset(dataset, null, ['c-jcs'], ['e-1']);
    expect(out).toEqual(dataset);
  });
});
