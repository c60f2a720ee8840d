import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChartPanel } from '../../src/features/chart/ChartPanel';
import { useAppStore } from '../../src/state/store';
import { generateAcledShaped } from '../../src/data/generate';
import { parseDataset } from '../../src/data/validate';
import { assessedRange, bundledDataset } from './helpers/factories';
import { renderWithData } from './helpers/render';

const dataset = bundledDataset();
const mark = (container: HTMLElement, key: string) =>
  container.querySelector<SVGGElement>(`[data-estimate-key="${key}"]`);

/** The panel with its drawing, which arrives after the first screen: its code is a chunk of its own. */
async function renderChart() {
  const rendered = renderWithData(<ChartPanel />, dataset);
  await waitFor(() => expect(rendered.container.querySelector('svg[data-chart]')).not.toBeNull());
  return rendered;
}

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected an element');
  return value;
}

describe('ChartPanel', () => {
  it('says the disparity and keeps the drawing’s room at once, before the drawing’s code arrives', async () => {
    const { container } = renderWithData(<ChartPanel />, dataset);
    expect(screen.getByTestId('chart-disparity')).toHaveTextContent('Zelensky’s figure is 2.7× ROK JCS’s');
    const room = screen.getByText('Drawing the chart…');
    expect(room).toHaveAttribute('role', 'status');
    const [w, h] = (room.style.aspectRatio || '0 / 0').split('/').map(Number);
    await waitFor(() => expect(container.querySelector('svg[data-chart]')).not.toBeNull());
    const svg = must(container.querySelector('svg[data-chart="disparity"]'));
    // The room kept is the drawing's own size: nothing moves when it arrives.
    expect([w, h]).toEqual([Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))]);
    expect(screen.queryByText('Drawing the chart…')).toBeNull();
  });

  it('shows, without a click, JCS and Zelensky with their bounds, the deployed force and the disparity', async () => {
    const { container } = await renderChart();
    expect(screen.getByTestId('chart-disparity')).toHaveTextContent('Zelensky’s figure is 2.7× ROK JCS’s');
    const jcs = mark(container, 'claim:c-jcs-over-1100');
    const zel = mark(container, 'claim:c-zelensky-over-3000');
    expect(jcs).toHaveTextContent('> 1,100');
    expect(zel).toHaveTextContent('> 3,000');
    expect(jcs?.querySelector('[data-part="open-end"]')).not.toBeNull();
    expect(container.querySelector('[data-part="deployed-force"]')).toHaveTextContent(
      'Deployed force: about 12,000 (10,000–12,000 across sources)',
    );
    const svg = container.querySelector('svg[data-chart="disparity"]');
    expect(svg).toHaveAttribute('width', '640');
    expect(svg).toHaveAttribute('viewBox');
    const description = document.getElementById(svg?.getAttribute('aria-describedby') ?? '');
    expect(description).toHaveTextContent('ROK JCS: more than 1,100 killed and wounded');
  });

  it('selects the claim behind a mark from the keyboard and shows its quote', async () => {
    const user = userEvent.setup();
    const { container } = await renderChart();
    const jcs = must(mark(container, 'claim:c-jcs-over-1100'));
    act(() => jcs.focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'over 1,100 North Koreans have been confirmed dead or injured',
    );
    expect(screen.getByRole('tooltip')).toHaveTextContent('reliability B, credibility 2');
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().selection).toEqual({ kind: 'claim', id: 'c-jcs-over-1100' });
    expect(jcs).toHaveAttribute('aria-pressed', 'true');
    // The mark keeps the keyboard's focus through the tooltip and the selection (it is not redrawn anew).
    expect(document.activeElement).toBe(jcs);
  });

  it('is one Tab stop: the arrow keys, Home and End move between the marks in reading order', async () => {
    const user = userEvent.setup();
    const { container } = await renderChart();
    const stops = () => container.querySelectorAll('[data-estimate-key][tabindex="0"]');
    expect(stops()).toHaveLength(1);
    const first = must(stops()[0] as SVGGElement | undefined);
    act(() => first.focus());
    await user.keyboard('{ArrowDown}');
    const second = document.activeElement;
    expect(second).not.toBe(first);
    expect(second?.getAttribute('data-estimate-key')).toBeTruthy();
    // The mark last focused is the one Tab comes back to.
    expect(stops()).toHaveLength(1);
    expect(stops()[0]).toBe(second);
    await user.keyboard('{End}');
    const marks = container.querySelectorAll('[data-estimate-key]');
    expect(document.activeElement).toBe(marks[marks.length - 1]);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(marks[0]);
  });

  it('highlights the mark of a claim selected in another panel', async () => {
    const { container } = await renderChart();
    act(() => useAppStore.getState().select({ kind: 'claim', id: 'c-zelensky-over-3000' }));
    expect(mark(container, 'claim:c-zelensky-over-3000')).toHaveAttribute('data-selected', 'true');
    expect(mark(container, 'claim:c-jcs-over-1100')).not.toHaveAttribute('data-selected');
  });

  it('rings an event selected elsewhere, and more quietly the claims it touches', async () => {
    const { container } = renderWithData(<ChartPanel />, dataset);
    act(() => useAppStore.getState().setUi({ chartMode: 'over-time' }));
    act(() => useAppStore.getState().select({ kind: 'event', id: 'e-2024-12-23-zelensky-3000' }));
    // The view over time is drawn once its code has loaded.
    await waitFor(() =>
      expect(mark(container, 'event:e-2024-12-23-zelensky-3000:0')).toHaveAttribute('data-selected', 'true'),
    );
    // Of the claims the event bears on, those with a figure of the measure on screen are marks: ringed.
    const linked = dataset.events.find((e) => e.id === 'e-2024-12-23-zelensky-3000')?.claimIds ?? [];
    const drawn = linked.filter((id) => container.querySelector(`[data-estimate-key="claim:${id}"]`));
    expect(drawn.length).toBeGreaterThan(0);
    for (const id of drawn) expect(mark(container, `claim:${id}`)).toHaveAttribute('data-related', 'true');
  });

  it('switches measure and view, and says when the filters hide every estimate', async () => {
    const user = userEvent.setup();
    const { container } = renderWithData(<ChartPanel />, dataset);
    await user.selectOptions(screen.getByLabelText('Measure'), 'killed');
    expect(useAppStore.getState().ui.measure).toBe('killed');
    expect(mark(container, 'event:e-2024-12-19-nis-100-killed:0')).not.toBeNull();
    await user.click(screen.getByLabelText('Over time'));
    expect(container.querySelector('svg[data-chart="over-time"]')).not.toBeNull();
    expect(mark(container, 'event:e-2025-09-02-nis-2000-killed:0')).not.toBeNull();
    // The panels follow a filter just after it is set (a microtask on a small dataset).
    await act(async () =>
      useAppStore.getState().setFilters({ hiddenSources: dataset.sources.map((s) => s.id) }),
    );
    // The panel has two live regions now (the Export menu's and the empty state); this is the empty state.
    const empty = screen.getAllByRole('status').find((el) => el.classList.contains('empty-state'));
    expect(empty).toHaveTextContent(/No estimate of killed passes the current filters \(\d+ hidden/);
    expect(container.querySelector('svg')).toBeNull();
  });

  it('hides a source’s figures when the source is filtered out', async () => {
    const { container } = renderWithData(<ChartPanel />, dataset);
    await act(async () => useAppStore.getState().setFilters({ hiddenSources: ['zelensky'] }));
    expect(mark(container, 'claim:c-zelensky-over-3000')).toBeNull();
    expect(mark(container, 'claim:c-jcs-over-1100')).not.toBeNull();
  });

  it('has a table twin with the same rows', async () => {
    const user = userEvent.setup();
    renderWithData(<ChartPanel />, dataset);
    await user.click(screen.getByText('Chart data as a table'));
    const table = screen.getByRole('table');
    const zel = must(within(table).getByRole('rowheader', { name: 'Zelensky' }).closest('tr'));
    expect(zel).toHaveTextContent('more than');
    expect(zel).toHaveTextContent('3,000');
    expect(zel).toHaveTextContent('could surpass 3,000 casualties');
  });

  it('tallies an event table’s figures per source, as counts of coded events, beside the claimed totals', async () => {
    const user = userEvent.setup();
    const parsed = parseDataset(generateAcledShaped({ events: 600, sources: 12, seed: 4 }));
    if (!parsed.ok) throw new Error('generated data must be valid');
    const { container } = renderWithData(<ChartPanel />, parsed.data);
    const tallies = container.querySelectorAll('[data-estimate-key^="tally:"]');
    expect(tallies).toHaveLength(12);
    expect(container.querySelectorAll('[data-estimate-key^="claim:"]')).toHaveLength(3);
    expect(screen.getByLabelText('Tally per source')).toBeChecked();
    expect(screen.getByText(/counts of\s+events, not claimed totals/)).toBeInTheDocument();
    const first = must(tallies[0] as SVGGElement | undefined);
    expect(first.getAttribute('aria-label')).toMatch(/tally of \d+ coded events.*not a claimed total/);
    act(() => first.focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent('A count of events, not a claimed total.');
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().selection).toEqual({
      kind: 'source',
      id: first.getAttribute('data-estimate-key')?.slice(6),
    });

    await user.click(screen.getByLabelText('Each source’s latest'));
    expect(container.querySelectorAll('[data-estimate-key^="tally:"]')).toHaveLength(0);
    expect(container.querySelectorAll('[data-estimate-key^="event:"]').length).toBeGreaterThan(0);
  });

  it('draws the analyst’s range a dataset file carries, and lists it in the table twin', async () => {
    const user = userEvent.setup();
    const judged = { ...dataset, analystJudgements: { sources: [], claims: [], ranges: [assessedRange()] } };
    const { container } = renderWithData(<ChartPanel />, judged);
    expect(container.querySelector('.chart-analyst-band')).not.toBeNull();
    expect(container.querySelector('[data-part="analyst-range"]')).toHaveTextContent(
      'Analyst’s range: 1,500–4,000, best 3,000 — likely (55–80 %)',
    );
    await user.click(screen.getByText('Chart data as a table'));
    const row = must(
      within(screen.getByRole('table'))
        .getByRole('rowheader', { name: 'Analyst (own judgement)' })
        .closest('tr'),
    );
    expect(row).toHaveTextContent('likely (55–80 %)');
    expect(row).toHaveTextContent('JCS counts confirmed casualties only');
  });
});
