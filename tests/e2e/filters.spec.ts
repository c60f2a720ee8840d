import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { allEventsShown, bundledFile, expect, openDashboard, test } from './fixtures';

const timelineStatus = (page: Page) =>
  page.getByRole('region', { name: 'Timeline' }).getByText(/^Showing [\d,]+ of [\d,]+ events$/);
const filters = (page: Page) => page.getByRole('region', { name: 'Filters' });
const chart = (page: Page) => page.getByRole('region', { name: 'Estimate disparity', exact: true });

test('unchecking a source changes the timeline count, the chart and the URL; reloading the link restores it', async ({
  page,
}) => {
  await openDashboard(page);
  await expect(page).toHaveURL(/\/$/); // the default view keeps the URL clean
  await expect(timelineStatus(page)).toHaveText(allEventsShown);
  const zelenskyMark = chart(page).locator('svg [data-estimate-key="claim:c-zelensky-over-3000"]');
  await expect(zelenskyMark).toHaveCount(1);

  const zelensky = filters(page).getByRole('checkbox', { name: /^Volodymyr Zelensky/ });
  await zelensky.uncheck();
  await expect(timelineStatus(page)).not.toHaveText(allEventsShown);
  // The chart follows: Zelensky's figure is gone, and the disparity is no longer Kyiv against Seoul.
  await expect(zelenskyMark).toHaveCount(0);
  await expect(chart(page).getByTestId('chart-disparity')).not.toContainText('Zelensky');
  const shown = await timelineStatus(page).textContent();
  await expect(page).toHaveURL(/[?&]hide=zelensky(&|$)/);
  await expect(page).toHaveURL(/[?&]ds=nk-troops-kursk-2024-12@\d+\.\d+\.\d+/);
  await expect(filters(page).getByRole('status')).toContainText(
    new RegExp(`\\d+ of ${bundledFile.events.length} events`),
  );

  const historyLength = await page.evaluate(() => history.length);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(zelensky).not.toBeChecked();
  await expect(timelineStatus(page)).toHaveText(shown ?? '');
  await expect(zelenskyMark).toHaveCount(0);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);

  // One click removes it again, and the URL is clean.
  await filters(page)
    .getByRole('button', { name: /Remove filter Hidden: Zelensky/ })
    .click();
  await expect(timelineStatus(page)).toHaveText(allEventsShown);
  await expect(page).toHaveURL(/\/$/);
});

test('narrowing the dates and searching: every panel agrees, and a copied link reproduces the view', async ({
  page,
  context,
}) => {
  await openDashboard(page);
  await filters(page).getByLabel('From', { exact: true }).fill('2024-12-01');
  await filters(page).getByLabel('To', { exact: true }).fill('2024-12-31');
  await expect(page).toHaveURL(/from=2024-12-01&to=2024-12-31/);
  const datesOnly = (await timelineStatus(page).textContent()) ?? '';
  await filters(page).getByLabel('Search quotes, descriptions and citations').fill('Zelensky');
  await expect(page).toHaveURL(/from=2024-12-01&to=2024-12-31&q=Zelensky/);
  // The search applies a moment later (it is deferred so typing stays responsive).
  await expect(timelineStatus(page)).not.toHaveText(datesOnly);
  const status = await timelineStatus(page).textContent();
  const claims = await page
    .getByRole('region', { name: 'Documents and claims' })
    .getByText(new RegExp(` of ${bundledFile.claims.length} shown\\)`))
    .textContent();

  const other = await context.newPage();
  await openDashboard(other, page.url().replace(/^https?:\/\/[^/]+/, ''));
  await expect(timelineStatus(other)).toHaveText(status ?? '');
  await expect(
    other
      .getByRole('region', { name: 'Documents and claims' })
      .getByText(new RegExp(` of ${bundledFile.claims.length} shown\\)`)),
  ).toHaveText(claims ?? '');
  await expect(filters(other).getByLabel('From', { exact: true })).toHaveValue('2024-12-01');
  await other.close();
});

test('a malformed link falls back to defaults; a link for another version says so', async ({ page }) => {
  await openDashboard(
    page,
    `/?from=2024-02-30&hide=__proto__,nobody&sel=event:nope&q=${'x'.repeat(5000)}&map=999,1,1`,
  );
  await expect(timelineStatus(page)).toHaveText(allEventsShown);
  await expect(page).toHaveURL(/\/$/);

  await openDashboard(page, '/?ds=nk-troops-kursk-2024-12@0.1.0&cat=pact');
  await expect(page.getByText(/This link was made for version 0\.1\.0/)).toBeVisible();
  await expect(filters(page).getByRole('checkbox', { name: /^Deployment/ })).not.toBeChecked();
  await expect(filters(page).getByRole('checkbox', { name: /^Pact/ })).toBeChecked();
});

test('axe finds no violation on the dashboard with filters, timeline and an open detail', async ({
  page,
}) => {
  // axe takes a while on a busy machine; the whole page is also checked in dashboard.spec.ts.
  test.setTimeout(60_000);
  await openDashboard(page);
  await filters(page)
    .getByRole('checkbox', { name: /^Volodymyr Zelensky/ })
    .uncheck();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await timeline.getByRole('list', { name: 'Timeline items' }).getByRole('button').first().click();
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('article')).toBeVisible();
  const results = await new AxeBuilder({ page })
    .include('.area-filters')
    .include('.area-timeline')
    .include('.details-overlay')
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' | ')})`),
  ).toEqual([]);
});
