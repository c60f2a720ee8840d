import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/data/validate';
import { resetAppStore, useAppStore } from '../../src/state/store';
import { useUrlSync } from '../../src/state/use-url-sync';
import { makeDataset } from './helpers/factories';

function Synced({ dataset }: { dataset: Dataset }) {
  useUrlSync(dataset);
  return null;
}

describe('the URL follows the view', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    history.replaceState(null, '', '/');
    resetAppStore();
  });
  afterEach(() => {
    vi.useRealTimers();
    resetAppStore();
  });

  it('a moment after the last of a burst of changes, once', () => {
    render(<Synced dataset={makeDataset({})} />);
    const writes = vi.spyOn(history, 'replaceState');
    act(() => {
      useAppStore.getState().setFilters({ search: 'k' });
      useAppStore.getState().setFilters({ search: 'kursk' });
    });
    expect(location.search).not.toContain('kursk');
    act(() => void vi.advanceTimersByTime(200));
    expect(decodeURIComponent(location.search)).toContain('kursk');
    expect(writes).toHaveBeenCalledTimes(1);
  });

  it('at once when the page is left, or the view unmounts, with a change still waiting', () => {
    const view = render(<Synced dataset={makeDataset({})} />);
    act(() => useAppStore.getState().setFilters({ search: 'pagehide' }));
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(decodeURIComponent(location.search)).toContain('pagehide');
    act(() => useAppStore.getState().setFilters({ search: 'unmounted' }));
    view.unmount();
    expect(decodeURIComponent(location.search)).toContain('unmounted');
  });
});
