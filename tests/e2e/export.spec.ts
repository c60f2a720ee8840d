import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { parseCsv } from './helpers/csv';
import { exportFrom, pngSize } from './helpers/export-files';
import { expect, openDashboard, test } from './fixtures';

const mapRegion = (page: Page) => page.getByRole('region', { name: 'Kursk area map', exact: true });

async function openMap(page: Page) {
  await openDashboard(page);
  const panel = mapRegion(page);
  await expect(panel.locator('path.map-border').first()).toBeAttached();
  await expect(panel.locator('.map-label--place').first()).toBeAttached();
  return panel;
}

async function setMarking(page: Page, text: string) {
  await setMarkingFrom(page, 'Export map', text);
}

async function setMarkingFrom(page: Page, menu: string, text: string) {
  const button = page.getByRole('button', { name: menu });
  await button.click();
  await page.getByRole('menuitem', { name: 'Handling marking…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Handling marking' });
  await dialog.getByLabel('Marking line').fill(text);
  await dialog.getByRole('button', { name: 'Save marking' }).click();
  await expect(dialog).toBeHidden();
}

test('the Export menu is a keyboard-operable menu button whose items name their format', async ({ page }) => {
  await openMap(page);
  const button = page.getByRole('button', { name: 'Export map' });
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await button.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'Export map' });
  await expect(menu).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const items = menu.getByRole('menuitem');
  await expect(items.first()).toBeFocused();
  const names = await items.allTextContents();
  for (const format of ['PNG', 'SVG', 'Copy image', 'PowerPoint', 'CSV', 'JSON']) {
    expect(
      names.some((n) => n.includes(format)),
      format,
    ).toBe(true);
  }
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  const axe = await new AxeBuilder({ page }).include('.export-menu').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
});

test('the map exports as a 2× PNG with its caption and marking, not blank', async ({ page }) => {
  const panel = await openMap(page);
  await setMarking(page, 'OFFICIAL — for briefing use');
  const button = page.getByRole('button', { name: 'Export map' });
  const png = await exportFrom(page, button, /^PNG image \(2×, as on screen\)/);
  if (process.env.EXPORT_SAVE) {
    // For looking at by eye: the export beside the screen it came from.
    await writeFile(`${process.env.EXPORT_SAVE}/${png.name}`, png.bytes);
    await panel
      .locator('.leaflet-container')
      .screenshot({ path: `${process.env.EXPORT_SAVE}/screen-map.png` });
  }
  expect(png.name).toMatch(/^[A-Za-z0-9._-]+_map_\d{4}-\d{2}-\d{2}_\d{4}Z\.png$/);
  const size = pngSize(png.bytes);
  const map = await panel.locator('.leaflet-container').boundingBox();
  // The figure is the map at its size on screen; the image is at least that wide, twice over.
  expect(size.width % 2).toBe(0);
  expect(size.width).toBeGreaterThanOrEqual(Math.round(map?.width ?? 0) * 2);
  expect(size.height).toBeGreaterThan(Math.round(map?.height ?? 0) * 2);

  // Decoded in the page: many distinct colours, so neither blank nor a flat fill.
  const stats = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const colours = new Set<number>();
    let sum = 0;
    let sumSq = 0;
    let opaque = 0;
    let n = 0;
    for (let i = 0; i < data.length; i += 4 * 7) {
      const grey = ((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0)) / 3;
      sum += grey;
      sumSq += grey * grey;
      colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
      if ((data[i + 3] ?? 0) === 255) opaque += 1;
      n += 1;
    }
    return {
      width: bitmap.width,
      variance: sumSq / n - (sum / n) ** 2,
      colours: colours.size,
      opaqueShare: opaque / n,
    };
  }, png.bytes.toString('base64'));
  expect(stats.width).toBe(size.width);
  expect(stats.variance).toBeGreaterThan(100);
  expect(stats.colours).toBeGreaterThan(50);
  expect(stats.opaqueShare).toBe(1);
  await expect(page.getByRole('status').filter({ hasText: /Saved .*_map_.*\.png/ })).toBeVisible();
});

