import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeIdSet } from '../../src/data/filters/id-set-param';
import type { Dataset } from '../../src/data/validate';
import { resetDeviceStore, useDeviceStore } from '../../src/state/device';
import { resetAppStore, useAppStore } from '../../src/state/store';
import { useUrlSync } from '../../src/state/use-url-sync';
import { makeDataset, source } from './helpers/factories';

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

  it('says so when a link holds a set made for other ids, and shows everything instead', () => {
    resetDeviceStore();
    const extra = Array.from({ length: 40 }, (_, i) => source({ id: `src-${i}`, shortName: `S${i}` }));
    const base = makeDataset({});
    const dataset = makeDataset({ sources: [...base.sources, ...extra] });
    const renamed = dataset.sources.map((s) => (s.id === 'src-7' ? 'src-07' : s.id));
    history.replaceState(null, '', `/?hide=${writeIdSet(renamed.slice(0, 25), renamed) ?? ''}`);
    expect(location.search).toMatch(/^\?hide=~1/);
    render(<Synced dataset={dataset} />);
    expect(useAppStore.getState().filters.hiddenSources).toEqual([]);
    expect(useDeviceStore.getState().notices.map((n) => n.text)).toContain(
      "This link's choice of sources was made for a dataset with other sources, so it could not be applied: all sources are shown.",
    );
  });
});
