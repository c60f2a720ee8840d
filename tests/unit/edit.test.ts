import { describe, expect, it } from 'vitest';
import {
  addCategory,
  addClaim,
  addDocument,
  addMeasure,
  createDataset,
  nextVersion,
  removeClaim,
  removePlace,
  removeSource,
  saveEvent,
  savePlace,
  saveSource,
  updateClaim,
  updateDocument,
  type ClaimFields,
  type EditResult,
} from '../../src/data/edit';
import { proposeMeasure } from '../../src/data/measure-words';
import { parseDataset, type Dataset } from '../../src/data/validate';
import { EMPTY_HISTORY, record, type History } from '../../src/lib/history';
import { undo } from '../../src/lib/patches';
import { makeDataset } from './helpers/factories';

const REPORT =
  'The JCS believes over 1,100 North Koreans have been killed or wounded.\n' +
  'Zelensky wrote that the figure already exceeded 3,000 casualties.';

function ok(result: EditResult): Extract<EditResult, { ok: true }> {
  if (!result.ok) throw new Error(result.message);
  return result;
}

function claimFields(d: Dataset, overrides: Partial<ClaimFields> = {}): ClaimFields {
  return {
    sourceId: d.sources[0]?.id ?? '',
    documentId: d.documents[0]?.id ?? '',
    quote: 'over 1,100',
    category: d.categories[0]?.id ?? '',
    summary: 'JCS: more than 1,100 killed or wounded',
    figure: { measure: d.measures[0]?.id ?? '', bound: 'more-than', low: 1100, stated: 'over 1,100' },
    asOf: { date: '2024-12-23', precision: 'day' },
    placeIds: [],
    credibility: 2,
    credibilityRationale: 'Official estimate, consistent with others.',
    ...overrides,
  };
}

/** A new dataset with one pasted report, two sources, a category and a measure. */
function authored(): Dataset {
  let d = createDataset({ title: 'North Korean losses — Kursk', description: 'Written in the app.' });
  d = ok(
    addDocument(d, {
      title: 'Wire report',
      kind: 'wire-copy',
      date: { date: '2024-12-23', precision: 'day' },
      text: REPORT.replace(/\n/g, '\r\n'),
    }),
  ).dataset;
  d = ok(
    saveSource(d, {
      name: 'Joint Chiefs of Staff',
      kind: 'military',
      reliability: 'B',
      reliabilityRationale: 'Usually reliable.',
    }),
  ).dataset;
  d = ok(saveSource(d, { name: 'Volodymyr Zelensky', kind: 'head-of-state' })).dataset;
  d = ok(addCategory(d, { label: 'Casualty estimate' })).dataset;
  d = ok(addMeasure(d, { label: 'Killed and wounded', unit: 'troops' })).dataset;
  return d;
}

