import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED_DATASET_URL } from '../../src/data/dataset-keys';
import {
  REMEMBERED_DATASET_KEY,
  initialDatasetKey,
  rememberedDataset,
} from '../../src/state/remembered-dataset';

/** What a fresh page would read from this browser. */
async function reload() {
  await rememberedDataset.persist.rehydrate();
  return rememberedDataset.getState().key;
}

afterEach(() => {
  rememberedDataset.setState({ key: null, problem: null });
  localStorage.clear();
});

describe('the dataset last used', () => {
  it('remembers only datasets kept on this device, and forgets on request', async () => {
    expect(await reload()).toBeNull();
    expect(initialDatasetKey()).toBe(BUNDLED_DATASET_URL);
    rememberedDataset.getState().remember('local:x@1.0.0');
    expect(JSON.parse(localStorage.getItem(REMEMBERED_DATASET_KEY) ?? '')).toEqual({
      state: { key: 'local:x@1.0.0' },
      version: 0,
    });
    expect(await reload()).toBe('local:x@1.0.0');
    expect(initialDatasetKey()).toBe('local:x@1.0.0');

    rememberedDataset.getState().remember(null);
    expect(localStorage.getItem(REMEMBERED_DATASET_KEY)).toBeNull();
    expect(await reload()).toBeNull();
  });

  it('reads the bare key an earlier version stored, and ignores anything but a stored dataset', async () => {
    localStorage.setItem(REMEMBERED_DATASET_KEY, 'local:earlier@2.0.0');
    expect(await reload()).toBe('local:earlier@2.0.0');
    for (const raw of [
      'https://elsewhere.example/data.json',
      '/data/dataset.json',
      JSON.stringify({ state: { key: 'https://elsewhere.example/data.json' }, version: 0 }),
      JSON.stringify({ state: { key: 42 }, version: 3 }),
      '{"state":',
    ]) {
      localStorage.setItem(REMEMBERED_DATASET_KEY, raw);
      expect(await reload(), raw).toBeNull();
    }
  });

  it('lets a link’s dataset win over the remembered one', () => {
    rememberedDataset.getState().remember('local:x@1.0.0');
    history.replaceState(null, '', '/?data=big.json');
    try {
      expect(initialDatasetKey()).toBe('/data/big.json');
    } finally {
      history.replaceState(null, '', '/');
    }
  });

  it('says when the browser will not remember a dataset, but not when forgetting one', async () => {
    const refuse = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      rememberedDataset.getState().remember(null);
      await Promise.resolve();
      expect(rememberedDataset.getState().problem).toBeNull();
      rememberedDataset.getState().remember('local:x@1.0.0');
      await Promise.resolve();
      expect(rememberedDataset.getState().problem).toMatch(/will not remember which dataset is open/);
    } finally {
      refuse.mockRestore();
    }
  });
});
