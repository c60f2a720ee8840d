import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { parseDatasetText } from '../../src/data/validate';
import { expect, openDashboard, test } from './fixtures';
import { claimFrom, newDataset, pasteReport, REPORT } from './helpers/authoring';

const TITLE = 'North Korean losses in Kursk';
const RATIO =
  /Volodymyr Zelensky’s figure is 2\.7× Joint Chiefs of Staff of South Korea’s \(> 3,000 against > 1,100\)/;

async function expectTheView(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const claims = page.getByRole('region', { name: 'Documents and claims' });
  await expect(claims.locator('[data-claim-row]')).toHaveCount(2);
  await expect(claims.locator('.claim-mark')).toHaveText(['over 1,100', 'more than 3,000']);
  const chart = page.getByRole('region', { name: 'Estimate disparity' });
  await expect(chart.locator('svg[aria-describedby], figure, [role="img"]').first()).toBeVisible();
  await expect(chart).toContainText(RATIO);
}

/** A fresh browser (its own storage), guarded as every test page is: no request may leave the origin. */
async function freshPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  const foreign: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (
      url.startsWith('blob:') ||
      url.startsWith('data:') ||
      new URL(url).origin === new URL(baseURL).origin
    ) {
      return route.continue();
    }
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, foreign, errors };
}

test('an analyst writes a dataset from a pasted report; it survives a reload and an export/import', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await openDashboard(page);
  await newDataset(page, TITLE);
  await expect(page.getByText('Written in this app, kept in this browser')).toBeVisible();
  await pasteReport(page);

  const first = await claimFrom(page, {
    words: 'over 1,100',
    source: 'Joint Chiefs of Staff of South Korea',
    reliability: 'B',
    category: 'Casualty estimate',
    credibility: '2',
  });
  // The figure is read for the analyst, with the measure words that follow the selection.
  await expect(first.getByRole('status')).toContainText('Read “over 1,100” as more than 1,100');
  await expect(first.getByLabel('Bound')).toHaveValue('more-than');
  await expect(first.getByLabel('Number')).toHaveValue('1100');
  await expect(first.getByLabel('New measure')).toHaveValue('Killed and wounded');
  await expect(first.getByLabel('Counted in')).toHaveValue('troops');
  await first.getByRole('button', { name: 'Add the claim' }).click();
  await expect(first).toHaveCount(0);

  const second = await claimFrom(page, {
    words: 'more than 3,000',
    source: 'Volodymyr Zelensky',
    category: 'Casualty estimate',
    credibility: '3',
  });
  await expect(second.getByLabel('Measure')).toHaveValue('killed-and-wounded');
  await expect(second.getByLabel('Number')).toHaveValue('3000');
  await second.getByRole('button', { name: 'Add the claim' }).click();
  await expect(second).toHaveCount(0);

  const table = page.getByRole('region', { name: 'Documents and claims' });
  await expect(table.locator('[data-claim-row="c-1"]')).toContainText('> 1,100');
  await expect(table.locator('[data-claim-row="c-2"]')).toContainText('> 3,000');
  await expectTheView(page);
  await expect(page.getByText('all changes saved')).toBeVisible();

  await page.reload();
  await expectTheView(page);

  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('north-korean-losses-in-kursk-1.0.0.json');
  const text = await readFile((await download.path()) as string, 'utf8');
  const parsed = parseDatasetText(text);
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  expect(parsed.data.documents[0]?.text).toBe(REPORT);
  expect(
    parsed.data.claims.map((c) => [c.quote, c.figure?.bound, c.figure?.low, c.anchor?.prefix.slice(-10)]),
  ).toEqual([
    ['over 1,100', 'more-than', 1100, 'nday that '],
    ['more than 3,000', 'more-than', 3000, 'on X that '],
  ]);

  const fresh = await freshPage(browser, baseURL as string);
  await openDashboard(fresh.page);
  await fresh.page.getByLabel('Import dataset').setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expectTheView(fresh.page);
  expect(fresh.foreign).toEqual([]);
  expect(fresh.errors).toEqual([]);
  await fresh.context.close();
});

