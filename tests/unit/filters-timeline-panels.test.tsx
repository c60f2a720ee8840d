import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DetailPanel } from '../../src/features/detail/DetailPanel';
import { useEscapeClearsSelection } from '../../src/state/use-escape-clears-selection';
import { FiltersPanel } from '../../src/features/filters/FiltersPanel';
import { TimelinePanel } from '../../src/features/timeline/TimelinePanel';
import { useAppStore } from '../../src/state/store';
import { event, makeDataset } from './helpers/factories';
import { renderWithData } from './helpers/render';

const dataset = makeDataset({
  events: [
    event({ id: 'e-1', claimIds: ['c-jcs'], description: 'NIS briefing on casualties.' }),
    event({
      id: 'e-2',
      sourceIds: ['zelensky'],
      origin: 'later-context',
      category: 'deployment',
      date: { date: '2025-01-01', precision: 'month' },
      description: 'Zelensky says more troops arrived.',
    }),
  ],
});

function Screen() {
  // The dashboard's details frame holds the Escape key (app/DetailsOverlay.tsx).
  useEscapeClearsSelection();
  return (
    <>
      <FiltersPanel />
      <TimelinePanel />
      <DetailPanel />
    </>
  );
}

// jsdom has no layout: give elements a size so the virtualised list renders its rows.
const sizes = ['offsetHeight', 'offsetWidth', 'clientHeight', 'clientWidth'] as const;
beforeAll(() => {
  for (const prop of sizes)
    Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, value: 600 });
});
afterAll(() => {
  for (const prop of sizes) Reflect.deleteProperty(HTMLElement.prototype, prop);
});

// Three whole panels per test: more than the default 5 s on a busy two-core machine.
describe('filters, timeline and details', { timeout: 20_000 }, () => {
  it('unchecking a source updates the timeline count, the counts and the active filter summary', async () => {
    const user = userEvent.setup();
    renderWithData(<Screen />, dataset);
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
    renderWithData(<Screen />, dataset);
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

  it('selecting an item in the timeline opens its detail; Escape clears the selection', async () => {
    const user = userEvent.setup();
    renderWithData(<Screen />, dataset);
    const list = screen.getByRole('list', { name: 'Timeline items' });
    const row = within(list).getByRole('button', { name: /NIS briefing on casualties/ });
    await user.click(row);
    expect(row).toHaveAttribute('aria-pressed', 'true');
    const detail = screen.getByRole('article', { name: 'Selected event' });
    expect(detail).toHaveTextContent('over 1,100 troops were killed or wounded');
    expect(within(detail).getByRole('link', { name: 'A report' })).toHaveAttribute(
      'href',
      'https://example.org/report',
    );
    await user.keyboard('{Escape}');
    expect(useAppStore.getState().selection).toBeNull();
  });

  it('the list shows dates at their precision and moves focus with the arrow keys', async () => {
    const user = userEvent.setup();
    renderWithData(<Screen />, dataset);
    const list = screen.getByRole('list', { name: 'Timeline items' });
    expect(list).toHaveTextContent('Jan 2025 (month)');
    expect(list).toHaveTextContent('Claim');
    const first = within(list).getAllByRole('button')[0];
    first?.focus();
    await user.keyboard('{ArrowDown}');
    await new Promise((r) => requestAnimationFrame(r));
    expect(document.activeElement).not.toBe(first);
    expect(document.activeElement?.className).toContain('timeline-row__main');
  });
});
