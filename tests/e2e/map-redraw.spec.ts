import type { Locator } from '@playwright/test';
import { expect, openDashboard, test } from './fixtures';

/** Marks every element a locator finds, so a later look can tell kept elements from new ones. */
const mark = (locator: Locator) =>
  locator.evaluateAll((els) => els.forEach((e) => e.setAttribute('data-kept', '')));

test('a filter change restyles the places and labels already on the map instead of drawing them anew', async ({
  page,
}) => {
  await openDashboard(page);
  const panel = page.getByRole('region', { name: 'Kursk area map', exact: true });
  const places = panel.locator('path.map-place');
  const labels = panel.locator('.map-label--place .map-label__text');
  await expect(places).toHaveCount(13);
  await expect(labels.first()).toBeVisible();
  // Labels are chosen anew when the map moves (it settles after the first draw): wait until they stay.
  let labelCount = 0;
  await expect
    .poll(
      async () => {
        const kept = await panel.locator('.map-label--place .map-label__text[data-kept]').count();
        labelCount = await labels.count();
        await mark(labels);
        return kept === labelCount && kept > 0;
      },
      { intervals: [700] },
    )
    .toBe(true);
  await mark(places);
  // Some places are dimmed from the start: nothing is linked to them.
  const dimmedAtFirst = await panel.locator('path.map-place.is-dimmed').count();
  expect(dimmedAtFirst).toBeLessThan(13);

  // Hiding every source leaves nothing linked to any place: each is dimmed, its count 0.
  const sources = page.getByRole('region', { name: 'Filters' }).getByRole('group', { name: /^Sources\b/ });
  await sources.getByRole('checkbox', { name: /^All\b/ }).uncheck();
  await expect(panel.locator('path.map-place.is-dimmed')).toHaveCount(13);
  await expect(panel.locator('.map-label__badge', { hasText: /^[1-9]/ })).toHaveCount(0);
  // The very same shapes and labels, restyled.
  await expect(panel.locator('path.map-place[data-kept]')).toHaveCount(13);
  await expect(panel.locator('.map-label--place .map-label__text[data-kept]')).toHaveCount(labelCount);

  await sources.getByRole('checkbox', { name: /^All\b/ }).check();
  await expect(panel.locator('path.map-place.is-dimmed')).toHaveCount(dimmedAtFirst);
  await expect(panel.locator('path.map-place[data-kept]')).toHaveCount(13);
});
