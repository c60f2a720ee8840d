/**
 * The dashboard at a glance: which panels are in view at the screens analysts use (a laptop, a wide
 * monitor, a projector, a tablet), the splits and the maximised panel, the keyboard's route, and print.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { bundledFile, expect, openDashboard, test } from './fixtures';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const chart = (page: Page) => region(page, 'Estimate disparity');
const map = (page: Page) => region(page, 'Kursk area map');
const timeline = (page: Page) => region(page, 'Timeline');
const article = (page: Page) => region(page, 'Documents and claims');

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error('no box: not drawn');
  return b;
}

/** Entirely inside `outer` (a pixel of rounding allowed). */
function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - 1 &&
    inner.y >= outer.y - 1 &&
    inner.x + inner.width <= outer.x + outer.width + 1 &&
    inner.y + inner.height <= outer.y + outer.height + 1
  );
}

function viewport(page: Page): Box {
  const size = page.viewportSize();
  if (!size) throw new Error('no viewport');
  return { x: 0, y: 0, ...size };
}

/** The part of a panel's body that shows (it scrolls): a graphic inside it is seen without scrolling. */
async function visibleBody(panel: Locator): Promise<Box> {
  return box(panel.locator(':scope > .panel__body'));
}

async function pageScrolls(page: Page) {
  return page.evaluate(() => ({
    x: document.documentElement.scrollWidth > window.innerWidth,
    y: document.documentElement.scrollHeight > window.innerHeight,
  }));
}

function overlap(a: Box, b: Box): boolean {
  return (
    a.x + 1 < b.x + b.width && b.x + 1 < a.x + a.width && a.y + 1 < b.y + b.height && b.y + 1 < a.y + a.height
  );
}

/** The chart's drawing (one self-contained svg), the map, and the timeline's lanes, axis and overview. */
const chartSvg = (page: Page) => chart(page).locator('svg[data-chart]');
const mapView = (page: Page) => map(page).locator('.leaflet-container');
const timelineAxis = (page: Page) => timeline(page).locator('svg.timeline-axis');

async function expectGraphicsInView(page: Page, minChartWidth: number) {
  const screen = viewport(page);
  for (const [panel, graphic] of [
    [chart(page), chartSvg(page)],
    [map(page), mapView(page)],
    [timeline(page), timelineAxis(page)],
  ] as const) {
    const panelBox = await box(panel);
    expect(inside(panelBox, screen), 'panel in the window').toBe(true);
    expect(inside(await box(graphic), await visibleBody(panel)), 'graphic seen without scrolling').toBe(true);
  }
  expect((await box(chartSvg(page))).width).toBeGreaterThanOrEqual(minChartWidth);
  const mapBox = await box(mapView(page));
  expect(mapBox.width * mapBox.height).toBeGreaterThan(400 * 200);
  // No two panels cover each other.
  const boxes = await Promise.all([chart, map, timeline, article].map((p) => box(p(page))));
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
}

/** The claims table is no wider than the box it scrolls in: no column is cut off. */
async function expectClaimsFit(page: Page) {
  const table = article(page).getByRole('table');
  await expect(table).toBeVisible();
  const fit = await table.evaluate((t) => {
    const scroller = t.closest('.article-panel__cell, .article-panel__claims') as HTMLElement;
    const headers = [...t.querySelectorAll('th')].map((th) => th.getBoundingClientRect().right);
    return {
      table: t.getBoundingClientRect().right,
      box: scroller.getBoundingClientRect().right,
      lastHeader: Math.max(...headers),
      scrolls: scroller.scrollWidth > scroller.clientWidth + 1,
    };
  });
  expect(fit.scrolls).toBe(false);
  expect(fit.lastHeader).toBeLessThanOrEqual(fit.box + 1);
}

