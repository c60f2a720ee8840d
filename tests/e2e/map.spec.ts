import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, openDashboard, test } from './fixtures';

const mapRegion = (page: Page) => page.getByRole('region', { name: 'Kursk area map', exact: true });

/** Drawn vertices of the paths matching a selector (Leaflet clips paths to the view): real geometry. */
async function vertices(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .evaluateAll((els) => els.reduce((n, e) => n + (e.getAttribute('d')?.match(/[ML]/g)?.length ?? 0), 0));
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`${String(locator)} has no box`);
  return b;
}

async function openMap(page: Page) {
  await openDashboard(page);
  const panel = mapRegion(page);
  await expect(panel.locator('path.map-border').first()).toBeAttached();
  return panel;
}

test('with no network the map draws the border, oblasts, rivers, towns and the places', async ({ page }) => {
  const panel = await openMap(page);
  const map = panel.getByRole('region', { name: /^Map of the Kursk area/ });
  await expect(map).toBeVisible();
  // Reachable from the keyboard (arrow keys pan, +/- zoom); the places list is the path to each place.
  await expect(map).toHaveAttribute('tabindex', '0');

  // Drawn at the size of the window (as on a projector): what Leaflet draws is what is in view.
  await panel.getByRole('button', { name: 'Maximise Kursk area map' }).click();
  await expect.poll(() => vertices(page, 'path.map-border')).toBeGreaterThan(200);
  expect(await panel.locator('path.map-admin1-line').count()).toBeGreaterThan(3);
  expect(await vertices(page, 'path.map-admin1--emph')).toBeGreaterThan(100);
  expect(await panel.locator('path.map-river').count()).toBeGreaterThan(3);
  expect(await panel.locator('path.map-country').count()).toBe(3);
  await expect(panel.locator('path.map-reported-area')).toHaveCount(1);

  // The border runs through the visible map, not off-screen.
  const mapBox = await box(map);
  const borderBox = await box(panel.locator('path.map-border').first());
  expect(borderBox.x < mapBox.x + mapBox.width && borderBox.x + borderBox.width > mapBox.x).toBe(true);
  expect(borderBox.y < mapBox.y + mapBox.height && borderBox.y + borderBox.height > mapBox.y).toBe(true);

  // Every place of the dataset is drawn: exact ones as dots, approximate ones as circles.
  await expect(panel.locator('path.map-place--point')).toHaveCount(4);
  await expect(panel.locator('path.map-place--area')).toHaveCount(9);

  // Labels for the places and towns.
  await expect(
    panel.locator('.map-label--place .map-label__text', { hasText: /^Sudzha\s*\d+$/ }),
  ).toBeVisible();
  await expect(
    panel.locator('.map-label--place .map-label__text', { hasText: /^Kursk\s*\d+$/ }),
  ).toBeVisible();
  await expect(panel.locator('.map-label--town .map-label__text', { hasText: 'Sumy' })).toBeVisible();
  await expect(
    panel.locator('.map-label--place .map-label__text', { hasText: /approx\./ }).first(),
  ).toBeVisible();

  // Town dots live on the canvas: it must not be blank.
  const painted = await panel
    .locator('canvas')
    .first()
    .evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
      return n;
    });
  expect(painted).toBeGreaterThan(50);

  await expect(panel.locator('.leaflet-control-attribution')).toContainText(
    '© OpenStreetMap contributors · Natural Earth · GSHHG / DCW-GMT · GeoNames (CC BY 4.0)',
  );
  await expect(panel.locator('.leaflet-control-scale-line')).toHaveText(/\d+ k?m/);
});

test('a place from the list opens its popup and its claims beside the map', async ({ page }) => {
  const panel = await openMap(page);
  const button = panel
    .getByRole('list', { name: 'Places' })
    .getByRole('button', { name: /^Kursk oblast \(region\)/ });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');

  const popup = panel.locator('.leaflet-popup');
  await expect(popup).toBeVisible();
  await expect(popup).toContainText('Kursk oblast (region)');
  await expect(popup).toContainText('Claims (1)');
  await expect(popup.locator('blockquote')).toHaveCount(1);

  const detail = panel.getByRole('region', { name: /^Kursk oblast \(region\)/ });
  await expect(detail.getByRole('button', { name: /^Claim C\d+$/ })).toBeVisible();
  await expect(panel.locator('path.map-place.is-highlighted')).toHaveCount(1);
});