test('the size presets give a 16:9 slide and A4 landscape frame at 2×', async ({ page }) => {
  await openMap(page);
  const button = page.getByRole('button', { name: 'Export map' });
  const slide = await exportFrom(page, button, /16:9 slide/);
  expect(slide.name).toMatch(/_map-slide_.*\.png$/);
  expect(pngSize(slide.bytes)).toEqual({ width: 2560, height: 1440 });
  const a4 = await exportFrom(page, button, /A4 landscape/);
  expect(a4.name).toMatch(/_map-a4_.*\.png$/);
  expect(pngSize(a4.bytes)).toEqual({ width: 2246, height: 1588 });
  if (process.env.EXPORT_SAVE) await writeFile(`${process.env.EXPORT_SAVE}/${slide.name}`, slide.bytes);
});

test('the map exports as SVG that parses and keeps its caption as text', async ({ page }) => {
  await openMap(page);
  await setMarking(page, 'OFFICIAL — for briefing use');
  const svg = await exportFrom(page, page.getByRole('button', { name: 'Export map' }), 'SVG image');
  expect(svg.name).toMatch(/_map_.*\.svg$/);
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const texts = Array.from(doc.querySelectorAll('text')).map((t) => t.textContent ?? '');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      texts,
      paths: doc.querySelectorAll('path').length,
      background: doc.querySelector('svg > rect')?.getAttribute('fill') ?? null,
    };
  }, svg.bytes.toString('utf8'));
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.background).toBe('#ffffff');
  expect(parsed.paths).toBeGreaterThan(10);
  // Long caption lines wrap at the image's width: read them as running text.
  const all = parsed.texts.join(' ');
  expect(all).toContain('Kursk area: places named in the claims and events');
  expect(all).toMatch(/Sources \(reliability A–F\): .*\([A-F]\)/);
  expect(all).toMatch(/Source: .+, \d{1,2} [A-Z][a-z]{2} \d{4}/);
  expect(all).toMatch(/Dataset \S+, version \d+\.\d+\.\d+/);
  expect(all).toMatch(/Exported \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC/);
  expect(all).toContain('Filters: none');
  expect(all).toContain('Map data: ');
  // The marking is printed twice: top and bottom.
  expect(parsed.texts.filter((t) => t === 'OFFICIAL — for briefing use')).toHaveLength(2);
  // Place labels stay text too.
  expect(parsed.texts.some((t) => t.includes('Sudzha'))).toBe(true);
});

test('the map exports as a PowerPoint slide with its image, caption and notes, without a request', async ({
  page,
  guards,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await openMap(page);
  // PowerPoint support is loaded only when asked for: it does not weigh on first paint.
  expect(scripts.filter((url) => /pptxgen/.test(url))).toEqual([]);
  const pptx = await exportFrom(page, page.getByRole('button', { name: 'Export map' }), /PowerPoint/);
  expect(pptx.name).toMatch(/_map_.*\.pptx$/);
  const zip = await JSZip.loadAsync(pptx.bytes);
  const files = Object.keys(zip.files);
  expect(files).toContain('[Content_Types].xml');
  expect(files).toContain('ppt/presentation.xml');
  expect(files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(1);
  const media = files.filter((f) => f.startsWith('ppt/media/') && f.endsWith('.png'));
  expect(media).toHaveLength(1);
  const image = await zip.file(media[0] ?? '')?.async('nodebuffer');
  expect(pngSize(image ?? Buffer.alloc(0)).width).toBeGreaterThan(400);
  const slide = (await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? '';
  expect(slide).toContain('Kursk area: places named in the claims and events');
  expect(slide).toMatch(/Dataset \S+, version \d+\.\d+\.\d+/);
  const notes = files.find((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f));
  const notesXml = (await zip.file(notes ?? '')?.async('string')) ?? '';
  expect(notesXml).toContain('The map of the Kursk area shows');
  expect(scripts.filter((url) => /pptxgen/.test(url))).toHaveLength(1);
  expect(guards.foreignRequests).toEqual([]);
});

test('the filtered claims and events export as CSV that re-reads to one row per item', async ({ page }) => {
  await openMap(page);
  const csv = await exportFrom(page, page.getByRole('button', { name: 'Export map' }), /^CSV data/);
  expect(csv.name).toMatch(/_claims-events_.*\.csv$/);
  const text = csv.bytes.toString('utf8');
  expect(text.startsWith('\uFEFFkind,id,')).toBe(true);
  const [header, ...rows] = parseCsv(text);
  expect(header?.[0]).toBe('kind');
  const counts = await page.evaluate(async () => {
    const response = await fetch('/data/dataset.json');
    const data = (await response.json()) as { claims: unknown[]; events: unknown[] };
    return { claims: data.claims.length, events: data.events.length };
  });
  expect(rows.filter((r) => r[0] === 'claim')).toHaveLength(counts.claims);
  expect(rows.filter((r) => r[0] === 'event')).toHaveLength(counts.events);
  expect(rows.every((r) => r.length === header?.length)).toBe(true);
  // Quotes survive the round trip verbatim, commas and all.
  const textColumn = header?.indexOf('text') ?? -1;
  expect(rows.some((r) => (r[textColumn] ?? '').includes(','))).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: /claims and .* events/ })).toBeVisible();
});

