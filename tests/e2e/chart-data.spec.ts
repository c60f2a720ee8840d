/**
 * The estimate chart on data unlike the bundled article's: an ACLED-shaped event table (tallies of coded
 * events beside claimed totals, axes over seven years), events over two centuries (axes that never
 * overlap), and the analyst's own assessed range on screen and in every export.
 */
import JSZip from 'jszip';
import type { Locator, Page } from '@playwright/test';
import { generateAcledShaped, generateDataset } from '../../src/data/generate';
import { parseCsv } from './helpers/csv';
import { exportFrom } from './helpers/export-files';
import { expect, openDashboard, test } from './fixtures';

const chartRegion = (page: Page) => page.getByRole('region', { name: 'Estimate disparity', exact: true });

const acled = JSON.stringify(generateAcledShaped({ events: 1_000, sources: 30, seed: 1 }));

/** Events from 1900 to 2100, the first and last with a figure, so both the timeline and the chart span it. */
function twoCenturies(): string {
  const data = generateDataset({ events: 400, claims: 20, sources: 6, seed: 5 });
  const figure = (low: number, sourceId: string) => ({
    measure: 'killed-wounded',
    bound: 'exact' as const,
    low,
    stated: `${low} casualties`,
    sourceId,
  });
  const [first, last] = [data.events[0], data.events[1]];
  if (!first || !last) throw new Error('expected events');
  first.date = { date: '1900-01-05', precision: 'day' };
  first.origin = 'context';
  first.figures = [figure(120, first.sourceIds[0] ?? 's-0')];
  last.date = { date: '2100-12-20', precision: 'day' };
  last.origin = 'later-context';
  last.figures = [figure(900, last.sourceIds[0] ?? 's-0')];
  return JSON.stringify(data);
}

