import { act, renderHook } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEARCH_DEBOUNCE_MS, useDebouncedDraft } from '../../src/components/use-debounced-draft';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** The field over a value it commits to (as the store or the list's query): a commit comes back as `value`. */
function setup(initial = '') {
  const commit = vi.fn<(text: string) => void>();
  const hook = renderHook(() => {
    const [value, setValue] = useState(initial);
    const field = useDebouncedDraft(value, (text) => {
      commit(text);
      setValue(text);
    });
    return { ...field, value, setValue };
  });
  return { commit, hook };
}

describe('a search field: each key shown at once, the search run when the keys pause', () => {
  it('shows every key at once and commits a burst of keys once, after the pause', () => {
    const { commit, hook } = setup();
    for (const text of ['k', 'ku', 'kur', 'kurs']) {
      act(() => hook.result.current.change(text));
      expect(hook.result.current.draft).toBe(text);
      act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1));
    }
    expect(commit).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(commit).toHaveBeenCalledTimes(1);
    expect(commit).toHaveBeenLastCalledWith('kurs');
  });

  it('keeps keys typed after a commit when the committed value comes back', () => {
    const { commit, hook } = setup();
    act(() => hook.result.current.change('ku'));
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
    expect(hook.result.current.value).toBe('ku');
    act(() => hook.result.current.change('kur'));
    expect(hook.result.current.draft).toBe('kur');
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
    expect(commit).toHaveBeenLastCalledWith('kur');
  });

  it('commits at once on flush (Enter, leaving the field) and on unmount', () => {
    const { commit, hook } = setup();
    act(() => hook.result.current.change('nis'));
    act(() => hook.result.current.flush());
    expect(commit).toHaveBeenLastCalledWith('nis');
    act(() => hook.result.current.change('nis 1'));
    hook.unmount();
    expect(commit).toHaveBeenLastCalledWith('nis 1');
    expect(commit).toHaveBeenCalledTimes(2);
  });

  it('follows a change from elsewhere (a chip removing the search) and drops what was waiting', () => {
    const { commit, hook } = setup('kursk');
    act(() => hook.result.current.change('kursk region'));
    act(() => hook.result.current.setValue(''));
    expect(hook.result.current.draft).toBe('');
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS * 2));
    expect(commit).not.toHaveBeenCalled();
  });
});
