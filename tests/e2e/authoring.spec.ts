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
