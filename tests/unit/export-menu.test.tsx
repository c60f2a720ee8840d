import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../src/components/ExportMenu';
import { mapSummary } from '../../src/features/map/map-export';
import { placeViews } from '../../src/features/map/place-model';
import { relatedTo } from '../../src/data/related';
import { shownMasks } from '../../src/data/filter';
import { DEFAULT_FILTERS } from '../../src/data/filters';
import { dayNumber } from '../../src/data/dates';
import { allTimelineItems, timelineLanes } from '../../src/features/timeline/timeline-model';
import { timelineSummary } from '../../src/features/timeline/timeline-summary';
import { cleanMarking, MARKING_KEY, resetMarkingStore, useMarkingStore } from '../../src/state/marking';
import { bundledDataset, makeDataset } from './helpers/factories';
import { renderWithData } from './helpers/render';

const dataset = makeDataset();

function renderMenu(getSvg = () => null) {
  return renderWithData(
    <ExportMenu view="chart" viewTitle="Estimate disparity" getSvg={getSvg} summary="A summary." />,
    dataset,
  );
}

beforeEach(() => {
  localStorage.clear();
  void resetMarkingStore();
});
afterEach(() => vi.restoreAllMocks());

describe('ExportMenu', () => {
  it('is a menu button named for its view; arrows move, Escape returns focus', async () => {
    const user = userEvent.setup();
    renderMenu();
    const button = screen.getByRole('button', { name: 'Export chart' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await user.keyboard('{ArrowDown}');
    const menu = screen.getByRole('menu', { name: 'Export chart' });
    const items = screen.getAllByRole('menuitem');
    await waitFor(() => expect(items[0]).toHaveFocus());
    expect(items.map((i) => i.textContent)).toEqual([
      'PNG image (2×, as on screen)',
      'PNG image, 16:9 slide (2×)',
      'PNG image, A4 landscape (2×)',
      'SVG image',
      'Copy image (PNG) to the clipboard',
      'PowerPoint slide (.pptx)',
      'CSV data: the filtered claims and events',
      'JSON data: the filtered dataset',
      'Handling marking…',
    ]);
    await user.keyboard('{ArrowUp}');
    expect(items.at(-1)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{End}');
    expect(items.at(-1)).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(menu).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('says so, without blocking, when the view has nothing drawn to export', async () => {
    const user = userEvent.setup();
    renderMenu();
    await user.click(screen.getByRole('button', { name: 'Export chart' }));
    await user.click(screen.getByRole('menuitem', { name: 'SVG image' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Could not export the SVG: The chart is not drawn yet; try again when it is shown.',
      ),
    );
  });

  it('downloads the CSV with a meaningful name', async () => {
    const user = userEvent.setup();
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    URL.createObjectURL = vi.fn(() => 'blob:test');
    URL.revokeObjectURL = vi.fn();
    renderMenu();
    await user.click(screen.getByRole('button', { name: 'Export chart' }));
    await user.click(screen.getByRole('menuitem', { name: /^CSV data/ }));
    await waitFor(() => expect(clicks).toHaveLength(1));
    expect(clicks[0]).toMatch(/^test-dataset_claims-events_\d{4}-\d{2}-\d{2}_\d{4}Z\.csv$/);
    expect(screen.getByRole('status')).toHaveTextContent(/2 claims and 1 events/);
  });

  it('sets the handling marking once and keeps it in this browser', async () => {
    const user = userEvent.setup();
    renderMenu();
    await user.click(screen.getByRole('button', { name: 'Export chart' }));
    await user.click(screen.getByRole('menuitem', { name: 'Handling marking…' }));
    await user.type(screen.getByLabelText('Marking line'), 'OFFICIAL   for   briefing');
    await user.click(screen.getByRole('button', { name: 'Save marking' }));
    expect(useMarkingStore.getState().marking).toBe('OFFICIAL for briefing');
    expect(localStorage.getItem(MARKING_KEY)).toContain('OFFICIAL for briefing');
    useMarkingStore.setState({ marking: '' }, false);
    localStorage.setItem(
      MARKING_KEY,
      JSON.stringify({ state: { marking: 'OFFICIAL for briefing' }, version: 0 }),
    );
    await resetMarkingStore();
    expect(useMarkingStore.getState().marking).toBe('OFFICIAL for briefing');
  });

  it('says what saving would drop, and keeps a marking an earlier version stored as a bare line', async () => {
    const user = userEvent.setup();
    renderMenu();
    await user.click(screen.getByRole('button', { name: 'Export chart' }));
    await user.click(screen.getByRole('menuitem', { name: 'Handling marking…' }));
    const field = screen.getByLabelText('Marking line');
    await user.click(field);
    await user.paste(`SECRET\u202E${'x'.repeat(300)}`);
    const dialog = screen.getByRole('dialog', { name: 'Handling marking' });
    expect(dialog).toHaveTextContent('Control and text-direction characters are removed');
    expect(dialog).toHaveTextContent('Only the first 200 characters are kept: this line has 306.');

    localStorage.setItem(MARKING_KEY, 'OFFICIAL – written by an earlier version');
    await resetMarkingStore();
    expect(useMarkingStore.getState().marking).toBe('OFFICIAL – written by an earlier version');
  });

  it('applies for the session and says so when the browser will not store it', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    useMarkingStore.getState().setMarking('OFFICIAL');
    await waitFor(() => expect(useMarkingStore.getState().problem).toMatch(/would not store the marking/));
    expect(useMarkingStore.getState().marking).toBe('OFFICIAL');
    setItem.mockRestore();
  });
});

describe('the marking', () => {
  it('is one trimmed line of bounded length', () => {
    expect(cleanMarking('  a\n b  ')).toBe('a b');
    expect(cleanMarking('x'.repeat(500))).toHaveLength(200);
    expect(cleanMarking('A\u0001B\uFFFEC\u202ED')).toBe('ABCD');
  });

  it('clears when saved empty', () => {
    useMarkingStore.getState().setMarking('SECRET');
    useMarkingStore.getState().setMarking('   ');
    expect(localStorage.getItem(MARKING_KEY)).not.toContain('SECRET');
    expect(useMarkingStore.getState().marking).toBe('');
  });
});

describe('the map summary (slide notes)', () => {
  it('says how many places, how precise, and which carry claims or events', () => {
    const bundled = bundledDataset();
    const { views } = placeViews(bundled, shownMasks(bundled, DEFAULT_FILTERS), relatedTo(bundled, null));
    const text = mapSummary(views, 'Kursk area');
    expect(text).toMatch(
      /^The map of the Kursk area shows \d+ places of the dataset: \d+ at exact coordinates/,
    );
    expect(text).toContain('Sudzha (exact;');
  });

  it('says when nothing is drawn', () => {
    expect(mapSummary([], 'Kursk area')).toBe('The map of the Kursk area shows no places of the dataset.');
    expect(mapSummary([], null)).toBe('The map of the dataset’s places shows no places of the dataset.');
  });
});

describe('the timeline summary (slide notes)', () => {
  it('counts events and claims in view by lane and says how precise their dates are', () => {
    const bundled = bundledDataset();
    const items = allTimelineItems(bundled);
    const range = { start: dayNumber('2024-01-01'), end: dayNumber('2025-12-31') };
    const lanes = timelineLanes(bundled).filter((l) =>
      ['deployment', 'casualty-estimate'].includes(l.category.id),
    );
    const text = timelineSummary(items, lanes, range);
    expect(text).toMatch(
      /^The timeline shows \d+ events and \d+ claims from 1 Jan 2024 – 31 Dec 2025, in lanes by category: Deployment \d+, Casualty estimate \d+\./,
    );
    expect(text).toMatch(/known only to the month \(drawn as spans\)/);
  });

  it('says when nothing is in view', () => {
    const range = { start: dayNumber('2000-01-01'), end: dayNumber('2000-01-31') };
    expect(timelineSummary([], timelineLanes(bundledDataset()), range)).toBe(
      'The timeline shows no event or claim from 1 Jan 2000 – 31 Jan 2000 under the current filters.',
    );
  });
});