test('the filtered dataset exports as JSON that imports back', async ({ page }) => {
  await openMap(page);
  const json = await exportFrom(page, page.getByRole('button', { name: 'Export map' }), /^JSON data/);
  expect(json.name).toMatch(/_filtered-dataset_.*\.json$/);
  const data = JSON.parse(json.bytes.toString('utf8')) as {
    id: string;
    version: string;
    schemaVersion: number;
  };
  await expect(page.locator('.app-version')).toContainText(data.id);
  await expect(page.locator('.app-version')).toContainText(data.version);
  expect(data.schemaVersion).toBe(2);
  // The app's own import (schema and cross-checks) accepts the file as it is.
  await page
    .getByLabel('Import dataset')
    .setInputFiles({ name: json.name, mimeType: 'application/json', buffer: json.bytes });
  await expect(page.locator('.import-messages__done')).not.toBeEmpty();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('copying the image either succeeds or says clearly that the browser refused', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openMap(page);
  await page.getByRole('button', { name: 'Export map' }).click();
  await page.getByRole('menuitem', { name: /Copy image/ }).click();
  const status = page.getByRole('status').filter({ hasText: /copied|refused|does not let/ });
  await expect(status).toBeVisible({ timeout: 10_000 });
  if ((await status.textContent())?.includes('copied')) {
    const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((i) => i.types));
    expect(types).toContain('image/png');
  }
});

const bundledSources = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/data/dataset.json'), 'utf8')) as {
    sources: { id: string }[];
  }
).sources.map((s) => s.id);
/** A link that shows only the JCS and Zelensky. */
const TWO_SOURCES = `/?hide=${bundledSources.filter((id) => id !== 'jcs' && id !== 'zelensky').join(',')}`;

async function svgTexts(page: Page, bytes: Buffer): Promise<string[]> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (doc.querySelector('parsererror')) throw new Error('the SVG does not parse');
    return Array.from(doc.querySelectorAll('text')).map((t) => t.textContent ?? '');
  }, bytes.toString('utf8'));
}

