import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, openDashboard, test } from './fixtures';

const chartRegion = (page: Page) => page.getByRole('region', { name: 'Estimate disparity', exact: true });
const mark = (panel: Locator, key: string) => panel.locator(`[data-estimate-key="${key}"]`);

/** Where an element is drawn on the page (svg shapes included). */
const box = (locator: Locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });

async function openChart(page: Page, path = '/') {
  await openDashboard(page, path);
  const panel = chartRegion(page);
  await expect(panel.locator('svg[data-chart]')).toBeVisible();
  return panel;
}

test('opening the app draws JCS and Zelensky with their bounds, the deployed force and the disparity', async ({
  page,
}) => {
  const panel = await openChart(page);
  await expect(panel.getByTestId('chart-disparity')).toContainText('Zelensky’s figure is 2.7× ROK JCS’s');
  await expect(panel.getByTestId('chart-disparity')).toContainText('floors');

  // One self-contained svg, drawn by recharts at an explicit size.
  const svg = panel.locator('svg[data-chart="disparity"]');
  await expect(svg).toHaveClass(/recharts-surface/);
  const width = await svg.getAttribute('width');
  await expect(svg).toHaveAttribute('viewBox', new RegExp(`^0 0 ${width} \\d+$`));

  const jcs = mark(panel, 'claim:c-jcs-over-1100');
  const zel = mark(panel, 'claim:c-zelensky-over-3000');
  await expect(jcs).toContainText('> 1,100');
  await expect(zel).toContainText('> 3,000');

  // Real geometry: Zelensky's point lies about 2.7× as far from the axis's 0 as JCS's.
  const jcsPoint = await box(jcs.locator('[data-part="point"]'));
  const zelPoint = await box(zel.locator('[data-part="point"]'));
  const zeroTick = await box(svg.locator('.recharts-xAxis-tick-labels text', { hasText: /^0$/ }).first());
  const zero = zeroTick.x + zeroTick.width / 2;
  const ratio = (zelPoint.x + zelPoint.width / 2 - zero) / (jcsPoint.x + jcsPoint.width / 2 - zero);
  expect(ratio).toBeGreaterThan(2.5);
  expect(ratio).toBeLessThan(2.9);
  // The lowest figure is listed first, at the top.
  const gur = await box(mark(panel, 'event:e-2024-12-14-assaults-gur-200:0').locator('[data-part="point"]'));
  expect(gur.y).toBeLessThan(jcsPoint.y);
  // Open-ended: an arrowhead to the right of each point, at the plot's edge.
  const arrow = await box(zel.locator('[data-part="open-end"]'));
  expect(arrow.x).toBeGreaterThan(zelPoint.x + 100);
  // The article's blend is a range: a bar from 1,100 to 3,000.
  const blend = await box(mark(panel, 'claim:c-jcs-blend-1100-3000').locator('[data-part="range"]'));
  expect(Math.abs(blend.x - (jcsPoint.x + jcsPoint.width / 2))).toBeLessThan(3);
  expect(Math.abs(blend.x + blend.width - (zelPoint.x + zelPoint.width / 2))).toBeLessThan(3);
  // "About 200": a point in a band of ± 10 %.
  await expect(
    mark(panel, 'event:e-2024-12-14-assaults-gur-200:0').locator('[data-part="approximation-band"]'),
  ).toBeAttached();
  // The deployed force, to the right of every casualty figure, labelled as a different measure.
  const force = panel.locator('[data-part="deployed-force"]');
  await expect(force).toContainText('Deployed force: about 12,000 (10,000–12,000 across sources)');
  await expect(force).toContainText('a different measure');
  const band = await box(panel.locator('.chart-force-band'));
  expect(band.x).toBeGreaterThan(zelPoint.x);
  const line = await box(panel.locator('.chart-force-line line'));
  expect(line.x).toBeGreaterThan(band.x);

  // The text summary describes the chart.
  const describedBy = await svg.getAttribute('aria-describedby');
  await expect(page.locator(`[id="${describedBy}"]`)).toContainText(
    'ROK JCS: more than 1,100 killed and wounded',
  );
  // Origin by fill, readable in greyscale: article claims filled, context figures hollow.
  expect(await jcs.locator('[data-part="point"]').getAttribute('fill')).not.toBe('#ffffff');
  expect(
    await mark(panel, 'event:e-2024-12-14-assaults-gur-200:0')
      .locator('[data-part="point"]')
      .getAttribute('fill'),
  ).toBe('#ffffff');
});

test('the share scale puts each figure against the deployed force', async ({ page }) => {
  const panel = await openChart(page);
  await panel.getByLabel('Share of deployed force').check();
  await expect(mark(panel, 'claim:c-zelensky-over-3000')).toContainText('> 25 %');
  await expect(panel.locator('[data-part="deployed-force"]')).toContainText('Deployed force = 100 %');
  await expect(panel.locator('[data-part="force-spread"]').first()).toBeAttached();
  await expect(panel.locator('.recharts-xAxis-tick-labels')).toContainText('%');
});

