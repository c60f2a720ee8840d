import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticlePanel } from '../../src/features/article/ArticlePanel';
import { useAppStore } from '../../src/state/store';
import { generateDataset } from '../../src/data/generate';
import { parseDataset } from '../../src/data/validate';
import { makeDataset } from './helpers/factories';
import { renderWithData } from './helpers/render';

describe('ArticlePanel', () => {
  afterEach(() => vi.restoreAllMocks());

  it('highlights each claim in the text and lists it with its bound kept', () => {
    renderWithData(<ArticlePanel />, makeDataset());
    const marks = document.querySelectorAll('mark.claim-mark');
    expect([...marks].map((m) => m.textContent)).toEqual([
      'over 1,100 troops were killed or wounded',
      'the figure could surpass 3,000 casualties',
    ]);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/C1.*JCS.*> 1,100/);
  });

  it('selecting a claim in the table selects its sentence in the article', async () => {
    const user = userEvent.setup();
    renderWithData(<ArticlePanel />, makeDataset());
    await user.click(screen.getByRole('button', { name: 'Show claim C2 in the article' }));
    expect(useAppStore.getState().selection).toEqual({ kind: 'claim', id: 'c-zel' });
    expect(screen.getByRole('button', { name: /^Claim C2:/ })).toHaveAttribute('aria-pressed', 'true');
    expect(document.querySelector('mark.is-selected')).toHaveTextContent('surpass 3,000');
  });

  it('follows the source filter and says when nothing is left', () => {
    useAppStore.getState().setFilters({ hiddenSources: ['jcs', 'zelensky'] });
    renderWithData(<ArticlePanel />, makeDataset());
    expect(screen.getByRole('status')).toHaveTextContent('No claim matches the current filters.');
    expect(document.querySelectorAll('mark.claim-mark')).toHaveLength(0);
  });

  it('puts only the rows in view in the page when there are thousands of claims', () => {
    const parsed = parseDataset(generateDataset({ events: 10, claims: 2_000, sources: 5, seed: 3 }));
    if (!parsed.ok) throw new Error('the generated dataset must validate');
    // jsdom has no layout: give the scroller the size a browser would, so the virtualiser fills a view.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(640);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
    renderWithData(<ArticlePanel />, parsed.data);
    const table = screen.getByRole('table');
    // The table still tells assistive technology how many rows it has.
    expect(table).toHaveAttribute('aria-rowcount', '2001');
    const rendered = table.querySelectorAll('tbody tr[data-claim-row]').length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(100);
  });
});
