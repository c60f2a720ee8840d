import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DetailPanel } from '../../src/features/detail/DetailPanel';
import { TimelinePanel } from '../../src/features/timeline/TimelinePanel';
import { useAppStore } from '../../src/state/store';
import { useEscapeClearsSelection } from '../../src/state/use-escape-clears-selection';
import { giveElementsASize, PANELS_DATASET } from './helpers/panels';
import { renderWithData } from './helpers/render';

/** The timeline, and the details of what is selected in it. */
function Screen() {
  // The dashboard's details frame holds the Escape key (app/DetailsOverlay.tsx).
  useEscapeClearsSelection();
  return (
    <>
      <TimelinePanel />
      <DetailPanel />
    </>
  );
}

giveElementsASize();

// Whole panels per test: more than the default 5 s on a busy two-core machine.
describe('the timeline panel', { timeout: 20_000 }, () => {
  it('selecting an item in the timeline opens its detail; Escape clears the selection', async () => {
    const user = userEvent.setup();
    renderWithData(<Screen />, PANELS_DATASET);
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
    renderWithData(<Screen />, PANELS_DATASET);
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