test.describe('at 1440×900 (a laptop)', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the chart, the map and the timeline are in view together, the page does not scroll', async ({
    page,
  }) => {
    await openDashboard(page);
    expect(await pageScrolls(page)).toEqual({ x: false, y: false });
    await expectGraphicsInView(page, 600);
    // The filter rail: its result line, and the sources as a list, are in the window too.
    const rail = region(page, 'Filters');
    expect(inside(await box(rail), viewport(page))).toBe(true);
    const [events, claims] = [bundledFile.events.length, bundledFile.claims.length];
    await expect(rail.getByRole('status')).toContainText(
      `${events} of ${events} events and ${claims} of ${claims} claims match`,
    );
    await expect(rail.getByRole('list', { name: 'Sources' })).toBeInViewport();
    // The article waits collapsed to its heading, one click (or its skip link) away.
    await expect(
      article(page).getByRole('button', { name: 'Show the documents and claims' }),
    ).toBeInViewport();
    await article(page).getByRole('button', { name: 'Show the documents and claims' }).click();
    await expect(article(page).getByRole('table')).toBeVisible();
    await expectClaimsFit(page);
  });

  test('maximise fills the window and Escape gives it back; the panels under it are out of reach', async ({
    page,
  }) => {
    await openDashboard(page);
    const before = await box(map(page));
    const mapBefore = await box(mapView(page));
    await map(page).getByRole('button', { name: 'Maximise Kursk area map' }).click();
    const restore = map(page).getByRole('button', { name: 'Restore Kursk area map (Escape)' });
    await expect(restore).toBeVisible();
    expect(await box(map(page))).toEqual({ x: 0, y: 0, width: 1440, height: 900 });
    // Leaflet is told of its new size: the map itself fills the panel, not only its box.
    await expect.poll(async () => (await box(mapView(page))).width).toBeGreaterThan(1300);
    // The panels under it are inert: nothing there takes focus.
    expect(await page.locator('#panel-chart').getAttribute('inert')).not.toBeNull();
    const chartButton = page.locator('#panel-chart .panel__maximise');
    await chartButton.evaluate((b: HTMLElement) => b.focus());
    await expect(chartButton).not.toBeFocused();
    await page.keyboard.press('Escape');
    await expect(restore).toHaveCount(0);
    await expect(map(page).getByRole('button', { name: 'Maximise Kursk area map' })).toBeFocused();
    expect(await box(map(page))).toEqual(before);
    await expect.poll(async () => (await box(mapView(page))).width).toBeCloseTo(mapBefore.width, 0);
    await expect(chart(page)).toBeVisible();
  });

  test('Escape first closes the details, then restores the maximised panel', async ({ page }) => {
    await openDashboard(page);
    await timeline(page).getByRole('button', { name: 'Maximise Timeline' }).click();
    // The lanes, the list beside them: all of it in the window.
    await expect(timelineAxis(page)).toBeVisible();
    expect(inside(await box(timelineAxis(page)), await visibleBody(timeline(page)))).toBe(true);
    expect((await box(timelineAxis(page))).height).toBeGreaterThan(200);
    await timeline(page).getByRole('list', { name: 'Timeline items' }).getByRole('button').first().click();
    const details = timeline(page).getByRole('region', { name: 'Details' });
    await expect(details).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(details).toHaveCount(0);
    await expect(timeline(page).getByRole('button', { name: 'Restore Timeline (Escape)' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(timeline(page).getByRole('button', { name: 'Maximise Timeline' })).toBeVisible();
  });

  test('a dragged split is kept across a reload, moves with the arrow keys, and Reset layout undoes it', async ({
    page,
  }) => {
    await openDashboard(page);
    const start = (await box(chart(page))).width;
    const handle = page.getByRole('separator', { name: 'Resize the chart and the map and timeline' });
    const h = await box(handle);
    await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
    await page.mouse.down();
    await page.mouse.move(h.x + h.width / 2 + 120, h.y + h.height / 2, { steps: 6 });
    await page.mouse.up();
    const dragged = (await box(chart(page))).width;
    expect(dragged - start).toBeGreaterThan(100);
    expect(dragged - start).toBeLessThan(140);
    await expect(chartSvg(page)).toBeVisible();

    await page.reload();
    await openDashboard(page);
    await expect.poll(async () => (await box(chart(page))).width).toBeCloseTo(dragged, -1);

    await handle.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await box(chart(page))).width).toBeLessThan(dragged - 5);

    await page
      .getByRole('toolbar', { name: 'Dataset and layout' })
      .getByRole('button', { name: 'Reset layout' })
      .click();
    await expect.poll(async () => Math.round((await box(chart(page))).width)).toBe(Math.round(start));
    await page.reload();
    await openDashboard(page);
    expect(Math.round((await box(chart(page))).width)).toBe(Math.round(start));
  });

  test('every panel is reached within 40 Tab presses from the top; a skip link reaches the article', async ({
    page,
  }) => {
    await openDashboard(page);
    const presses: Record<string, number> = {};
    const names = ['Filters', 'Estimate disparity', 'Kursk area map', 'Timeline', 'Documents and claims'];
    for (let i = 1; i <= 60 && Object.keys(presses).length < names.length; i++) {
      await page.keyboard.press('Tab');
      const inRegion = await page.evaluate(() => {
        const section = document.activeElement?.closest('section[aria-labelledby]');
        const id = section?.getAttribute('aria-labelledby');
        return id ? document.getElementById(id)?.textContent : null;
      });
      if (inRegion && names.includes(inRegion) && !(inRegion in presses)) presses[inRegion] = i;
    }
    expect(Object.keys(presses).sort()).toEqual([...names].sort());
    for (const name of names) expect(presses[name], name).toBeLessThanOrEqual(40);

    // From the top: the skip links come first.
    await page.reload();
    await openDashboard(page);
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Skip to Documents and claims' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#panel-article')).toBeFocused();
    await expect(article(page).getByRole('table')).toBeVisible();
    await expect(article(page)).toBeInViewport();
  });

  test('the details open beside the map and the timeline, over the chart and the article', async ({
    page,
  }) => {
    await openDashboard(page);
    const details = page.getByRole('region', { name: 'Details' });
    await timeline(page).getByRole('list', { name: 'Timeline items' }).getByRole('button').first().click();
    await expect(details.getByRole('article', { name: 'Selected event' })).toBeVisible();
    // Over the chart's edge, beside the timeline: the dates and the map stay whole.
    const d = await box(details);
    expect(inside(d, await box(chart(page)))).toBe(true);
    expect((await box(timeline(page))).x - (d.x + d.width)).toBeLessThan(24);
    expect(inside(d, viewport(page))).toBe(true);
    await expect(chart(page).getByRole('region', { name: 'Details' })).toHaveCount(1);

    await map(page).getByRole('list', { name: 'Places' }).getByRole('button').first().click();
    await expect(details.getByRole('article')).toContainText('Glushkovo');
    await expect(chart(page).getByRole('region', { name: 'Details' })).toHaveCount(1);

    await article(page).getByRole('button', { name: 'Show the documents and claims' }).click();
    await article(page)
      .getByRole('button', { name: /^Show claim C1 in the article$/ })
      .first()
      .click();
    await expect(article(page).getByRole('region', { name: 'Details' })).toBeVisible();
    expect(inside(await box(details), await box(article(page)))).toBe(true);
    await expect(details).toHaveCount(1);

    await details.getByRole('button', { name: 'Close the details (Escape)' }).click();
    await expect(details).toHaveCount(0);
  });

  test('the filter rail collapses to a bar that keeps the result line and the active filters', async ({
    page,
  }) => {
    await openDashboard(page, '/?hide=zelensky');
    const tools = page.getByRole('toolbar', { name: 'Dataset and layout' });
    await tools.getByRole('button', { name: 'Hide filters' }).click();
    const rail = region(page, 'Filters');
    await expect(rail.getByRole('status')).toContainText(/\d+ of 50 events/);
    const chip = rail.getByRole('button', { name: /Remove filter Hidden: Zelensky/ });
    await expect(chip).toBeInViewport();
    await expect(rail.getByLabel('Search quotes, descriptions and citations')).toHaveCount(0);
    // The panels take the rail's width.
    expect((await box(chartSvg(page))).width).toBeGreaterThan(700);
    await chip.click();
    await expect(page).toHaveURL(/\/$/);
    await page.reload();
    await openDashboard(page);
    await expect(tools.getByRole('button', { name: 'Show filters' })).toBeVisible();
    await rail.getByRole('button', { name: 'Show all filters' }).click();
    await expect(rail.getByLabel('Search quotes, descriptions and citations')).toBeVisible();

    // A date bound is typed, stepped a day with the arrows, and says when it is no date.
    const from = rail.getByLabel('From', { exact: true });
    await from.fill('2024-12-01');
    await from.press('ArrowDown');
    await expect(from).toHaveValue('2024-11-30');
    await expect(page).toHaveURL(/from=2024-11-30/);
    await from.fill('2024-02-30');
    await expect(from).toHaveAttribute('aria-invalid', 'true');
    await expect(rail.getByText('No such date.')).toBeVisible();
    await expect(page).toHaveURL(/from=2024-11-30/);
  });

  test('axe finds nothing with the rail collapsed and a panel maximised with its details open', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await openDashboard(page);
    await page.getByRole('button', { name: 'Hide filters' }).click();
    await map(page).getByRole('button', { name: 'Maximise Kursk area map' }).click();
    await map(page).getByRole('list', { name: 'Places' }).getByRole('button').first().click();
    await expect(map(page).getByRole('region', { name: 'Details' })).toBeVisible();
    // The list is under the map in its panel: look back at the map, where the place's popup is.
    await mapView(page).scrollIntoViewIfNeeded();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });

  test('print: the chart, the map and the timeline on one landscape page, with the caption', async ({
    page,
  }) => {
    await openDashboard(page, '/?hide=zelensky');
    // An A4 landscape page, less its margins, at the printer's 96 px to the inch.
    await page.setViewportSize({ width: 1060, height: 750 });
    await page.emulateMedia({ media: 'print' });
    const screen = viewport(page);
    await expect(
      page.getByText(
        /^Estimate disparity, places and timeline of the dataset nk-troops-kursk-\S+@\d+\.\d+\.\d+ · printed/,
      ),
    ).toBeVisible();
    await expect(region(page, 'Filters').getByRole('status')).toBeVisible();
    await expect(region(page, 'Filters').getByText('Hidden: Zelensky')).toBeVisible();
    for (const graphic of [chartSvg(page), mapView(page), timelineAxis(page)]) {
      await expect(graphic).toBeVisible();
      expect(inside(await box(graphic), screen)).toBe(true);
    }
    await expect(article(page)).toBeHidden();
    await expect(
      region(page, 'Filters').getByLabel('Search quotes, descriptions and citations'),
    ).toBeHidden();
    await expect(page.getByRole('button', { name: /^Maximise/ })).toHaveCount(0);
  });
});

