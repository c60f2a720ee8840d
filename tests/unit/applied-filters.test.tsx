import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'react-dom';
import { DatasetContext } from '../../src/data/dataset-context';
import {
  AppliedFiltersProvider,
  IMMEDIATE_ROWS,
  useAppliedFilters,
  useLeadingFilters,
} from '../../src/state/applied-filters';
import { event, makeDataset } from './helpers/factories';
import { resetAppStore, useAppStore } from '../../src/state/store';

function Shown() {
  const filters = useAppliedFilters();
  return <p data-testid="shown">{`${filters.search}|${filters.hiddenSources.join(',')}`}</p>;
}

function Leading() {
  return <p data-testid="leading">{useLeadingFilters().search}</p>;
}

afterEach(() => resetAppStore());

describe('applied filters', () => {
  it('starts from the store as it is at first render (a link restored into it)', () => {
    useAppStore.getState().setFilters({ search: 'kursk' });
    render(
      <AppliedFiltersProvider>
        <Shown />
      </AppliedFiltersProvider>,
    );
    expect(screen.getByTestId('shown').textContent).toBe('kursk|');
  });

  it('follows every later change of the store’s filters, the last one winning', async () => {
    render(
      <AppliedFiltersProvider>
        <Shown />
      </AppliedFiltersProvider>,
    );
    await act(async () => {
      useAppStore.getState().setFilters({ search: 'a' });
      useAppStore.getState().setFilters({ search: 'ab', hiddenSources: ['jcs'] });
    });
    expect(screen.getByTestId('shown').textContent).toBe('ab|jcs');
  });

  it('leads with the timeline’s filters in the control’s own render on a small dataset; every panel follows later', async () => {
    const inside = (rows: number) => {
      const dataset = makeDataset({
        events: Array.from({ length: rows }, (_, i) => event({ id: `e-${i}` })),
      });
      return render(
        <DatasetContext.Provider value={dataset}>
          <AppliedFiltersProvider>
            <Shown />
            <Leading />
          </AppliedFiltersProvider>
        </DatasetContext.Provider>,
      );
    };
    // Right after the change's own task (one microtask later): no transition has rendered by then.
    const small = inside(10);
    flushSync(() => useAppStore.getState().setFilters({ search: 'a' }));
    await Promise.resolve();
    expect(screen.getByTestId('leading').textContent).toBe('a');
    expect(screen.getByTestId('shown').textContent).toBe('|');
    await act(async () => {});
    expect(screen.getByTestId('shown').textContent).toBe('a|');
    small.unmount();
    resetAppStore();

    inside(IMMEDIATE_ROWS + 1);
    flushSync(() => useAppStore.getState().setFilters({ search: 'b' }));
    await Promise.resolve();
    expect(screen.getByTestId('leading').textContent).toBe('');
    await act(async () => {});
    expect(screen.getByTestId('leading').textContent).toBe('b');
    expect(screen.getByTestId('shown').textContent).toBe('b|');
  });

  it('says so when used outside its provider', () => {
    expect(() => render(<Shown />)).toThrow(/AppliedFiltersProvider/);
  });
});
