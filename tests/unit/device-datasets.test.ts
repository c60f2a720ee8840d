import { describe, expect, it } from 'vitest';
import { createDatasetLibrary, createJudgementStore, EVENTS_PER_CHUNK } from '../../src/data/device-datasets';
import { idbStore, memoryStore, StorageError, toStorageError } from '../../src/data/kv-store';
import { event, makeDataset } from './helpers/factories';

const dataset = makeDataset();

describe('datasets kept on this device', () => {
  it('saves, lists with title, version and date, loads (validated again) and removes', async () => {
    const kv = memoryStore();
    const library = createDatasetLibrary(kv);
    const meta = await library.save(dataset, 'mine.json');
    expect(meta).toMatchObject({ localId: 'test-dataset@1.0.0', title: 'Test dataset', version: '1.0.0' });
    expect(Date.parse(meta.importedAt)).not.toBeNaN();
    expect((await library.list()).items).toEqual([meta]);

    const loaded = await library.load(meta.localId);
    expect(loaded.ok && loaded.data).toEqual(dataset);

    await library.remove(meta.localId);
    expect(await library.list()).toEqual({ items: [], unreadable: 0 });
    await expect(library.load(meta.localId)).rejects.toMatchObject({ problem: 'corrupted' });
  });

  it('keeps events in chunks, reads a dataset stored whole, and names a missing chunk', async () => {
    const kv = memoryStore();
    const library = createDatasetLibrary(kv);
    const events = Array.from({ length: EVENTS_PER_CHUNK * 2 + 1 }, (_, i) => event({ id: `e-${i}` }));
    const large = makeDataset({ events });
    await library.save(large);
    // The generation between id and number changes with every save.
    const chunkKeys = () =>
      [...kv.data.keys()]
        .filter((k) => k.startsWith('events:'))
        .map((k) => k.replace(/:[a-z0-9]+:(\d+)$/, ':$1'))
        .sort();
    expect(chunkKeys()).toEqual([
      'events:test-dataset@1.0.0:0',
      'events:test-dataset@1.0.0:1',
      'events:test-dataset@1.0.0:2',
    ]);
    const loaded = await library.load('test-dataset@1.0.0');
    expect(loaded.ok && loaded.data.events.map((e) => e.id)).toEqual(events.map((e) => e.id));

    // The same edition saved again, smaller: no chunk of the larger one is left behind.
    await library.save(dataset);
    expect(chunkKeys()).toEqual(['events:test-dataset@1.0.0:0']);

    // Written whole by an earlier version: still read.
    await kv.set('data:old@1.0.0', { ...large, id: 'old' });
    const old = await library.load('old@1.0.0');
    expect(old.ok && old.data.events).toHaveLength(events.length);

    await library.save(large);
    const second = [...kv.data.keys()].find((k) => /^events:test-dataset@1\.0\.0:[a-z0-9]+:1$/.test(k));
    await kv.del(second ?? '');
    await expect(library.load('test-dataset@1.0.0')).rejects.toMatchObject({
      problem: 'corrupted',
      message: 'part 2 of the events of "test-dataset@1.0.0" is missing',
    });
  });

  it('replaces the same edition instead of keeping two copies', async () => {
    const library = createDatasetLibrary(memoryStore());
    await library.save(dataset);
    await library.save({ ...dataset, title: 'Renamed' });
    const { items } = await library.list();
    expect(items.map((i) => i.title)).toEqual(['Renamed']);
  });

  it('reports a corrupted record instead of showing it', async () => {
    const kv = memoryStore();
    const library = createDatasetLibrary(kv);
    const meta = await library.save(dataset);
    await kv.set('meta:broken', { nonsense: true });
    await kv.set(`data:${meta.localId}`, { ...dataset, claims: 'not a list' });
    const listing = await library.list();
    expect(listing.unreadable).toBe(1);
    expect(listing.items).toHaveLength(1);
    const loaded = await library.load(meta.localId);
    expect(loaded.ok).toBe(false);
    expect(loaded.ok ? [] : loaded.issues[0]?.field).toBe('claims');
  });

  it('refuses judgements it cannot read', async () => {
    const kv = memoryStore({ k: { sources: 'x' } });
    await expect(createJudgementStore(kv).load('k')).rejects.toMatchObject({ problem: 'corrupted' });
    expect(await createJudgementStore(kv).load('none')).toBeUndefined();
  });
});

describe('storage failures', () => {
  it('names a full disk, blocked storage and other failures', () => {
    expect(toStorageError(new DOMException('quota', 'QuotaExceededError')).problem).toBe('full');
    expect(toStorageError(new DOMException('no', 'InvalidStateError')).problem).toBe('unavailable');
    expect(toStorageError(new DOMException('no', 'SecurityError')).problem).toBe('unavailable');
    expect(toStorageError(new Error('odd')).problem).toBe('failed');
    expect(toStorageError(new DOMException('quota', 'QuotaExceededError')).message).toContain(
      'storage on this device is full',
    );
  });

  it('says IndexedDB is unavailable when the browser has none (as here, in jsdom)', async () => {
    expect(typeof indexedDB).toBe('undefined');
    const kv = idbStore('claimscope-test', 'store');
    const error = await kv.get('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).problem).toBe('unavailable');
  });
});