test.describe('at 1920×1080 (a wide monitor)', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the article and the claims are in view as well, side by side, no column cut off', async ({
    page,
  }) => {
    await openDashboard(page);
    expect(await pageScrolls(page)).toEqual({ x: false, y: false });
    await expectGraphicsInView(page, 600);
    const screen = viewport(page);
    const text = article(page).locator('.article-panel__text');
    const claims = article(page).getByRole('table');
    expect(inside(await box(article(page)), screen)).toBe(true);
    await expect(text.locator('mark.claim-mark').first()).toBeInViewport();
    await expect(claims.getByRole('row').nth(1)).toBeInViewport();
    const [t, c] = [await box(text), await box(claims)];
    expect(t.x + t.width).toBeLessThanOrEqual(c.x); // side by side
    await expectClaimsFit(page);
  });
});

test.describe('at 1280×720 (a projector)', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the panels fit the window, nothing overflows, and the claims keep every column', async ({ page }) => {
    await openDashboard(page);
    expect(await pageScrolls(page)).toEqual({ x: false, y: false });
    const screen = viewport(page);
    for (const p of [chart, map, timeline, article]) expect(inside(await box(p(page)), screen)).toBe(true);
    // Most of the chart and the whole map are seen without scrolling; the timeline's lanes start in view.
    const body = await visibleBody(chart(page));
    const drawing = await box(chartSvg(page));
    const seen = Math.min(drawing.y + drawing.height, body.y + body.height) - Math.max(drawing.y, body.y);
    expect(seen / drawing.height).toBeGreaterThan(0.85);
    expect(drawing.width).toBeGreaterThanOrEqual(560);
    const mapBody = await visibleBody(map(page));
    const mapDrawn = await box(mapView(page));
    expect(mapDrawn.y + mapDrawn.height / 2).toBeLessThan(mapBody.y + mapBody.height);
    const lanes = await box(timelineAxis(page));
    expect(lanes.y).toBeLessThan(screen.height - 120);
    await article(page).getByRole('button', { name: 'Maximise Documents and claims' }).click();
    await expectClaimsFit(page);
    await article(page).getByRole('button', { name: 'Restore Documents and claims (Escape)' }).click();
    await article(page).getByRole('button', { name: 'Show the documents and claims' }).click();
    await expectClaimsFit(page);
  });
});

