import { afterEach, describe, expect, it, vi } from 'vitest';
import { bareJsonAs, bareStringAs, guardedLocalStorage } from '../../src/state/guarded-storage';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('reading what an earlier version stored', () => {
  const envelope = '{"state":{"key":"x"},"version":0}';

  it('wraps a bare string as persist’s envelope, and leaves an envelope or nothing as it is', () => {
    const read = bareStringAs('key');
    expect(JSON.parse(read('local:a@1') ?? '')).toEqual({ state: { key: 'local:a@1' }, version: 0 });
    expect(JSON.parse(read('[1, "a"]') ?? '')).toEqual({ state: { key: '[1, "a"]' }, version: 0 });
    expect(read(envelope)).toBe(envelope);
    expect(read(null)).toBeNull();
  });

  it('wraps a bare JSON list as persist’s envelope, and reads what is not JSON as nothing stored', () => {
    const read = bareJsonAs('saved');
    expect(JSON.parse(read('[{"name":"a"}]') ?? '')).toEqual({
      state: { saved: [{ name: 'a' }] },
      version: 0,
    });
    expect(JSON.parse(read('"text"') ?? '')).toEqual({ state: { saved: 'text' }, version: 0 });
    expect(read('[{"name":')).toBeNull();
    expect(read(envelope)).toBe(envelope);
    expect(read(null)).toBeNull();
  });
});

describe('guarded localStorage', () => {
  it('never throws: a refused write is reported after the update, a refused read is nothing stored', async () => {
    const onRefused = vi.fn();
    const storage = guardedLocalStorage({ onRefused });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(() => storage.setItem('k', 'v')).not.toThrow();
    expect(onRefused).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(onRefused).toHaveBeenCalledOnce();
    expect(storage.getItem('k')).toBeNull();
  });
});
