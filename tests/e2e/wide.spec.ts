/**
 * A wide dataset, shaped like a real monitor's export (20,000 events, 1,500 sources, 8,000 places): the
 * Filters panel draws only the source rows in view, a source far down the list is reached by the keys and
 * by the list's search and filters when toggled, and a link holding a compact set opens with it applied.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { writeIdSet } from '../../src/data/filters/id-set-param';
import { generateDataset } from '../../src/data/generate';
import { expect, openDashboard, test } from './fixtures';

const input = generateDataset({ events: 20_000, claims: 60, sources: 1_500, places: 8_000, seed: 25 });
const body = JSON.stringify(input);
const sourceIds = input.sources.map((s) => s.id);
const placeIds = input.places.map((p) => p.id);

/** Events the filters show, by the rule the app states: some source shown, and some place shown if any are chosen. */
function eventsShown(hidden: ReadonlySet<string>, places?: ReadonlySet<string>): string {
  const n = input.events.filter(
    (e) =>
      e.sourceIds.some((id) => !hidden.has(id)) &&
      (!places || (e.placeIds ?? []).some((id) => places.has(id))),
  ).length;
  return `Showing ${n.toLocaleString('en-GB')} of 20,000 events`;
}

async function openWide(page: Page, query = '') {
  test.setTimeout(120_000);
  await page.route('**/data/wide.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await openDashboard(page, `/?data=wide.json${query}`);
}

const rail = (page: Page) => page.getByRole('region', { name: 'Filters' });
const status = (page: Page) => page.getByRole('region', { name: 'Timeline' }).getByText(/^Showing [\d,]+ of/);

test('the Filters panel draws a few dozen of 1,500 sources; one far down is reached by keys and by search, and filters', async ({
  page,
}) => {
  await openWide(page);
  await expect(status(page)).toHaveText(eventsShown(new Set()), { timeout: 60_000 });
  const list = rail(page).getByRole('list', { name: 'Sources' });
  // Counts are written as every other number on the page is: with thousands separated.
  await expect(rail(page).getByText('(1,500 of 1,500 shown)')).toBeVisible();
  await expect(rail(page).getByRole('status').first()).toContainText('20,000 of 20,000 events');
  expect(await list.getByRole('checkbox').count()).toBeLessThan(60);
  expect(await rail(page).getByRole('checkbox').count()).toBeLessThan(80);
  expect(await rail(page).locator('*').count()).toBeLessThan(600);

  // By the keys: "All" is the list's Tab stop; End goes to the last source, Space hides it.
  const all = rail(page).getByRole('checkbox', { name: 'All sources' });
  await all.focus();
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('checkbox', { name: /^Source 0 / })).toBeFocused();
  await page.keyboard.press('End');
  const last = list.getByRole('checkbox', { name: /^Source 1499 / });
  await expect(last).toBeFocused();
  await page.keyboard.press('Space');
  await expect(last).not.toBeChecked();
  await expect(all).toBeChecked({ indeterminate: true });
  await expect(status(page)).toHaveText(eventsShown(new Set(['s-1499'])));
  await expect(rail(page).getByRole('button', { name: 'Remove filter Hidden: S1499' })).toBeVisible();
  await expect(page).toHaveURL(/hide=s-1499(&|$)/);

  // By the list's search: every key shows in the field at once; the list follows when the keys pause.
  const find = rail(page).getByLabel('Find a source');
  await find.focus();
  for (const [i, key] of [...'source 1234'].entries()) {
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    expect(await find.inputValue()).toBe('source 1234'.slice(0, i + 1));
  }
  await expect(rail(page).getByRole('checkbox', { name: 'All 1 matching' })).toBeVisible();
  await expect(list.getByRole('checkbox')).toHaveCount(1);
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  const found = list.getByRole('checkbox', { name: /^Source 1234 / });
  await expect(found).toBeFocused();
  await page.keyboard.press('Space');
  await expect(found).not.toBeChecked();
  await expect(status(page)).toHaveText(eventsShown(new Set(['s-1234', 's-1499'])));
  await expect(rail(page).getByText('(1,498 of 1,500 shown)')).toBeVisible();

  const axe = await new AxeBuilder({ page }).include('.area-filters').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});

test('a link with compact sets of sources and places opens with both applied, and keeps them', async ({
  page,
}) => {
  const hidden = sourceIds.filter((_, i) => i % 3 === 0);
  const places = placeIds.filter((_, i) => i % 8 < 3);
  const hide = writeIdSet(hidden, sourceIds) ?? '';
  const place = writeIdSet(places, placeIds) ?? '';
  // Named one by one these would be over 3,000 and 20,000 characters.
  expect(hide).toMatch(/^~1[\w-]+$/);
  expect(place).toMatch(/^~1[\w-]+$/);

  await openWide(page, `&hide=${hide}&place=${place}`);
  await expect(status(page)).toHaveText(eventsShown(new Set(hidden), new Set(places)), { timeout: 60_000 });
  await expect(rail(page).getByText('(1,000 of 1,500 shown)')).toBeVisible();
  await expect(
    rail(page).getByRole('button', { name: 'Remove filter Sources: 1,000 of 1,500 shown' }),
  ).toBeVisible();
  await expect(
    rail(page).getByRole('button', { name: 'Remove filter Places: 3,000 of 8,000' }),
  ).toBeVisible();
  const list = rail(page).getByRole('list', { name: 'Sources' });
  await expect(list.getByRole('checkbox', { name: /^Source 0 / })).not.toBeChecked();
  await expect(list.getByRole('checkbox', { name: /^Source 1 / })).toBeChecked();
  // Written back as it came: the link on screen is the link opened.
  await expect(page).toHaveURL(new RegExp(`hide=${hide}&place=${place}&ds=`));
  expect(page.url().length).toBeLessThan(2_000);
});

test('a compact set made for other sources is not applied: every source is shown, and a notice says why', async ({
  page,
}) => {
  // The same export with one source renamed since the link was made.
  const before = sourceIds.map((id) => (id === 's-700' ? 's-700-old' : id));
  const hide = writeIdSet(
    before.filter((_, i) => i % 2 === 0),
    before,
  );
  expect(hide).toMatch(/^~1/);
  await openWide(page, `&hide=${hide}`);
  await expect(
    page.getByText(
      /This link's choice of sources was made for a dataset with other sources.*all sources are shown/,
    ),
  ).toBeVisible({ timeout: 60_000 });
  // Counts are written as every other number on the page is: with thousands separated.
  await expect(rail(page).getByText('(1,500 of 1,500 shown)')).toBeVisible();
  await expect(rail(page).getByRole('status').first()).toContainText('20,000 of 20,000 events');
  await expect(status(page)).toHaveText(eventsShown(new Set()));
});
