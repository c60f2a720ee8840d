import type { Page } from '@playwright/test';
import { allEventsShown, bundledFile, expect, openDashboard, test } from './fixtures';

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const items = (page: Page) => timeline(page).getByRole('list', { name: 'Timeline items' });

test('an event selected in the timeline is highlighted on the map and in the article, and its detail opens', async ({
  page,
}) => {
  await openDashboard(page);
  const map = page.getByRole('region', { name: 'Kursk area map', exact: true });
  await expect(map.locator('path.map-place.is-highlighted')).toHaveCount(0);

  await timeline(page)
    .locator('[data-timeline-scroll]')
    .evaluate((el) => (el.scrollTop = 1500));
  const row = items(page).getByRole('button', { name: /GUR says at least 30 North Koreans/ });
  await row.click();
  await expect(row).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/sel=event:e-2024-12-16-gur-plekhovo/);

  // The map marks its places, the article its sentence, the axis the item.
  await expect(map.locator('path.map-place.is-highlighted').first()).toBeAttached();
  expect(await map.locator('path.map-place.is-highlighted').count()).toBeGreaterThanOrEqual(5);
  const article = page.getByRole('region', { name: 'Documents and claims' });
  await expect(article.locator('mark.claim-mark.is-related').first()).toBeVisible();
  await expect(timeline(page).locator('.timeline-mark.is-selected')).toHaveCount(1);

  const detail = page
    .getByRole('region', { name: 'Details' })
    .getByRole('article', { name: 'Selected event' });
  await expect(detail).toContainText('Citations');
  await expect(detail.locator('blockquote').first()).toBeVisible();

  // A claim chosen in the detail is selected in the article too.
  await detail
    .getByRole('button', { name: /^C\d+:/ })
    .first()
    .click();
  await expect(article.locator('mark.claim-mark.is-selected').first()).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('article', { name: 'Selected claim' }),
  ).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Details' })).toHaveCount(0);
  // The selection leaves the link (the map may have moved to show the event's places: that view stays).
  await expect(page).not.toHaveURL(/[?&]sel=/);
});

test('a link with a selection scrolls the timeline to it and opens the detail', async ({ page }) => {
  await openDashboard(page, '/?sel=event:e-2025-04-26-gerasimov-acknowledges');
  const row = items(page).locator('[data-item-id="e-2025-04-26-gerasimov-acknowledges"]');
  await expect(row).toHaveClass(/is-selected/);
  // The list has scrolled to the row (the list may itself be below the axis in its panel); the axis
  // marks the event where it is in view.
  const list = await timeline(page).locator('[data-timeline-scroll]').boundingBox();
  const rowBox = await row.boundingBox();
  expect(
    rowBox && list && rowBox.y >= list.y - 1 && rowBox.y + rowBox.height <= list.y + list.height + 1,
  ).toBe(true);
  await expect(timeline(page).locator('.timeline-mark.is-selected')).toBeInViewport();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Gerasimov');
});

test('the timeline works from the keyboard: arrows move between items, Enter selects', async ({ page }) => {
  await openDashboard(page);
  const first = items(page).getByRole('button').first();
  await first.focus();
  await expect(first).toBeFocused();
  const row = (i: number) => items(page).locator(`[data-index="${i}"] button.timeline-row__main`);
  await page.keyboard.press('ArrowDown');
  await expect(row(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(row(2)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(items(page).locator('[data-index="2"] button.timeline-row__main')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('End');
  await expect(items(page).locator('[data-index="78"] button.timeline-row__main')).toBeFocused();
});

test('dragging a brush on the overview narrows the dates for every panel; bins zoom in', async ({ page }) => {
  await openDashboard(page);
  const hit = timeline(page).locator('.timeline-overview__hit');
  await hit.scrollIntoViewIfNeeded();
  const box = await hit.boundingBox();
  if (!box) throw new Error('no overview');
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  await expect(
    timeline(page).getByText(new RegExp(`^Showing \\d+ of ${bundledFile.events.length} events$`)),
  ).not.toHaveText(allEventsShown);
  await expect(
    page.getByRole('region', { name: 'Filters' }).getByLabel('From', { exact: true }),
  ).not.toHaveValue('');
  await timeline(page).getByRole('button', { name: 'Show all dates' }).click();
  await expect(
    timeline(page).getByText(new RegExp(`^Showing \\d+ of ${bundledFile.events.length} events$`)),
  ).toHaveText(allEventsShown);
});