async function serve(page: Page, name: string, body: string) {
  await page.route(`**/data/${name}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
}

/** The boxes of an axis's tick labels, left to right. */
async function labelBoxes(labels: Locator) {
  const boxes = await labels.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { text: el.textContent ?? '', left: r.left, right: r.right };
    }),
  );
  return boxes.filter((b) => b.text.trim() !== '').sort((a, b) => a.left - b.left);
}

function expectNoOverlap(boxes: { text: string; left: number; right: number }[]) {
  for (let i = 1; i < boxes.length; i++) {
    const [a, b] = [boxes[i - 1], boxes[i]];
    expect(b?.left ?? 0, `${a?.text} and ${b?.text} overlap`).toBeGreaterThan(a?.right ?? 0);
  }
}

test('1,000 ACLED-shaped events: tallies of coded events beside the claimed totals, in a few sentences', async ({
  page,
}) => {
  await serve(page, 'acled-1000.json', acled);
  await openDashboard(page, '/?data=acled-1000.json');
  const panel = chartRegion(page);
  await expect(panel.locator('svg[data-chart="disparity"]')).toBeVisible({ timeout: 20_000 });
  await expect(panel.getByLabel('Tally per source')).toBeChecked();
  await expect(panel.locator('[data-estimate-key^="tally:"]')).toHaveCount(30);
  await expect(panel.locator('[data-estimate-key^="claim:"]')).toHaveCount(3);
  // A tally is a square, labelled Σ, and says what it is.
  const tally = panel.locator('[data-estimate-key^="tally:"]').first();
  await expect(tally.locator('rect[data-tally="true"]')).toBeAttached();
  await expect(tally).toContainText('Σ');
  await tally.focus();
  await expect(panel.getByRole('tooltip')).toContainText('A count of events, not a claimed total.');
  await page.keyboard.press('Enter');
  await expect(tally).toHaveAttribute('aria-pressed', 'true');
  // Its source opens in the details; Escape closes them again.
  await page.keyboard.press('Escape');
  await expect(tally).toHaveAttribute('aria-pressed', 'false');

  const summary = (await panel.locator('.chart-summary').textContent()) ?? '';
  expect(summary).toContain('Ukrainska Pravda: more than 1,100 fatalities');
  expect(summary).toContain(
    '30 tallies of event figures from 30 sources (counts of coded events, not claimed totals)',
  );
  expect(summary.length).toBeLessThan(1_200);

  // Over seven years, the time axis reads in years, and no two labels touch.
  await panel.getByLabel('Over time').check();
  const svg = panel.locator('svg[data-chart="over-time"]');
  await expect(svg).toBeVisible();
  const ticks = await labelBoxes(svg.locator('.recharts-xAxis-tick-labels text'));
  expect(ticks.length).toBeGreaterThan(3);
  expect(ticks.every((t) => /\b20\d\d\b/.test(t.text))).toBe(true);
  expectNoOverlap(ticks);
  await expect(
    panel.getByRole('status').filter({ hasText: /^Tallies are per (quarter|year)/ }),
  ).toBeVisible();
});

test('long category names stay inside the filter rail and the timeline’s label column', async ({ page }) => {
  await serve(page, 'acled-1000.json', acled);
  await openDashboard(page, '/?data=acled-1000.json');
  const categories = page.getByRole('region', { name: 'Filters' }).getByRole('group', { name: 'Categories' });
  const long = categories.locator('label').filter({ hasText: 'Explosions/Remote violence' });
  await expect(long).toBeVisible();
  const rail = await categories.boundingBox();
  const label = await long.boundingBox();
  expect(label && rail && label.x + label.width <= rail.x + rail.width).toBe(true);

  const timeline = page.getByRole('region', { name: 'Timeline' });
  const lane = timeline.locator('.timeline-lane').first();
  await expect(lane).toBeAttached();
  const plotLeft = (await lane.boundingBox())?.x ?? 0;
  const rights = await timeline
    .locator('.timeline-lane__label')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
  for (const right of rights) expect(right).toBeLessThanOrEqual(plotLeft);
  // Cut to the column, marked, and whole in the lane's title.
  await expect(
    timeline.locator('.timeline-lane__label', { hasText: /^Explosions\/Remo\w*…$/ }),
  ).toBeAttached();
  await expect(
    timeline.locator('svg g > title', { hasText: /^Explosions\/Remote violence$/ }),
  ).toBeAttached();
});

test('over two centuries the timeline’s and the chart’s time axes reach the end without overlapping', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await serve(page, 'centuries.json', twoCenturies());
  await openDashboard(page, '/?data=centuries.json');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const axis = timeline.locator('svg.timeline-axis');
  await expect(axis).toBeVisible({ timeout: 20_000 });
  const labels = await labelBoxes(axis.locator('.timeline-tick text'));
  expect(labels[0]?.text).toMatch(/^19\d\d$/);
  // To the end: the last label is within one step of 2100 (a label there would run off the axis).
  const step = Number(labels[1]?.text) - Number(labels[0]?.text);
  expect(Number(labels.at(-1)?.text)).toBeGreaterThanOrEqual(2100 - step);
  expectNoOverlap(labels);
  const right = (await axis.boundingBox())?.x ?? 0;
  const width = (await axis.boundingBox())?.width ?? 0;
  expect(labels.every((l) => l.right <= right + width)).toBe(true);

  const panel = chartRegion(page);
  await panel.getByLabel('Over time').check();
  const svg = panel.locator('svg[data-chart="over-time"]');
  await expect(svg).toBeVisible();
  const ticks = await labelBoxes(svg.locator('.recharts-xAxis-tick-labels text'));
  expect(ticks.length).toBeGreaterThan(3);
  expect(Number(ticks.at(-1)?.text)).toBeGreaterThanOrEqual(2050);
  expectNoOverlap(ticks);
});

async function recordRange(page: Page) {
  const panel = chartRegion(page);
  await panel.getByRole('button', { name: 'Add my assessed range…' }).click();
  const dialog = page.getByRole('dialog', { name: /^My assessed range:/ });
  await dialog.getByLabel('Low').fill('1,500');
  await dialog.getByLabel('Best estimate').fill('3,000');
  await dialog.getByLabel('High').fill('4,000');
  await dialog.getByLabel(/^Likelihood/).selectOption('likely');
  await dialog.getByLabel(/^Confidence/).selectOption('moderate');
  await dialog
    .getByLabel('Reasoning')
    .fill('JCS counts confirmed casualties; Zelensky includes the wounded at the front.');
  await dialog
    .getByRole('checkbox', { name: /^ROK JCS: more than 1,100/ })
    .first()
    .check();
  await dialog.getByRole('button', { name: 'Save my range' }).click();
  await expect(dialog).toBeHidden();
}

const SENTENCE =
  'Analyst’s assessment (as of 23 Dec 2024): likely (55–80 %) between 1,500 and 4,000 killed and wounded, best estimate 3,000; moderate confidence.';

test('the analyst’s assessed range: drawn as a labelled band with a best line, kept over a reload', async ({
  page,
}) => {
  await openDashboard(page);
  const panel = chartRegion(page);
  await expect(panel.locator('svg[data-chart]')).toBeVisible();
  await recordRange(page);
  await expect(panel.getByTestId('chart-analyst-range')).toHaveText(SENTENCE);
  await expect(panel.locator('[data-part="analyst-range"]')).toHaveText(
    'Analyst’s range: 1,500–4,000, best 3,000 — likely (55–80 %)',
  );
  // The band runs from 1,500 to 4,000 on the same axis as the sources' figures; the best line at 3,000.
  const band = await panel.locator('.chart-analyst-band').boundingBox();
  const best = await panel.locator('.chart-analyst-best line').boundingBox();
  const zel = await panel
    .locator('[data-estimate-key="claim:c-zelensky-over-3000"] [data-part="point"]')
    .boundingBox();
  expect(band && best && zel).toBeTruthy();
  if (!band || !best || !zel) return;
  expect(Math.abs(best.x - (zel.x + zel.width / 2))).toBeLessThan(2);
  expect(band.x).toBeLessThan(best.x);
  expect(band.x + band.width).toBeGreaterThan(best.x);
  await expect(panel.locator('.chart-summary')).toContainText('Reasoning: JCS counts confirmed casualties');
  await expect(panel.locator('.chart-summary')).toContainText('It rests on ROK JCS: more than 1,100.');

  await page.reload();
  await expect(chartRegion(page).getByTestId('chart-analyst-range')).toHaveText(SENTENCE);
  await chartRegion(page).getByLabel('Over time').check();
  await expect(chartRegion(page).locator('svg[data-chart="over-time"] .chart-analyst-band')).toBeAttached();
});

test('the analyst’s assessed range is in every export: PNG, SVG, slide, CSV and JSON', async ({ page }) => {
  test.setTimeout(60_000);
  await openDashboard(page);
  const panel = chartRegion(page);
  await expect(panel.locator('svg[data-chart]')).toBeVisible();
  await recordRange(page);
  const button = page.getByRole('button', { name: 'Export chart' });

  // PNG: the hatched band's violet is in the picture.
  const png = await exportFrom(page, button, /^PNG image \(2×, as on screen\)/);
  const violet = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) return 0;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let n = 0;
    // #5b21b6 and its hatch, give or take anti-aliasing.
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
      if (b > 120 && r > 60 && r < 140 && g < 80) n++;
    }
    return n;
  }, png.bytes.toString('base64'));
  expect(violet).toBeGreaterThan(200);

  // SVG: the band, its label and the caption's sentence, as text.
  const svg = (await exportFrom(page, button, 'SVG image')).bytes.toString('utf8');
  expect(svg).toContain('Analyst’s range: 1,500–4,000, best 3,000 — likely (55–80 %)');
  // The caption wraps its lines: the sentence is there, across them.
  const caption = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
  expect(caption).toContain(SENTENCE);
  expect(svg).toMatch(/url\(&quot;#analyst-hatch|url\(#analyst-hatch|url\("#analyst-hatch/);

  // Slide: the caption says it, the notes give it with its reasoning.
  const zip = await JSZip.loadAsync((await exportFrom(page, button, /PowerPoint/)).bytes);
  expect((await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? '').toContain(
    'between 1,500 and 4,000',
  );
  const notes = Object.keys(zip.files).find((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f));
  const notesXml = (await zip.file(notes ?? '')?.async('string')) ?? '';
  expect(notesXml).toContain('likely (55–80 %) between 1,500 and 4,000');
  expect(notesXml).toContain('Reasoning: JCS counts confirmed casualties');

  // CSV: a row of its own, marked as the analyst's.
  const [header, ...rows] = parseCsv((await exportFrom(page, button, /^CSV data/)).bytes.toString('utf8'));
  const row = rows.find((r) => r[0] === 'analyst-range');
  expect(row).toBeDefined();
  const col = (name: string) => header?.indexOf(name) ?? -1;
  expect([row?.[col('low')], row?.[col('best')], row?.[col('high')]]).toEqual(['1500', '3000', '4000']);
  expect(row?.[col('linked_claims')]).toBe('c-jcs-over-1100');

  // JSON: with the other judgements, and the file imports back with it.
  const json = await exportFrom(page, button, /^JSON data/);
  const data = JSON.parse(json.bytes.toString('utf8')) as {
    analystJudgements?: { ranges?: { measure: string; best: number; likelihood: string }[] };
  };
  expect(data.analystJudgements?.ranges).toEqual([
    expect.objectContaining({ measure: 'killed-wounded', best: 3000, likelihood: 'likely' }),
  ]);
  await page
    .getByLabel('Import dataset')
    .setInputFiles({ name: json.name, mimeType: 'application/json', buffer: json.bytes });
  await expect(page.locator('.import-messages__done')).not.toBeEmpty();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('at 1280×720 with a dataset of its own: the header keeps every button in the window, counts stay whole, the force label stays in the chart', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const data = generateDataset({ events: 2_000, claims: 200, sources: 150, seed: 3, categories: 8 });
  await serve(page, 'own.json', JSON.stringify(data));
  await openDashboard(page, '/?data=own.json');
  await expect(page.getByRole('button', { name: 'Switch to the bundled dataset' })).toBeVisible();
  const rights = await page
    .locator('.app-tools button')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
  for (const right of rights) expect(right).toBeLessThanOrEqual(1280);

  await page.getByRole('button', { name: 'Show filters' }).click();
  const counts = page.getByRole('group', { name: 'Categories' }).locator('.filters__count');
  await expect(counts.first()).toBeVisible();
  // A count is one line: "(2572)" never breaks inside.
  const heights = await counts.evaluateAll((els) => els.map((el) => el.getClientRects().length));
  expect(heights.every((n) => n === 1)).toBe(true);

  const svg = chartRegion(page).locator('svg[data-chart="disparity"]');
  const force = svg.locator('[data-part="deployed-force"] text');
  // The generated force sits near the axis's start: its label, which ends at the line, would be cut.
  await expect(force.first()).toBeAttached();
  const box = await svg.boundingBox();
  const lefts = await force.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().left));
  for (const left of lefts) expect(left).toBeGreaterThanOrEqual(box?.x ?? Infinity);
});
