/**
 * The map follows the data: generated datasets far from the bundled one's area, deployed beside it and
 * opened with `?data=`, open on a map of where their places are, with no network.
 */
import type { Locator, Page } from '@playwright/test';
import { generateDataset, type GenerateOptions } from '../../src/data/generate';
import { expect, openDashboard, test } from './fixtures';
import { exportFrom } from './helpers/export-files';
import { KHARKIV_DONETSK, RUSSIA_TO_THE_PACIFIC, UKRAINE_WIDE } from '../../scripts/place-areas';

async function openGenerated(page: Page, name: string, options: GenerateOptions) {
  const body = JSON.stringify(generateDataset(options));
  await page.route(`**/data/${name}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await openDashboard(page, `/?data=${name}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Synthetic/);
}

const mapPanel = (page: Page) => page.locator('section.area-map');

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`${String(locator)} has no box`);
  return b;
}

/** Centres of the drawn places (SVG paths) on screen. */
async function placeCentres(panel: Locator) {
  return panel.locator('path.map-place').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }),
  );
}

/** Vertices drawn of the paths matching a selector (Leaflet clips paths to the view): real geometry. */
async function drawnVertices(panel: Locator, selector: string): Promise<number> {
  return panel
    .locator(selector)
    .evaluateAll((els) => els.reduce((n, e) => n + (e.getAttribute('d')?.match(/[ML]/g)?.length ?? 0), 0));
}

test('places around Kharkiv and Donetsk: the map fits them and draws the oblast boundaries there', async ({
  page,
}) => {
  const sheets: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/basemap/sheets/')) sheets.push(r.url());
  });
  await openGenerated(page, 'kharkiv-donetsk.json', {
    events: 300,
    claims: 30,
    sources: 5,
    seed: 3,
    places: 60,
    areas: KHARKIV_DONETSK,
  });
  const panel = mapPanel(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/^Kharkiv( and Donetsk)? area map$/);
  const map = panel.getByRole('region', { name: /^Map of the Kharkiv/ });
  await expect(map).toBeVisible();
  await expect(panel.locator('path.map-place')).toHaveCount(60);

  // Every place is in the first view.
  const frame = await box(map);
  for (const c of await placeCentres(panel)) {
    expect(c.x).toBeGreaterThanOrEqual(frame.x);
    expect(c.x).toBeLessThanOrEqual(frame.x + frame.width);
    expect(c.y).toBeGreaterThanOrEqual(frame.y);
    expect(c.y).toBeLessThanOrEqual(frame.y + frame.height);
  }
  // The detail sheets load from zoom 6.5: one step in from the fitted view, as an analyst would zoom.
  await panel.getByRole('button', { name: /^Maximise .*map$/ }).click();
  await panel.getByRole('button', { name: 'Zoom in' }).click();
  // The detail for the area in view was loaded: oblast boundaries, the border, towns of 50,000 and more.
  await expect.poll(() => sheets.length).toBeGreaterThan(0);
  await expect.poll(() => drawnVertices(panel, 'path.map-admin1-line')).toBeGreaterThan(300);
  await expect.poll(() => drawnVertices(panel, 'path.map-border')).toBeGreaterThan(100);
  await expect(panel.locator('.map-label--town .map-label__text').first()).toBeVisible();
  await expect(panel.locator('.map-label--oblast .map-label__text', { hasText: 'KHARKIV' })).toBeVisible();
  // The division holding most places is emphasised and named in the legend; no place is outside.
  await expect(panel.locator('path.map-admin1--emph').first()).toBeAttached();
  await expect(panel.getByRole('list', { name: 'Map legend' })).toContainText(
    'Kharkiv (holds most of the places)',
  );
  await expect(panel.locator('.map-notice--outside')).toHaveCount(0);
});