test.describe('at 768×1024 (a tablet)', () => {
  test.use({ viewport: { width: 768, height: 1024 } });

  test('the panels stack in one column, and a selection’s details stay in view while the page scrolls', async ({
    page,
  }) => {
    await openDashboard(page);
    expect((await pageScrolls(page)).x).toBe(false);
    const boxes = await Promise.all([chart, map, timeline, article].map((p) => box(p(page))));
    for (const b of boxes) {
      expect(b.x).toBeCloseTo(boxes[0]?.x ?? 0, 0);
      expect(b.width).toBeGreaterThan(700);
      expect(b.x + b.width).toBeLessThanOrEqual(768);
    }
    boxes
      .slice(1)
      .forEach((b, i) => expect(b.y).toBeGreaterThan((boxes[i]?.y ?? 0) + (boxes[i]?.height ?? 0) - 1));
    await expect(page.getByRole('separator')).toHaveCount(0);

    // Stacked panels below the first screen are drawn as the page scrolls near them.
    await timeline(page).scrollIntoViewIfNeeded();
    const row = timeline(page).getByRole('list', { name: 'Timeline items' }).getByRole('button').first();
    await row.scrollIntoViewIfNeeded();
    await row.click();
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details).toBeInViewport();
    await page.mouse.wheel(0, 1500);
    await expect(details).toBeInViewport();
    const results = await new AxeBuilder({ page })
      .include('.details-overlay')
      .include('.area-timeline')
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
});

test.describe('on a phone (412×823)', () => {
  test.use({ viewport: { width: 412, height: 823 } });

  test('the header’s tools take the width below the title, leaving the first screen to the panels', async ({
    page,
  }) => {
    await openDashboard(page);
    const header = await box(page.getByRole('banner'));
    const tools = await box(page.getByRole('button', { name: 'Import dataset' }));
    // Below the title, from the left edge: not a narrow column beside it.
    expect(tools.x).toBeLessThan(40);
    expect(header.height).toBeLessThan(823 / 4);
    expect((await pageScrolls(page)).x).toBe(false);
    await expect(chart(page)).toBeInViewport();
  });
});
