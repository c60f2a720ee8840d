/**
 * Every panel works from the data, not from the bundled article: a generated dataset with twenty
 * categories of its own, citations without links and event figures; and a file shaped like a UCDP GED
 * export (no documents, low/best/high figures, places known to the country). The fixtures fail any test
 * that logs an error or sends a request to another origin.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { generateDataset } from '../../src/data/generate';
import { expect, openDashboard, test } from './fixtures';

const generated = generateDataset({
  events: 1_500,
  claims: 40,
  sources: 25,
  seed: 17,
  categories: 20,
  linkShare: 0.3,
  figureShare: 0.5,
});
const ucdpText = readFileSync(resolve(import.meta.dirname, '../fixtures/ucdp-ged-shaped.v2.json'), 'utf8');
const ucdp = JSON.parse(ucdpText) as typeof generated;

/** Serve a dataset from the page's own origin, as a file deployed beside the bundled one would be. */
async function openWith(page: Page, name: string, body: string) {
  await page.route(`**/data/${name}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await openDashboard(page, `/?data=${name}`);
}

test('a dataset with twenty categories of its own gets twenty lanes and filters, with its labels', async ({
  page,
}) => {
  await openWith(page, 'twenty.json', JSON.stringify(generated));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(generated.title);
  const labels = generated.categories.map((c) => c.label);
  expect(labels).toHaveLength(20);

  const filters = page.getByRole('region', { name: 'Filters' });
  const group = filters.getByRole('group', { name: 'Categories' });
  await expect(group.getByRole('checkbox')).toHaveCount(20);
  for (const label of labels) await expect(group.getByText(label, { exact: true })).toBeVisible();

  const timeline = page.getByRole('region', { name: 'Timeline' });
  // One label per lane, in the dataset's order, then the overview strip's.
  await expect(timeline.locator('.timeline-lane__label')).toHaveCount(21);
  const laneLabels = await timeline.locator('.timeline-lane__label').allTextContents();
  // A name too long for the label column is cut and marked; the lane's title keeps it whole.
  laneLabels.slice(0, 20).forEach((shown, i) => {
    const full = labels[i] ?? '';
    expect(shown === full || (shown.endsWith('…') && full.startsWith(shown.slice(0, -1).trimEnd()))).toBe(
      true,
    );
  });
  expect((await timeline.locator('.timeline-axis g > title').allTextContents()).slice(0, 20)).toEqual(labels);
  const status = timeline.getByText(/^Showing [\d,]+ of 1,500 events$/);
  await expect(status).toHaveText('Showing 1,500 of 1,500 events');
  await group.getByRole('checkbox', { name: new RegExp(`^${labels[0]}`) }).uncheck();
  await expect(status).not.toHaveText('Showing 1,500 of 1,500 events');
  await expect(filters.getByRole('button', { name: /Categories: / })).toBeVisible();

  // A citation without a link is shown as text and said to have none.
  await expect(timeline.locator('.timeline-row__cites span[title$="(no link)"]').first()).toBeVisible();

  // The chart draws the dataset's own figures, with its table twin.
  const chart = page.getByRole('region', { name: 'Estimate disparity', exact: true });
  await expect(chart.locator('[data-estimate-key]').first()).toBeAttached();
});

test('a file shaped like a UCDP GED export opens in every panel: no documents, low/best/high figures', async ({
  page,
}) => {
  await openWith(page, 'ucdp.json', ucdpText);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ucdp.title);

  const group = page.getByRole('region', { name: 'Filters' }).getByRole('group', { name: 'Categories' });
  await expect(group.getByRole('checkbox')).toHaveCount(3);
  await expect(group).toContainText('State-based violence');

  const documents = page.getByRole('region', { name: 'Documents and claims' });
  await expect(documents).toContainText('This dataset holds no documents');

  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByText('Showing 6 of 6 events')).toBeVisible();
  await timeline.getByRole('button', { name: /Avdiivka/ }).click();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText('between 10 and 60, best 24');
  await expect(details).toContainText('a coded figure');
  await expect(details).toContainText('(no link)');
  await expect(details).toContainText('State-based violence');

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});