describe('a dataset written in the app', () => {
  it('gets an id from its title and version 1.0.0', () => {
    const d = createDataset({ title: 'Pertes nord-coréennes à Koursk', description: 'x' });
    expect(d.id).toBe('pertes-nord-coreennes-a-koursk');
    expect(d.version).toBe('1.0.0');
    expect(createDataset({ title: '北朝鮮', description: 'x' }).id).toBe('dataset');
  });

  it('keeps one kind of line end in a pasted text', () => {
    expect(authored().documents[0]?.text).toBe(REPORT);
  });

  it('takes claims from passages, with their position and anchor, and stays a valid file', () => {
    let d = authored();
    const at = REPORT.indexOf('over 1,100');
    const first = ok(addClaim(d, claimFields(d), { start: at, end: at + 10 }));
    d = first.dataset;
    expect(first.id).toBe('c-1');
    expect(d.claims[0]?.position).toEqual({ start: at, end: at + 10 });
    expect(d.claims[0]?.anchor?.prefix).toBe('The JCS believes ');
    const zel = REPORT.indexOf('exceeded 3,000');
    d = ok(
      addClaim(
        d,
        claimFields(d, {
          sourceId: d.sources[1]?.id ?? '',
          quote: 'exceeded 3,000',
          summary: 'Zelensky: more than 3,000 killed or wounded',
          figure: {
            measure: d.measures[0]?.id ?? '',
            bound: 'more-than',
            low: 3000,
            stated: 'exceeded 3,000',
          },
        }),
        { start: zel, end: zel + 14 },
      ),
    ).dataset;
    const reread = parseDataset(JSON.parse(JSON.stringify(d)));
    expect(reread.ok && reread.data).toEqual(d);
  });

  it('refuses a claim whose quote is not in the text, or whose source does not exist', () => {
    const d = authored();
    expect(addClaim(d, claimFields(d, { quote: 'over 9,999' }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('not found word for word'),
    });
    expect(addClaim(d, claimFields(d, { sourceId: 'nobody' }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('source "nobody"'),
    });
    expect(addClaim(d, claimFields(d, { credibilityRationale: '  ' }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('credibilityRationale'),
    });
  });

  it('makes the chart open on the first measure written', () => {
    expect(authored().defaultMeasure).toBe('killed-and-wounded');
  });
});

describe('editing a document’s text', () => {
  const withClaim = () => {
    const d = authored();
    const at = REPORT.indexOf('over 1,100');
    return ok(addClaim(d, claimFields(d), { start: at, end: at + 10 })).dataset;
  };
  const docFields = (d: Dataset, text: string) => {
    const doc = d.documents[0] as Dataset['documents'][number];
    return { title: doc.title, kind: doc.kind, date: doc.date, text };
  };

  it('moves the highlight with the words when text is added before them', () => {
    const d = withClaim();
    const next = ok(updateDocument(d, d.documents[0]?.id ?? '', docFields(d, `SEOUL (wire) — ${REPORT}`)));
    expect(next.notice).toBeUndefined();
    const claim = next.dataset.claims[0];
    expect(claim?.position?.start).toBe(REPORT.indexOf('over 1,100') + 'SEOUL (wire) — '.length);
    expect(claim?.anchor?.detached).toBeUndefined();
  });

  it('flags a claim whose words are gone, never moving it, and the file stays valid', () => {
    const d = withClaim();
    const next = ok(
      updateDocument(d, d.documents[0]?.id ?? '', docFields(d, REPORT.replace('over 1,100', 'about 1,000'))),
    );
    expect(next.notice).toContain('c-1');
    const claim = next.dataset.claims[0];
    expect(claim?.quote).toBe('over 1,100');
    expect(claim?.position).toBeUndefined();
    expect(claim?.anchor?.detached).toBe(true);
    expect(parseDataset(JSON.parse(JSON.stringify(next.dataset))).ok).toBe(true);
  });

  it('a detached claim is attached again by choosing its passage anew', () => {
    const d = withClaim();
    const edited = REPORT.replace('over 1,100', 'more than 1,100');
    const detached = ok(updateDocument(d, d.documents[0]?.id ?? '', docFields(d, edited))).dataset;
    const at = edited.indexOf('more than 1,100');
    const fields = claimFields(detached, { quote: 'more than 1,100' });
    const again = ok(updateClaim(detached, 'c-1', fields, { start: at, end: at + 15 })).dataset;
    expect(again.claims[0]?.anchor?.detached).toBeUndefined();
    expect(again.claims[0]?.position).toEqual({ start: at, end: at + 15 });
  });

  it('undoing the text edit brings the claim back where it was', () => {
    const d = withClaim();
    const change = ok(
      updateDocument(d, d.documents[0]?.id ?? '', docFields(d, 'Nothing left of the report.')),
    );
    const history: History = record(EMPTY_HISTORY, {
      label: 'Edit',
      patches: change.patches,
      inverse: change.inverse,
    });
    expect(undo(history, change.dataset)?.state).toEqual(d);
  });
});

describe('rows other rows refer to', () => {
  it('refuses to delete a source or place still cited, naming who cites it', () => {
    let d = authored();
    d = ok(savePlace(d, { name: 'Kursk', lat: 51.73, lon: 36.19, precision: { kind: 'exact' } })).dataset;
    const at = REPORT.indexOf('over 1,100');
    d = ok(addClaim(d, claimFields(d, { placeIds: ['p-kursk'] }), { start: at, end: at + 10 })).dataset;
    expect(removeSource(d, d.sources[0]?.id ?? '')).toMatchObject({
      ok: false,
      message: expect.stringContaining('claim c-1'),
    });
    expect(removePlace(d, 'p-kursk')).toMatchObject({
      ok: false,
      message: expect.stringContaining('claim c-1'),
    });
    expect(ok(removeSource(d, d.sources[1]?.id ?? '')).dataset.sources).toHaveLength(1);
  });

  it('deleting a claim drops the links to it from events', () => {
    const d = makeDataset();
    const linked = ok(
      saveEvent(d, { ...d.events[0], claimIds: ['c-jcs'] } as never, d.events[0]?.id),
    ).dataset;
    const after = ok(removeClaim(linked, 'c-jcs')).dataset;
    expect(after.events[0]?.claimIds).toEqual([]);
    expect(parseDataset(JSON.parse(JSON.stringify(after))).ok).toBe(true);
  });

  it('refuses an event with an unknown source or a context event without citations', () => {
    const d = makeDataset();
    const base = { ...d.events[0] } as Record<string, unknown>;
    delete base.id;
    expect(saveEvent(d, { ...base, sourceIds: ['ghost'] } as never)).toMatchObject({
      ok: false,
      message: expect.stringContaining('ghost'),
    });
    expect(saveEvent(d, { ...base, citations: [] } as never)).toMatchObject({
      ok: false,
      message: expect.stringContaining('cite at least one'),
    });
  });

  it('refuses a place outside the globe, naming the field', () => {
    expect(
      savePlace(makeDataset(), { name: 'X', lat: 95, lon: 0, precision: { kind: 'exact' } }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/^lat:/) });
  });
});

describe('versions and measures', () => {
  it('bumps the minor version of a changed dataset', () => {
    expect(nextVersion('1.0.0')).toBe('1.1.0');
    expect(nextVersion('2.9.4')).toBe('2.10.0');
  });

  it('proposes an existing measure when its words match, else a new one with a unit', () => {
    const measures = makeDataset().measures;
    expect(proposeMeasure('North Koreans have been confirmed dead or injured', measures).existing?.id).toBe(
      'killed-wounded',
    );
    expect(proposeMeasure('casualties', measures).existing?.id).toBe('killed-wounded');
    expect(proposeMeasure('North Koreans are believed to be active', measures).existing?.id).toBe(
      'troops-deployed',
    );
    // A figure of the killed alone is not one of the killed and wounded, though the words overlap.
    expect(proposeMeasure('soldiers were killed', measures)).toMatchObject({
      existing: null,
      label: 'Killed',
    });
    const withKilled = [...measures, { id: 'kia', label: 'Killed in action', unit: 'troops' }];
    expect(proposeMeasure('soldiers were killed', withKilled).existing?.id).toBe('kia');
    expect(proposeMeasure('containers', [])).toEqual({
      existing: null,
      label: 'Containers',
      unit: 'containers',
    });
    expect(proposeMeasure('North Korean troops have been killed', [])).toEqual({
      existing: null,
      label: 'Killed',
      unit: 'troops',
    });
  });
});