test('undo and redo across the session, by keys and buttons; a crashed tab loses nothing', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  await openDashboard(page);
  await newDataset(page, TITLE);
  await pasteReport(page);
  const claim = await claimFrom(page, {
    words: 'over 1,100',
    source: 'Joint Chiefs of Staff of South Korea',
    category: 'Casualty estimate',
    credibility: '2',
  });
  await claim.getByRole('button', { name: 'Add the claim' }).click();
  const rows = page.getByRole('region', { name: 'Documents and claims' }).locator('[data-claim-row]');
  await expect(rows).toHaveCount(1);

  await page.locator('body').press('Control+z');
  await expect(rows).toHaveCount(0);
  await page.locator('body').press('Control+z');
  await expect(page.getByRole('region', { name: 'Documents and claims' })).toContainText(
    'holds no documents',
  );
  await page.locator('body').press('Control+Shift+z');
  await page.getByRole('button', { name: /^Redo/ }).click();
  await expect(rows).toHaveCount(1);
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(rows).toHaveCount(0);
  await page.getByRole('button', { name: /^Redo/ }).click();
  await expect(rows).toHaveCount(1);
  await expect(page.getByText('all changes saved')).toBeVisible();

  // The tab crashes: what was done is kept, and so is the undo history.
  await page.goto('chrome://crash').catch(() => undefined);
  const again = await context.newPage();
  await again.goto('/');
  await expect(again.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const kept = again.getByRole('region', { name: 'Documents and claims' }).locator('[data-claim-row]');
  await expect(kept).toHaveCount(1);
  await again.getByRole('button', { name: 'Edit', exact: true }).click();
  const undoButton = again.getByRole('button', { name: /^Undo/ });
  await expect(undoButton).toHaveAttribute('title', 'Undo: Add claim (Ctrl+Z)');
  await undoButton.click();
  await expect(kept).toHaveCount(0);
});