test('the table twin has the same rows as the chart, with bounds and quotes', async ({ page }) => {
  const panel = await openChart(page);
  const marks = await panel.locator('svg [data-estimate-key]').count();
  await panel.getByText('Chart data as a table').click();
  const table = panel.getByRole('table');
  await expect(table.locator('tbody tr')).toHaveCount(marks);
  const row = table.locator('tr[data-table-key="claim:c-zelensky-over-3000"]');
  await expect(row).toContainText('more than');
  await expect(row).toContainText('could surpass 3,000 casualties');
});

test('the measure picker and the over-time view', async ({ page }) => {
  const panel = await openChart(page);
  await panel.getByLabel('Measure').selectOption({ label: 'Killed' });
  await expect(mark(panel, 'event:e-2024-12-19-nis-100-killed:0')).toContainText('≥ 100');
  await expect(mark(panel, 'claim:c-jcs-over-1100')).toHaveCount(0);

  await panel.getByLabel('Measure').selectOption({ label: 'Killed and wounded' });
  await panel.getByLabel('Over time').check();
  const svg = panel.locator('svg[data-chart="over-time"]');
  await expect(svg).toBeVisible();
  const article = await box(svg.locator('.chart-article-date line'));
  const later = await box(mark(panel, 'event:e-2025-04-30-nis-4700:0').locator('[data-part="point"]'));
  const earlier = await box(
    mark(panel, 'event:e-2024-12-14-assaults-gur-200:0').locator('[data-part="point"]'),
  );
  expect(later.x).toBeGreaterThan(article.x);
  expect(earlier.x).toBeLessThan(article.x);
  // Higher figures are drawn higher.
  expect(later.y).toBeLessThan(earlier.y);
  await expect(svg.locator('.chart-series--nis path')).toBeAttached();
  await expect(svg.locator('text', { hasText: 'Article (23 Dec 2024)' })).toBeAttached();
  // Month ticks carry the year where it starts.
  await expect(svg.locator('.recharts-xAxis-tick-labels')).toContainText('Jan 2025');
});

test('from the keyboard: Tab to the marks, arrows to a mark, its quote shown, Enter selects its claim', async ({
  page,
}) => {
  const panel = await openChart(page);
  await panel.getByLabel('Numbers').focus();
  const focusedKey = () =>
    page.evaluate(() => document.activeElement?.getAttribute('data-estimate-key') ?? null);
  for (let i = 0; i < 6 && (await focusedKey()) === null; i++) await page.keyboard.press('Tab');
  // The chart is one Tab stop, at its first mark (the lowest figure, at the top).
  expect(await focusedKey()).toBe('event:e-2024-12-14-assaults-gur-200:0');
  await page.keyboard.press('End');
  expect(await focusedKey()).toBe('claim:c-zelensky-over-3000');
  await page.keyboard.press('ArrowUp');
  expect(await focusedKey()).toBe('claim:c-jcs-blend-1100-3000');
  await page.keyboard.press('ArrowDown');
  expect(await focusedKey()).toBe('claim:c-zelensky-over-3000');
  // The next Tab leaves the chart: every other mark is out of the Tab order.
  await expect(panel.locator('[data-estimate-key][tabindex="0"]')).toHaveCount(1);
  const tooltip = panel.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('the figure could surpass 3,000 casualties');
  await expect(tooltip).toContainText('reliability C');
  await expect(tooltip).toContainText('23 Dec 2024');
  // The tooltip sits by its mark.
  const tip = await box(tooltip);
  const point = await box(mark(panel, 'claim:c-zelensky-over-3000').locator('[data-part="point"]'));
  expect(Math.abs(tip.y - (point.y + point.height / 2))).toBeLessThan(40);
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  await page.keyboard.press('Enter');
  const zel = mark(panel, 'claim:c-zelensky-over-3000');
  await expect(zel).toHaveAttribute('aria-pressed', 'true');
  await expect(zel).toHaveAttribute('data-selected', 'true');
  // Focus stays on the mark through the selection; the next Tab goes on from there.
  expect(await focusedKey()).toBe('claim:c-zelensky-over-3000');
  // The article panel follows the shared selection.
  await expect(
    page
      .getByRole('region', { name: 'Documents and claims' })
      .locator('[data-claim-ref="c-zelensky-over-3000"]'),
  ).toHaveAttribute('aria-pressed', 'true');
});

test('axe finds no accessibility violation in the chart panel, with a tooltip and the table open', async ({
  page,
}) => {
  const panel = await openChart(page);
  await panel.getByText('Chart data as a table').click();
  await mark(panel, 'claim:c-jcs-over-1100').focus();
  await expect(panel.getByRole('tooltip')).toBeVisible();
  const results = await new AxeBuilder({ page }).include('.area-chart').analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' | ')})`),
  ).toEqual([]);
  await panel.getByLabel('Over time').check();
  const again = await new AxeBuilder({ page }).include('.area-chart').analyze();
  expect(again.violations.map((v) => v.id)).toEqual([]);
});

test('a claim selected in the article is highlighted in the chart', async ({ page }) => {
  const panel = await openChart(page);
  await page
    .getByRole('region', { name: 'Documents and claims' })
    .locator('[data-claim-ref="c-jcs-over-1100"]')
    .click();
  await expect(mark(panel, 'claim:c-jcs-over-1100')).toHaveAttribute('data-selected', 'true');
  await expect(mark(panel, 'claim:c-zelensky-over-3000')).not.toHaveAttribute('data-selected', 'true');
});
