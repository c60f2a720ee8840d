import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppliedFiltersProvider, useAppliedFilters } from '../../src/state/applied-filters';
import { resetAppStore, useAppStore } from '../../src/state/store';

function Shown() {
  const filters = useAppliedFilters();
  return <p data-testid="shown">{`${filters.search}|${filters.hiddenSources.join(',')}`}</p>;
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

  it('says so when used outside its provider', () => {
    expect(() => render(<Shown />)).toThrow(/AppliedFiltersProvider/);
  });
});
