import { afterEach, describe, expect, it, vi } from 'vitest';
import { CUSTOM_MAPPING, type TableMapping } from '../../src/data/table-mapping';
import {
  MAX_SAVED_MAPPINGS,
  SAVED_MAPPINGS_KEY,
  checkedMappings,
  useSavedMappings,
} from '../../src/state/saved-mappings';

const mapping = (date: string): TableMapping => ({ ...CUSTOM_MAPPING, columns: { date } });
const stored = () => JSON.parse(localStorage.getItem(SAVED_MAPPINGS_KEY) ?? 'null') as unknown;

/** What a fresh page would read from this browser. */
async function reload() {
  await useSavedMappings.persist.rehydrate();
  return useSavedMappings.getState().saved;
}

afterEach(() => {
  useSavedMappings.setState({ saved: [], problem: null });
  localStorage.clear();
});

describe('saved mappings', () => {
  it('are kept by name, newest first, and read back on the next page', async () => {
    expect(useSavedMappings.getState().save('  My sheet  ', mapping('When'))).toBe('My sheet');
    useSavedMappings.getState().save('Other', mapping('Day'));
    useSavedMappings.getState().save('My sheet', mapping('Date'));
    const expected = [
      { name: 'My sheet', mapping: mapping('Date') },
      { name: 'Other', mapping: mapping('Day') },
    ];
    expect(useSavedMappings.getState().saved).toEqual(expected);
    expect(stored()).toEqual({ state: { saved: expected }, version: 0 });
    useSavedMappings.setState({ saved: [] }, false);
    localStorage.setItem(SAVED_MAPPINGS_KEY, JSON.stringify({ state: { saved: expected }, version: 0 }));
    expect(await reload()).toEqual(expected);
  });

  it('refuse a blank name, cut a long one to 80 characters, and keep the newest 50', () => {
    expect(useSavedMappings.getState().save('   ', mapping('When'))).toBeNull();
    expect(localStorage.getItem(SAVED_MAPPINGS_KEY)).toBeNull();
    expect(useSavedMappings.getState().save('x'.repeat(100), mapping('When'))).toBe('x'.repeat(80));
    for (let i = 1; i <= MAX_SAVED_MAPPINGS; i++)
      useSavedMappings.getState().save(`Sheet ${i}`, mapping('When'));
    const names = useSavedMappings.getState().saved.map((s) => s.name);
    expect(names).toHaveLength(50);
    expect(names[0]).toBe('Sheet 50');
    expect(names).not.toContain('x'.repeat(80));
  });

  it('that an earlier version stored as a bare list still load', async () => {
    const earlier = [{ name: 'From before', mapping: mapping('When') }];
    localStorage.setItem(SAVED_MAPPINGS_KEY, JSON.stringify(earlier));
    expect(await reload()).toEqual(earlier);
    // The next save writes persist's envelope, the earlier mapping kept.
    useSavedMappings.getState().save('New', mapping('Day'));
    expect(stored()).toEqual({
      state: { saved: [{ name: 'New', mapping: mapping('Day') }, ...earlier] },
      version: 0,
    });
  });

  it('read what another version or tab wrote as untrusted: what fails the schema is dropped, never a crash', async () => {
    const good = { name: 'Good', mapping: mapping('When') };
    for (const raw of [
      'not json {',
      '"a string"',
      '{"state":{"saved":"nope"},"version":0}',
      '{"state":',
      '{"state":{"saved":[{"name":"x","mapping":{"preset":"evil"}}]},"version":0}',
    ]) {
      localStorage.setItem(SAVED_MAPPINGS_KEY, raw);
      expect(await reload(), raw).toEqual([]);
    }
    // Another version's envelope: read through the same check.
    localStorage.setItem(
      SAVED_MAPPINGS_KEY,
      JSON.stringify({ state: { saved: [good, { name: '', mapping: mapping('x') }, good] }, version: 7 }),
    );
    expect(await reload()).toEqual([good]);
    expect(checkedMappings(Array.from({ length: 60 }, (_, i) => ({ ...good, name: `n${i}` })))).toHaveLength(
      50,
    );
    expect(checkedMappings([{ ...good, extra: true }])).toEqual([]);
  });

  it('stay for this page, and say they were not kept, when the browser refuses to store them', async () => {
    const refuse = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      expect(useSavedMappings.getState().save('Unkept', mapping('When'))).toBe('Unkept');
      await Promise.resolve();
      expect(useSavedMappings.getState().problem).toMatch(/would not store the mapping/);
      expect(useSavedMappings.getState().saved.map((s) => s.name)).toEqual(['Unkept']);
    } finally {
      refuse.mockRestore();
    }
    // The next save that is kept clears the problem.
    useSavedMappings.getState().save('Kept', mapping('When'));
    expect(useSavedMappings.getState().problem).toBeNull();
  });

  it('follow a mapping another tab saved', () => {
    const theirs = [{ name: 'Theirs', mapping: mapping('When') }];
    localStorage.setItem(SAVED_MAPPINGS_KEY, JSON.stringify({ state: { saved: theirs }, version: 0 }));
    // What the browser fires in every other tab of this site.
    window.dispatchEvent(new StorageEvent('storage', { key: SAVED_MAPPINGS_KEY, storageArea: localStorage }));
    expect(useSavedMappings.getState().saved).toEqual(theirs);
  });
});