test('editing the bundled dataset makes an editable copy, said in the header; the bundled one stays', async ({
  page,
}) => {
  await openDashboard(page);
  const bundledTitle = await page.getByRole('heading', { level: 1 }).textContent();
  const version = await page.locator('.app-version').textContent();
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(
    page.getByText(/^Editable copy of “.+” \(version \d+\.\d+\.\d+\), kept in this browser/),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Done editing' })).toBeVisible();

  // A place typed by its coordinates, then a second one picked on the map.
  await page.getByRole('button', { name: 'Sources, events, places…' }).click();
  await page.getByRole('button', { name: 'Add place' }).click();
  let dialog = page.getByRole('dialog', { name: 'Add place' });
  await dialog.getByLabel('Name').fill('Sudzha');
  await dialog.getByLabel('Latitude').fill('91');
  await expect(dialog.getByText('must lie between −90 and 90 degrees')).toBeVisible();
  await dialog.getByLabel('Latitude').fill('51.19');
  await dialog.getByRole('button', { name: 'Pick the point on the map' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Click the map where the place is.')).toBeVisible();
  await page.locator('.map-view').click();
  dialog = page.getByRole('dialog', { name: 'Add place' });
  await expect(dialog.getByLabel('Name')).toHaveValue('Sudzha');
  await expect(dialog.getByLabel('Latitude')).not.toHaveValue('51.19');
  await expect(dialog.getByLabel('Longitude')).toHaveValue(/^\d+\.\d+$/);
  await dialog.getByLabel('Precision').selectOption('approximate');
  await dialog.getByRole('button', { name: 'Add the place' }).click();
  await expect(dialog.getByText('must not be empty: how far the place may be')).toBeVisible();
  await dialog.getByLabel('Radius (km)').fill('5');
  await dialog.getByRole('button', { name: 'Add the place' }).click();
  await expect(page.getByRole('dialog', { name: /Contents of/ })).toContainText('Sudzha');
  await page
    .getByRole('dialog', { name: /Contents of/ })
    .getByRole('button', { name: 'Close' })
    .click();

  await page.getByRole('button', { name: 'Switch to the bundled dataset' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(bundledTitle ?? '');
  await expect(page.locator('.app-version')).toHaveText(version ?? '');
  await expect(page.getByText(/^Editable copy of/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit a copy' })).toBeVisible();
});

test('a claim typed from the keyboard; editing its words out of the text flags it, never moving it', async ({
  page,
}) => {
  await openDashboard(page);
  await newDataset(page, TITLE);
  await pasteReport(page);
  const open = page.getByRole('button', { name: 'New claim by typing its quote' });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New claim' });
  const quote = dialog.getByLabel('Quote (the exact words of the document)');
  await quote.fill('more than 3,001');
  await expect(dialog.getByText('is not found word for word in the document’s text')).toBeVisible();
  await quote.fill('more than 3,000');
  await expect(dialog.getByRole('status').first()).toContainText('Read “more than 3,000” as more than 3,000');
  await dialog.getByLabel('Source', { exact: true }).fill('Volodymyr Zelensky');
  await dialog.getByLabel('Category').fill('Casualty estimate');
  await dialog.getByLabel('Credibility (Admiralty)').selectOption('3');
  await dialog.getByLabel('Why this credibility').fill('One party’s preliminary figure.');
  await dialog.getByLabel('Why this credibility').press('Enter');
  const claims = page.getByRole('region', { name: 'Documents and claims' });
  await expect(claims.locator('.claim-mark')).toHaveText(['more than 3,000']);

  // The report is corrected: the claim's words are gone from it.
  await page.getByRole('button', { name: 'Sources, events, places…' }).click();
  await page.getByRole('button', { name: /^Edit document/ }).click();
  const doc = page.getByRole('dialog', { name: /^Edit document/ });
  const text = doc.getByLabel('Text', { exact: true });
  await text.fill(REPORT.replace('more than 3,000', 'over 3,000'));
  await doc.getByRole('button', { name: 'Save the document' }).click();
  await page
    .getByRole('dialog', { name: /Contents of/ })
    .getByRole('button', { name: 'Close' })
    .click();
  await expect(
    page.getByText(/One claim quotes words no longer in the edited text \(c-1\): flagged, not moved/),
  ).toBeVisible();
  await expect(claims.locator('.claim-mark')).toHaveCount(0);
  await expect(claims.locator('[data-claim-row="c-1"]')).toContainText(
    'Its words are no longer in the document’s text',
  );

  await page.locator('body').press('Control+z');
  await expect(claims.locator('.claim-mark')).toHaveText(['more than 3,000']);
  await expect(claims.locator('[data-claim-row="c-1"]')).not.toContainText('no longer in the document');
});

/** A wire copy with three sources and five figures, two of them of measures the dataset does not yet have. */
const THREE_SOURCES = [
  'SEOUL, Dec 23 (wire) — South Korea’s Joint Chiefs of Staff said on Monday that over 1,100 North Korean soldiers have been killed or wounded in Russia’s Kursk region.',
  'Hours later Ukrainian President Volodymyr Zelensky wrote on X that more than 3,000 North Koreans had been killed or wounded.',
  'The National Intelligence Service told lawmakers that about 12,000 troops were deployed and that some 300 soldiers were killed.',
  'The NIS added that 2,700 soldiers were wounded.',
].join('\n');

test('three sources and five claims from one report, without touching JSON, kept over a reload', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openDashboard(page);
  await newDataset(page, TITLE);
  await pasteReport(page, THREE_SOURCES);
  const claims: { words: string; source: string; read: RegExp }[] = [
    { words: 'over 1,100', source: 'Joint Chiefs of Staff of South Korea', read: /as more than 1,100/ },
    { words: 'more than 3,000', source: 'Volodymyr Zelensky', read: /as more than 3,000/ },
    { words: 'about 12,000', source: 'National Intelligence Service', read: /as about 12,000/ },
    { words: 'some 300', source: 'National Intelligence Service', read: /as about 300/ },
    { words: '2,700', source: 'National Intelligence Service', read: /as 2,700/ },
  ];
  for (const c of claims) {
    const dialog = await claimFrom(page, { ...c, category: 'Casualty estimate', credibility: '3' });
    await expect(dialog.getByRole('status').first()).toContainText(c.read);
    // A source named before is picked again, not made twice; a new measure is named from the words after.
    await dialog.getByRole('button', { name: 'Add the claim' }).click();
    await expect(dialog).toHaveCount(0);
    // The passage just claimed is not offered again: the bar asks for a new selection.
    await expect(page.getByRole('button', { name: 'New claim from the selection' })).toHaveCount(0);
  }
  const panel = page.getByRole('region', { name: 'Documents and claims' });
  await expect(panel.locator('[data-claim-row]')).toHaveCount(5);
  // In the document's order.
  await expect(panel.locator('.claim-mark')).toHaveText([
    'over 1,100',
    'more than 3,000',
    'about 12,000',
    'some 300',
    '2,700',
  ]);

  const check = async () => {
    await expect(panel.locator('[data-claim-row]')).toHaveCount(5);
    const sources = page.getByRole('region', { name: 'Filters' }).getByRole('group', { name: /Sources/ });
    for (const name of [
      'Joint Chiefs of Staff of South Korea',
      'Volodymyr Zelensky',
      'National Intelligence Service',
    ])
      await expect(sources.getByText(name, { exact: true })).toBeVisible();
    // The chart compares the killed-and-wounded figures of two sources; the killed, the wounded and the
    // deployed are measures of their own, read from the words after each figure.
    const chart = page.getByRole('region', { name: 'Estimate disparity' });
    await expect(chart).toContainText(RATIO);
    await expect(chart.getByLabel('Measure').locator('option')).toHaveText([
      'Killed and wounded',
      'Troops deployed',
      'Killed',
      'Wounded',
    ]);
  };
  await check();
  await expect(page.getByText('all changes saved')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await check();
});