test('selecting a claim in the article highlights its place on the map and brings it into view', async ({
  page,
}) => {
  let panel = await openMap(page);
  // Which claim is located? Ask the map's own detail list, then start again from a fresh page.
  await panel.getByRole('button', { name: /^Kursk oblast \(region\)/ }).click();
  const label = (await panel.getByRole('button', { name: /^Claim C\d+$/ }).textContent())?.replace(
    'Claim ',
    '',
  );
  expect(label).toMatch(/^C\d+$/);
  await page.reload();
  panel = await openMap(page);
  await expect(panel.locator('path.map-place.is-highlighted')).toHaveCount(0);

  const article = page.getByRole('region', { name: 'Documents and claims' });
  await article
    .getByRole('table')
    .getByRole('button', { name: `Show claim ${label} in the article` })
    .click();

  const highlighted = panel.locator('path.map-place.is-highlighted');
  await expect(highlighted).toHaveCount(1);
  await expect(panel.getByRole('button', { name: /^Kursk oblast \(region\)/ })).toHaveClass(/is-highlighted/);
  // The 110 km circle did not fit the first view: the map zooms out until it does.
  await expect(async () => {
    const map = await box(panel.getByRole('region', { name: /^Map of the Kursk area/ }));
    const circle = await box(highlighted);
    expect(circle.y).toBeGreaterThanOrEqual(map.y - 2);
    expect(circle.y + circle.height).toBeLessThanOrEqual(map.y + map.height + 2);
  }).toPass({ timeout: 5_000 });
});

test('the map itself works from the keyboard: the minus key zooms out', async ({ page }) => {
  const panel = await openMap(page);
  const map = panel.getByRole('region', { name: /^Map of the Kursk area/ });
  const scale = panel.locator('.leaflet-control-scale-line');
  const before = await scale.textContent();
  await map.focus();
  await expect(map).toBeFocused();
  await page.keyboard.press('-');
  await expect(scale).not.toHaveText(before ?? '');
});

test('the licences dialog opens and closes from the keyboard', async ({ page }) => {
  const panel = await openMap(page);
  const button = panel.getByRole('button', { name: 'Licences' });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Map data and software licences' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Open Database License (ODbL) 1.0');
  await expect(dialog).toContainText('GNU Lesser General Public License');
  await expect(dialog).toContainText('names were normalised');
  await expect(dialog).toContainText('Hippocratic License 2.1');
  await expect(dialog.getByText('Hippocratic License 2.1 (react-leaflet)')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('online tiles: shown only when configured, dropped for the offline basemap after repeated errors', async ({
  page,
  guards,
  baseURL,
}) => {
  guards.allowConsoleErrors(/Failed to load resource.*404/);
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  await page.route('**/good-tiles/**', (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: png }),
  );
  await page.route('**/bad-tiles/**', (route) => route.fulfill({ status: 404, body: '' }));
  const panel = await openMap(page);
  await expect(panel.locator('.leaflet-tile')).toHaveCount(0);

  await panel.getByText('Online tiles').click();
  const input = panel.getByLabel('Tile URL template');
  await input.fill(`${baseURL}/good-tiles/{z}/{x}/{y}.png`);
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.locator('.leaflet-tile-loaded').first()).toBeAttached();
  // Tiles replace the fills; the border and oblast lines stay on top.
  await expect(panel.locator('path.map-country')).toHaveCount(0);
  await expect(panel.locator('path.map-border').first()).toBeAttached();

  await input.fill(`${baseURL}/bad-tiles/{z}/{x}/{y}.png`);
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByText(/online tiles failed to load/)).toBeVisible();
  await expect(panel.locator('.leaflet-tile')).toHaveCount(0);
  await expect(panel.locator('path.map-country')).toHaveCount(3);
});

test('a tile server the build’s security policy blocks is refused with the reason, and a stored one says why', async ({
  page,
}) => {
  const panel = await openMap(page);
  await panel.getByText('Online tiles').click();
  await panel.getByLabel('Tile URL template').fill('https://tiles.example.internal/{z}/{x}/{y}.png');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByRole('alert')).toContainText(
    'Content Security Policy blocks map images from https://tiles.example.internal',
  );
  await expect(panel.locator('.leaflet-tile')).toHaveCount(0);

  // A setting kept from before (another build) is not tried: the map says why at once.
  await page.evaluate(() =>
    localStorage.setItem('claimscope.map.tileUrl', 'https://tiles.example.internal/{z}/{x}/{y}.png'),
  );
  await page.reload();
  await expect(
    mapRegion(page).getByRole('status').filter({ hasText: 'Online tiles are not shown' }),
  ).toContainText('VITE_TILE_URL');
  await expect(mapRegion(page).getByRole('button', { name: 'Try the tiles again' })).toHaveCount(0);
  await expect(mapRegion(page).locator('path.map-country').first()).toBeAttached();
});

test('axe finds no accessibility violation in the map panel, with a place open', async ({ page }) => {
  const panel = await openMap(page);
  await panel.getByRole('button', { name: /^Sudzha\b.*exact/ }).click();
  await expect(panel.locator('.leaflet-popup')).toBeVisible();
  // The list is under the map in its panel: look back at the map, where the popup is.
  await panel.locator('.leaflet-container').scrollIntoViewIfNeeded();
  const results = await new AxeBuilder({ page }).include('.area-map').analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' | ')})`),
  ).toEqual([]);
});
