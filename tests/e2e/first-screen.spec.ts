/**
 * What the first screen loads: code that only editing, exporting or a phone's lower panels need is loaded
 * when it is needed, each such part saying that it loads and, if its code cannot be had, what failed.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openDashboard, test } from './fixtures';

const mapRegion = (page: Page) => page.locator('section.area-map');

test.describe('on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 } });

  test('the map below the first screen is loaded and drawn when the page scrolls to it', async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await openDashboard(page);
    await expect(
      page.getByRole('region', { name: 'Estimate disparity' }).locator('svg').first(),
    ).toBeVisible();
    const map = mapRegion(page);
    await expect(map.getByText('The map is drawn when it scrolls into view.')).toBeAttached();
    expect(asked.filter((p) => /MapPanel|basemap\//.test(p))).toEqual([]);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

    await map.scrollIntoViewIfNeeded();
    await expect(map.locator('.leaflet-container')).toBeVisible();
    await expect(
      map.locator('.leaflet-places-pane canvas, .leaflet-places-pane svg path').first(),
    ).toBeAttached();
    expect(asked.some((p) => p.startsWith('/basemap/'))).toBe(true);
  });
});

test('the editing forms load when first opened, and say what failed when their code cannot be had', async ({
  page,
  guards,
}) => {
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.route(/\/assets\/EditorDialogs-[\w-]+\.js$/, (route) => route.abort('connectionfailed'));
  guards.allowConsoleErrors(/Failed to load resource|dynamically imported module|EditorDialogs/);
  await openDashboard(page);
  expect(asked.filter((p) => /EditorDialogs|EditingTools|export-build|DetailPanel/.test(p))).toEqual([]);

  await page.getByRole('button', { name: 'New dataset' }).click();
  await expect(page.getByRole('alert')).toContainText('The editing form could not be loaded');
  // The rest of the page still answers.
  await expect(page.getByRole('button', { name: 'Hide filters' })).toBeEnabled();
  await page.getByRole('button', { name: 'Hide filters' }).click();
  await expect(page.getByRole('button', { name: 'Show filters' })).toBeVisible();
});

test('the chart says its disparity before its drawing’s code is asked for, and what failed when it cannot be had', async ({
  page,
  guards,
}) => {
  // When the drawing's code was asked for, against the page's mark for its first screen.
  const asked: number[] = [];
  await page.route(/\/assets\/DisparityChart-[\w-]+\.js$/, async (route) => {
    asked.push(await page.evaluate(() => performance.now()));
    await route.abort('connectionfailed');
  });
  guards.allowConsoleErrors(/Failed to load resource|dynamically imported module|DisparityChart/);
  await openDashboard(page);
  const chart = page.getByRole('region', { name: 'Estimate disparity' });
  await expect(chart.getByRole('alert')).toContainText('The chart could not be loaded');
  const firstScreen = await page.evaluate(() => performance.getEntriesByName('first-screen')[0]?.startTime);
  expect(asked.length).toBeGreaterThan(0);
  expect(asked.every((t) => t > (firstScreen ?? Infinity))).toBe(true);
  // What the panel says in words stays: the disparity, the summary and the table twin.
  await expect(chart.getByTestId('chart-disparity')).toContainText('×');
  await expect(chart.locator('.chart-summary')).not.toBeEmpty();
  await chart.getByText('Chart data as a table').click();
  await expect(chart.getByRole('table')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide filters' })).toBeEnabled();
});
