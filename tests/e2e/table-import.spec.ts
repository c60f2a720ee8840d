/** Tables and places brought in through the Import control: presets, row errors, bad input, reload. */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openDashboard, test } from './fixtures';
import { parseCsv } from './helpers/csv';
import { xlsxOf } from './helpers/xlsx';

const fixture = (name: string) => resolve(import.meta.dirname, '../fixtures', name);
const title = (page: Page) => page.getByRole('heading', { level: 1 });
const dialog = (page: Page) => page.getByRole('dialog');

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel('Import dataset').setInputFiles({ name, mimeType: 'text/csv', buffer });
}

/** The page answers within a frame or two while a file is handled: nothing holds it. */
async function answersQuickly(page: Page) {
  const started = Date.now();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  expect(Date.now() - started).toBeLessThan(1_000);
}

test('an ACLED export imports through its preset, every panel shows it, and a reload restores it', async ({
  page,
}) => {
  await openDashboard(page);
  const bundledTitle = await title(page).textContent();
  await page.getByLabel('Import dataset').setInputFiles(fixture('acled-shaped.csv'));
  await expect(dialog(page)).toHaveAccessibleName('Import table: acled-shaped.csv');
  await expect(page.getByLabel('Preset')).toHaveValue('acled');
  await expect(page.getByLabel('Column for Date', { exact: true })).toHaveValue('event_date');
  await expect(page.getByLabel('Column for Figure: low')).toHaveValue('fatalities');
  await expect(
    page.getByRole('table', { name: /First 8 rows of acled-shaped.csv \(31 columns\)/ }),
  ).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations).toEqual([]);

  await page.getByRole('button', { name: 'Read all rows' }).click();
  await expect(dialog(page).getByRole('status').first()).toContainText(
    '40 rows read (CSV, UTF-8, comma-delimited): 40 can be imported.',
  );
  // The dataset on screen stays until the analyst chooses.
  await expect(title(page)).toHaveText(bundledTitle ?? '');
  await page.getByRole('button', { name: 'Import 40 rows' }).click();
  await expect(title(page)).toHaveText('Imported table: acled-shaped.csv');
  await expect(page.getByText(/fatalities are ACLED's conservative count, read as "at least"/)).toBeVisible();
  await expect(page.getByText(/^40 of 40 events and/)).toBeVisible();
  await expect(page.getByText('Showing 40 of 40 events')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Battles/ })).toBeVisible();
  await expect(page.getByLabel('Measure')).toHaveValue('fatalities');
  await expect(page.getByRole('region', { name: /map/i }).first()).toBeVisible();

  await page.reload();
  await expect(title(page)).toHaveText('Imported table: acled-shaped.csv');
});

test('a UCDP GED file in Windows-1252: encoding detected and overridable, figures with their range', async ({
  page,
}) => {
  await openDashboard(page);
  await page.getByLabel('Import dataset').setInputFiles(fixture('ucdp-ged-shaped.csv'));
  const encoding = page.getByLabel('Encoding');
  await expect(encoding.locator('option').first()).toHaveText('Detected: Windows-1252');
  const preview = page.getByRole('region', { name: 'Preview of the first rows' });
  await expect(preview).toContainText('Government of A – ');
  await encoding.selectOption('utf-8');
  await expect(preview).toContainText('Government of A \uFFFD ');
  await encoding.selectOption('windows-1252');
  await expect(preview).toContainText('Government of A – ');
  await expect(page.getByLabel('Preset')).toHaveValue('ucdp');
  await page.getByRole('button', { name: 'Read all rows' }).click();
  await page.getByRole('button', { name: 'Import 30 rows' }).click();
  await expect(title(page)).toHaveText('Imported table: ucdp-ged-shaped.csv');
  await expect(page.getByRole('checkbox', { name: /^Bulletin Épsilon/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^One-sided violence/ })).toBeVisible();
  await expect(page.getByLabel('Measure')).toHaveValue('deaths');
});

const UNTIDY = [
  'id;date;lat;lon;source;low;high;note',
  '1;02/01/2024;50.1;36.2;Outlet A;1;2;fine',
  '2;31/02/2024;50.1;36.2;Outlet A;1;2;impossible date',
  '3;04/01/2024;200;36.2;Outlet A;1;2;latitude 200',
  '4;05/01/2024;50.1;36.2;Outlet A;5;3;high below low',
  '5;06/01/2024;50.1;36.2',
  "6;07/01/2024;50.1;36.2;Outlet A;1;2;=cmd|' /C calc'!A0",
].join('\r\n');