test('places across Russia to the Pacific: one view from Moscow to Chukotka, none outside the basemap', async ({
  page,
}) => {
  await openGenerated(page, 'russia.json', {
    events: 300,
    claims: 30,
    sources: 5,
    seed: 4,
    places: 120,
    areas: RUSSIA_TO_THE_PACIFIC,
  });
  const panel = mapPanel(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Russia map');
  const map = panel.getByRole('region', { name: /^Map of Russia/ });
  await expect(panel.locator('path.map-place')).toHaveCount(120);
  const frame = await box(map);
  const centres = await placeCentres(panel);
  for (const c of centres) {
    expect(c.x).toBeGreaterThanOrEqual(frame.x - 1);
    expect(c.x).toBeLessThanOrEqual(frame.x + frame.width + 1);
  }
  // From Moscow in the west to east of the antimeridian: the places span most of the map's width.
  const xs = centres.map((c) => c.x);
  expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(frame.width * 0.6);
  await expect(panel.locator('.map-notice--outside')).toHaveCount(0);
  // The basemap is drawn across the whole span: fills from the overview, rivers, borders.
  await expect.poll(() => drawnVertices(panel, 'path.map-fill')).toBeGreaterThan(1000);
  await expect(panel.locator('path.map-river').first()).toBeAttached();
});

test('places beyond the basemap still appear, on the plain background, and are said to be outside', async ({
  page,
}) => {
  await openGenerated(page, 'outside.json', {
    events: 100,
    claims: 10,
    sources: 3,
    seed: 6,
    places: 20,
    areas: [
      { lat: 50.45, lon: 30.52, radiusKm: 20, weight: 3 },
      { lat: 39.03, lon: 125.75, radiusKm: 10, weight: 1 },
    ],
  });
  const panel = mapPanel(page);
  await expect(panel.locator('path.map-place')).toHaveCount(20);
  const notice = panel.locator('.map-notice--outside');
  await expect(notice).toContainText(/of the places lie outside the offline basemap/);
  const outside = Number((await notice.textContent())?.match(/^(\d+)/)?.[1]);
  expect(outside).toBeGreaterThan(0);
  await expect(
    panel.getByRole('list', { name: 'Places' }).getByRole('button', { name: /outside the basemap/ }),
  ).toHaveCount(outside);
  await expect(panel.getByRole('list', { name: 'Map legend' })).toContainText('outside the offline basemap');
});

test('20,000 places cluster with their counts; a click on a cluster zooms in', async ({ page }) => {
  test.setTimeout(90_000);
  await openGenerated(page, 'places-20k.json', {
    events: 5_000,
    claims: 100,
    sources: 20,
    seed: 5,
    places: 20_000,
    areas: UKRAINE_WIDE,
  });
  const panel = mapPanel(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/map$/);
  await panel.getByRole('button', { name: /^Maximise .*map$/ }).click();
  const clusters = panel.locator('.map-label--cluster .map-label__text');
  await expect(clusters.first()).toBeVisible({ timeout: 30_000 });
  // Clusters, not 20,000 marks: drawn on one canvas, counted in their labels.
  expect(await panel.locator('path.map-place').count()).toBe(0);
  const counts = (await clusters.allTextContents()).map((t) => Number(t.replace(/,/g, '')));
  expect(counts.every((n) => n >= 2)).toBe(true);
  expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(10_000);
  const painted = await panel.locator('.leaflet-places-pane canvas').evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
    return n;
  });
  expect(painted).toBeGreaterThan(500);
  // The list of places stays light: only the rows in view are in the page.
  expect(await panel.getByRole('list', { name: 'Places' }).getByRole('listitem').count()).toBeLessThan(60);

  const scale = panel.locator('.leaflet-control-scale-line');
  const before = await scale.textContent();
  // The biggest cluster: a click takes the map to where it falls apart.
  const biggest = counts.indexOf(Math.max(...counts));
  await clusters.nth(biggest).click();
  await expect(scale).not.toHaveText(before ?? '');
  // Zooming out again gathers the places back into clusters. How long a zoom step takes is the bench's
  // figure ("longest task zooming the map"), not this test's.
  const map = panel.getByRole('region', { name: /^Map of / });
  await map.focus();
  for (const key of ['-', '-', '-']) await page.keyboard.press(key);
  await expect(clusters.first()).toBeVisible();
});

test('the map exports the basemap and the clusters as drawn on screen', async ({ page }) => {
  await openGenerated(page, 'places-1k.json', {
    events: 500,
    claims: 20,
    sources: 5,
    seed: 8,
    places: 1_000,
    areas: KHARKIV_DONETSK,
  });
  const panel = mapPanel(page);
  const clusters = panel.locator('.map-label--cluster .map-label__text');
  await expect(clusters.first()).toBeVisible();
  await expect.poll(() => drawnVertices(panel, 'path.map-admin1-line')).toBeGreaterThan(100);
  const onScreen = (await clusters.allTextContents()).sort();
  const svg = await exportFrom(page, panel.getByRole('button', { name: 'Export map' }), 'SVG image');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      texts: Array.from(doc.querySelectorAll('text')).map((t) => t.textContent ?? ''),
      panes: Array.from(doc.querySelectorAll('g[data-pane]')).map((g) => g.getAttribute('data-pane') ?? ''),
      images: Array.from(doc.querySelectorAll('g[data-pane*="places"] image')).length,
      lines: doc.querySelectorAll('g[data-pane*="basemap-lines"] path').length,
    };
  }, svg.bytes.toString('utf8'));
  expect(parsed.error).toBeNull();
  // The sheets' division lines, and the clusters' canvas as an image with every count as text.
  expect(parsed.lines).toBeGreaterThan(0);
  expect(parsed.images).toBe(1);
  for (const count of onScreen) expect(parsed.texts).toContain(count);
  expect(parsed.texts.join(' ')).toContain('nearby places grouped with their count');
});
