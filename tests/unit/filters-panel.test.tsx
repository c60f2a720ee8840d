import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FiltersPanel } from '../../src/features/filters/FiltersPanel';
import { TimelinePanel } from '../../src/features/timeline/TimelinePanel';
import { useAppStore } from '../../src/state/store';
import { giveElementsASize, PANELS_DATASET } from './helpers/panels';
import { renderWithData } from './helpers/render';

/** The filter panel, and the timeline that follows it. */
function Screen() {
  return (
    <>
      <FiltersPanel />
      <TimelinePanel />
    </>
  );
}

giveElementsASize();

// Whole panels per test: more than the default 5 s on a busy two-core machine.
describe('the filter panel', { timeout: 20_000 }, () => {
  it('unchecking a source updates the timeline count, the counts and the active filter summary', async () => {
    const user = userEvent.setup();
    renderWithData(<Screen />, PANELS_DATASET);
    expect(screen.getByText('Showing 2 of 2 events')).toBeInTheDocument();
    const zelensky = screen.getByRole('checkbox', { name: /^Volodymyr Zelensky/ });
    expect(zelensky).toHaveAccessibleName('Volodymyr Zelensky (2)');
    await user.click(zelensky);
    expect(zelensky).not.toBeChecked();
    expect(useAppStore.getState().filters.hiddenSources).toEqual(['zelensky']);
    expect(screen.getByText('Showing 1 of 2 events')).toBeInTheDocument();
    expect(
      screen
        .getAllByRole('status')
        .some((s) => /1 of 2 events and 1 of 2 claims match/.test(s.textContent ?? '')),
    ).toBe(true);

    const chips = screen.getByRole('list', { name: 'Active filters' });
    await user.click(within(chips).getByRole('button', { name: /Remove filter Hidden: Zelensky/ }));
    expect(zelensky).toBeChecked();
    expect(screen.getByText('Showing 2 of 2 events')).toBeInTheDocument();
  });
  it('the last shown category cannot be unchecked; reset brings every filter back', async () => {
    const user = userEvent.setup();
    renderWithData(<Screen />, PANELS_DATASET);
    await user.click(screen.getByRole('checkbox', { name: /^Deployment/ }));
    expect(useAppStore.getState().filters.categories).toEqual(['casualty-estimate']);
    // It stays focusable (a group's one Tab stop may rest on it) and says it cannot be unchecked.
    const last = screen.getByRole('checkbox', { name: /^Casualty estimate/ });
    expect(last).toHaveAttribute('aria-disabled', 'true');
    await user.click(last);
    expect(last).toBeChecked();
    expect(useAppStore.getState().filters.categories).toEqual(['casualty-estimate']);
    await user.type(screen.getByLabelText('Search quotes, descriptions and citations'), 'NIS');
    await user.click(screen.getByRole('button', { name: 'Reset all filters' }));
    expect(useAppStore.getState().filters.categories).toEqual([]);
    expect(useAppStore.getState().filters.search).toBe('');
  });
});