test('untidy rows are listed by row, column and reason, downloadable, and the good rows imported', async ({
  page,
}) => {
  await openDashboard(page);
  await chooseFile(page, 'untidy.csv', Buffer.from(UNTIDY));
  await expect(page.getByLabel('Delimiter').locator('option').first()).toHaveText('Detected: semicolon');
  await expect(page.getByLabel('Column for Latitude')).toHaveValue('lat');
  // The sheet is day first: the mapper read the samples so.
  await expect(page.getByLabel('Date format of date')).toHaveValue('day-first');
  await page.getByLabel('Column for Description').selectOption('note');
  await page.getByLabel('Column for Figure: high').selectOption('high');
  await page.getByLabel('Save this mapping as').fill('Untidy sheet');
  await page.getByRole('button', { name: 'Save mapping' }).click();
  await expect(page.getByText('Saved as “Untidy sheet”.')).toBeVisible();
  await page.getByRole('button', { name: 'Read all rows' }).click();

  const report = page.getByRole('region', { name: 'Rows that cannot be imported' });
  await expect(report.getByRole('heading')).toHaveText('4 problems in 4 groups');
  await expect(report).toContainText('row › date: "31/02/2024" is not a real calendar date');
  await expect(report).toContainText('row › lat: 200 is outside −90 to 90');
  await expect(report).toContainText('row › high: 3 is below low (5)');
  await expect(report).toContainText('has 4 cells where the header has 8');
  const download = page.waitForEvent('download');
  await report.getByRole('button', { name: 'Download all problems (CSV)' }).click();
  const csv = parseCsv(readFileSync((await (await download).path()) ?? '', 'utf8'));
  expect(csv.slice(1).map((r) => [r[0], r[1]])).toEqual([
    ['row 3', 'date'],
    ['row 4', 'lat'],
    ['row 5', 'high'],
    ['row 6', ''],
  ]);

  await page.getByRole('button', { name: 'Import the 2 good rows' }).click();
  await expect(title(page)).toHaveText('Imported table: untidy.csv');
  await expect(page.getByText(/6 rows read, 2 imported as events\. Dropped 4 rows/)).toBeVisible();
  // The formula is text, shown as written and never run.
  await expect(
    page.getByText("=cmd|' /C calc'!A0", { exact: true }).filter({ visible: true }).first(),
  ).toBeVisible();

  // The saved mapping comes back for the next file.
  await chooseFile(page, 'untidy-2.csv', Buffer.from(UNTIDY));
  await page.getByLabel('Saved mapping').selectOption('Untidy sheet');
  await expect(page.getByLabel('Column for Figure: high')).toHaveValue('high');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(title(page)).toHaveText('Imported table: untidy.csv');
});

test('bad input is refused with its reason; the dataset on screen stays and the page keeps answering', async ({
  page,
}) => {
  await openDashboard(page);
  const before = await title(page).textContent();
  const refusedWith = async (name: string, reason: RegExp) => {
    await expect(page.getByRole('alert')).toContainText(`${name} cannot be imported`);
    await expect(page.getByRole('region', { name: 'Rows that cannot be imported' })).toContainText(reason);
    await answersQuickly(page);
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).last().click();
    await expect(title(page)).toHaveText(before ?? '');
  };

  const junk = Buffer.alloc(200_000);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 256;
  await chooseFile(page, 'junk.csv', junk);
  await refusedWith('junk.csv', /is not a text table: junk\.csv holds binary data/);

  const wide = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',') + '\n1,2\n';
  await chooseFile(page, 'wide.csv', Buffer.from(wide));
  await refusedWith('wide.csv', /header: the header row has 10,000 columns; at most 500 are read/);

  // A sparse 2 GB file: refused by its size before a byte is read.
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-'));
  const huge = join(dir, 'huge.csv');
  execFileSync('truncate', ['-s', '2G', huge]);
  await page.getByLabel('Import dataset').setInputFiles(huge);
  await refusedWith(
    'huge.csv',
    /is too large: 2,048 MB, at most 256 MB allowed for a table; it was not read/,
  );
});

test('a table dropped on the page opens the same mapper', async ({ page }) => {
  await openDashboard(page);
  const text = readFileSync(fixture('timemap-shaped.csv'), 'utf8');
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'dropped.csv', { type: 'text/csv' }));
    return data;
  }, text);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByText(/a table \(CSV, TSV, XLSX\)/)).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(dialog(page)).toHaveAccessibleName('Import table: dropped.csv');
  await expect(page.getByLabel('Preset')).toHaveValue('timemap');
  await expect(page.getByLabel('Date format of date')).toHaveValue('month-first');
});

test('an XLSX workbook imports through the same control', async ({ page }) => {
  await openDashboard(page);
  const buffer = await xlsxOf([
    ['id', 'date', 'category', 'description', 'latitude', 'longitude', 'source'],
    ['x-1', '2024-05-01', 'Shelling', 'Shelling near a town', 51.2, 35.3, 'Outlet A'],
    ['x-2', '2024-05-03', 'Troop movement', 'A column seen on a road', 51.3, 35.1, 'Outlet B; Outlet A'],
  ]);
  await page.getByLabel('Import dataset').setInputFiles({
    name: 'sheet.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await expect(page.getByText('Read as an Excel workbook (XLSX), first sheet.')).toBeVisible();
  await expect(page.getByLabel('Column for Source(s)')).toHaveValue('source');
  await page.getByRole('button', { name: 'Read all rows' }).click();
  await page.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(title(page)).toHaveText('Imported table: sheet.xlsx');
  await expect(page.getByText('Showing 2 of 2 events')).toBeVisible();
});

test('GeoJSON places are added to the dataset on screen as its next version', async ({ page }) => {
  await openDashboard(page);
  const before = await title(page).textContent();
  await page.getByLabel('Import dataset').setInputFiles(fixture('places.geojson'));
  await expect(dialog(page)).toHaveAccessibleName('Import places: places.geojson');
  await expect(dialog(page).getByRole('status')).toContainText('9 places can be added to');
  await page.getByRole('button', { name: 'Add 9 places' }).click();
  await expect(title(page)).toHaveText(before ?? '');
  await expect(page.getByText(/version 1\.2\.1, kept on this device\. 9 places were added\./)).toBeVisible();
});
