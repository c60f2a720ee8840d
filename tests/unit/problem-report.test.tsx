/** The problem report every refused file is shown with: exact total, groups to expand, CSV of all. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProblemReport } from '../../src/components/ProblemReport';
import type { DataIssue, Problems } from '../../src/data/validate';
import { parseCsv } from '../e2e/helpers/csv';

const issue = (i: number, field: string, message: string): DataIssue => ({
  path: `events[${i}].${field}`,
  row: `events[${i}] (e-${i})`,
  field,
  message,
});

/** 903 undeclared categories, 250 unknown places (each a different one), one bad date. */
const problems: Problems = {
  issues: [
    ...Array.from({ length: 903 }, (_, i) => issue(i, 'category', 'not declared')),
    ...Array.from({ length: 250 }, (_, i) => issue(i * 2, 'placeIds[0]', `refers to unknown place "p-${i}"`)),
    issue(7, 'date.date', 'is not a real calendar date'),
  ],
};

function renderReport(p: Problems = problems) {
  return render(<ProblemReport problems={p} label="Problems in the imported file" fileName="acled.json" />);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ProblemReport', () => {
  it('heads the report with the exact total and lists the groups, largest first, with their first rows', () => {
    renderReport();
    const report = screen.getByRole('region', { name: 'Problems in the imported file' });
    expect(within(report).getByRole('heading', { level: 2 })).toHaveTextContent('1,154 problems in 3 groups');
    const groups = within(report).getByRole('list', { name: 'Problem groups, largest first' });
    const toggles = within(groups).getAllByRole('button');
    expect(toggles).toHaveLength(3);
    expect(toggles[0]).toHaveAccessibleName('events › category: not declared — 903 rows');
    expect(toggles[1]).toHaveAccessibleName('events › placeIds[]: refers to unknown place "…" — 250 rows');
    expect(toggles[2]).toHaveAccessibleName('events › date.date: is not a real calendar date — 1 row');
    expect(toggles.every((b) => b.getAttribute('aria-expanded') === 'false')).toBe(true);
    expect(groups).toHaveTextContent('events[0] (e-0), events[1] (e-1), events[2] (e-2), …');
    expect(groups).toHaveTextContent('events[0] (e-0), events[2] (e-2), events[4] (e-4), …');
  });

  it('opens a group from the keyboard to its rows, a hundred at a time', async () => {
    const user = userEvent.setup();
    renderReport();
    const toggle = screen.getByRole('button', { name: /^events › placeIds\[\]/ });
    await user.tab();
    await user.tab();
    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const rows = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(rows).toBeVisible();
    const items = () => within(rows as HTMLElement).getAllByRole('listitem');
    expect(items()).toHaveLength(100);
    expect(items()[1]).toHaveTextContent('events[2] (e-2) › placeIds[0]: refers to unknown place "p-1"');

    await user.click(screen.getByRole('button', { name: 'Show 100 more of 150 (all are in the CSV)' }));
    await user.click(screen.getByRole('button', { name: 'Show 50 more of 50 (all are in the CSV)' }));
    expect(items()).toHaveLength(250);
    expect(screen.queryByRole('button', { name: /^Show \d+ more of/ })).not.toBeInTheDocument();
    // The vanished button's focus went back to the group.
    expect(toggle).toHaveFocus();
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(rows).not.toBeVisible();
  });

  it('downloads every problem as CSV, named after the file', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    renderReport();
    await user.click(screen.getByRole('button', { name: 'Download all problems (CSV)' }));
    expect(names).toEqual([expect.stringMatching(/^acled_problems_\d{4}-\d{2}-\d{2}_\d{4}Z\.csv$/)]);
    const rows = parseCsv(await (blobs[0] as Blob).text());
    expect(rows).toHaveLength(1 + 1_154);
    expect(rows[1]).toEqual(['events[0] (e-0)', 'category', 'not declared']);
    expect(rows.at(-1)).toEqual(['events[7] (e-7)', 'date.date', 'is not a real calendar date']);
  });

  it('says "at least" when the checks stopped at their cap', () => {
    renderReport({ ...problems, capped: true });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'At least 1,154 problems in 3 groups',
    );
    expect(screen.getByText(/The checks stopped after 1,154 problems/)).toBeInTheDocument();
  });

  it('draws many groups a step at a time', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 60 }, (_, i) => issue(i, `field${i}`, 'must not be empty'));
    renderReport({ issues: many });
    const groups = screen.getByRole('list', { name: 'Problem groups, largest first' });
    expect(within(groups).getAllByRole('listitem')).toHaveLength(25);
    await user.click(screen.getByRole('button', { name: 'Show 25 more of 35 groups' }));
    expect(screen.getByRole('button', { name: /^events › field25:/ })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Show 10 more of 10 groups' }));
    expect(within(groups).getAllByRole('listitem')).toHaveLength(60);
    expect(screen.getByRole('button', { name: /^events › field50:/ })).toHaveFocus();
  });
});