test('filtered to two sources, the timeline exports as PNG, SVG and a slide that name just those sources', async ({
  page,
}) => {
  await openDashboard(page, TWO_SOURCES);
  const panel = page.getByRole('region', { name: 'Timeline', exact: true });
  const axis = panel.locator('svg.timeline-axis');
  await expect(axis).toBeVisible();
  const button = page.getByRole('button', { name: 'Export timeline' });

  const png = await exportFrom(page, button, /^PNG image \(2×/);
  expect(png.name).toMatch(/_timeline_.*\.png$/);
  const width = Number(await axis.getAttribute('width'));
  // The image is the axis and its margins, or the caption's least width (640) for a narrow timeline.
  expect(pngSize(png.bytes).width).toBe(Math.max(width + 48, 640) * 2);
  if (process.env.EXPORT_SAVE) await writeFile(`${process.env.EXPORT_SAVE}/${png.name}`, png.bytes);

  const texts = (await svgTexts(page, (await exportFrom(page, button, 'SVG image')).bytes)).join(' ');
  expect(texts).toContain('Sources (reliability A–F): ROK JCS (B), Zelensky (C)');
  expect(texts).toMatch(/Filters: Sources: 2 of \d+ shown/);
  expect(texts).toMatch(/Dataset nk-troops-kursk-\S+, version \d+\.\d+\.\d+ · Exported .* UTC/);

  const pptx = await exportFrom(page, button, /PowerPoint/);
  const zip = await JSZip.loadAsync(pptx.bytes);
  const slide = (await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? '';
  expect(slide).toContain('ROK JCS (B), Zelensky (C)');
  const notes = Object.keys(zip.files).find((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f));
  expect((await zip.file(notes ?? '')?.async('string')) ?? '').toContain('The timeline shows');
});

test('an analyst filters to two sources and exports the chart as PNG and as a slide that explain themselves', async ({
  page,
}) => {
  await openDashboard(page, TWO_SOURCES);
  await setMarkingFrom(page, 'Export chart', 'OFFICIAL — for briefing use');
  const panel = page.getByRole('region', { name: 'Estimate disparity', exact: true });
  const chart = panel.locator('.chart-frame svg[data-chart]');
  await expect(chart).toBeVisible();
  await expect(chart.locator('[data-estimate-key]').first()).toBeAttached();
  const button = page.getByRole('button', { name: 'Export chart' });

  const png = await exportFrom(page, button, /^PNG image \(2×/);
  expect(png.name).toMatch(/^nk-troops-kursk-[\w.-]+_chart_\d{4}-\d{2}-\d{2}_\d{4}Z\.png$/);
  const width = Number(await chart.getAttribute('width'));
  expect(pngSize(png.bytes).width).toBe(Math.max(width + 48, 640) * 2);
  if (process.env.EXPORT_SAVE) await writeFile(`${process.env.EXPORT_SAVE}/${png.name}`, png.bytes);

  const texts = await svgTexts(page, (await exportFrom(page, button, 'SVG image')).bytes);
  const all = texts.join(' ');
  // The chart's own title is the caption's title: printed once, not twice.
  expect(all).toMatch(/each source’s estimate as of/);
  expect(all.match(/Killed and wounded: each source’s/g)).toHaveLength(1);
  expect(all).toContain('Sources (reliability A–F): ROK JCS (B), Zelensky (C)');
  expect(all).toContain('Source: South Korea reports North Korean casualties');
  expect(all).toMatch(/Dataset nk-troops-kursk-\S+, version \d+\.\d+\.\d+ · Exported .* UTC/);
  expect(texts.filter((t) => t === 'OFFICIAL — for briefing use')).toHaveLength(2);
  // The chart's own labels stay text in the SVG.
  expect(texts.some((t) => /1,100/.test(t))).toBe(true);

  const pptx = await exportFrom(page, button, /PowerPoint/);
  expect(pptx.name).toMatch(/_chart_.*\.pptx$/);
  const zip = await JSZip.loadAsync(pptx.bytes);
  expect(Object.keys(zip.files).filter((f) => /^ppt\/media\/.*\.png$/.test(f))).toHaveLength(1);
  const slide = (await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? '';
  expect(slide).toContain('ROK JCS (B), Zelensky (C)');
  expect(slide).toContain('OFFICIAL — for briefing use');
  const notes = Object.keys(zip.files).find((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f));
  const summary = (await panel.locator('.chart-summary').textContent()) ?? '';
  expect(summary.length).toBeGreaterThan(20);
  const notesXml = (await zip.file(notes ?? '')?.async('string')) ?? '';
  expect(notesXml).toContain(summary.slice(0, 40).replace(/&/g, '&amp;'));
});

test('the exported chart SVG, opened on its own without the page’s CSS, looks as the chart does', async ({
  page,
  browser,
}) => {
  await openDashboard(page);
  const chart = page
    .getByRole('region', { name: 'Estimate disparity', exact: true })
    .locator('.chart-frame svg[data-chart]');
  await expect(chart.locator('[data-estimate-key]').first()).toBeAttached();
  // What each estimate's marks look like on screen: fill, stroke and text font, element by element.
  const look = (root: Element) =>
    [...root.querySelectorAll('[data-estimate-key] *')].map((el) => {
      const s = getComputedStyle(el);
      return `${el.tagName}:${s.fill}|${s.stroke}|${s.strokeWidth}|${s.opacity}|${s.fontSize}|${s.fontWeight}`;
    });
  const live = await chart.evaluate(look);
  expect(live.length).toBeGreaterThan(3);

  const svg = await exportFrom(page, page.getByRole('button', { name: 'Export chart' }), 'SVG image');
  const alone = await browser.newPage();
  await alone.setContent(svg.bytes.toString('utf8'));
  const exported = await alone.locator('svg svg').first().evaluate(look);
  await alone.close();
  expect(exported).toEqual(live);
});
