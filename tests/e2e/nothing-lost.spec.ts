/**
 * Nothing an analyst did is lost without a word: two tabs grading the same dataset, a file re-imported
 * over grades the analyst made, storage that refuses a write.
 */
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { exportFrom } from './helpers/export-files';
import { bundledFile, expect, openDashboard, test } from './fixtures';

async function gradeSource(page: Page, name: string, grade: string, note: string) {
  await page.getByRole('button', { name: 'Sources and grades' }).click();
  const list = page.getByRole('dialog', { name: 'Sources and grades' });
  await list.getByRole('button', { name: `Grade source ${name}` }).click();
  const editor = page.getByRole('dialog', { name: /^Grade source:/ });
  await editor.getByLabel(/Your grade/).selectOption(grade);
  await editor.getByLabel('Your note').fill(note);
  await editor.getByRole('button', { name: 'Save grade and note' }).click();
  await expect(editor).toHaveCount(0);
  return list;
}

const sourceRow = (page: Page, id: string) =>
  page.getByRole('dialog', { name: 'Sources and grades' }).locator(`[data-source-row="${id}"]`);

test('two tabs grading different sources keep both grades, and each tab learns of the other’s', async ({
  page,
  context,
}) => {
  const second = await context.newPage();
  await openDashboard(page);
  await openDashboard(second);

  const list = await gradeSource(page, 'ROK JCS', 'E', 'Graded in the first tab.');
  await expect(sourceRow(page, 'jcs')).toContainText('E (analyst) — was B');
  await list.getByRole('button', { name: 'Close' }).click();

  // The second tab, opened before that grade, grades another source.
  await gradeSource(second, 'Zelensky', 'D', 'Graded in the second tab.');
  await expect(sourceRow(second, 'zelensky')).toContainText('D (analyst) — was C');
  // It has heard of the first tab's grade without a reload.
  await expect(sourceRow(second, 'jcs')).toContainText('E (analyst) — was B');

  for (const tab of [page, second]) {
    await tab.reload();
    await tab.getByRole('button', { name: 'Sources and grades' }).click();
    await expect(sourceRow(tab, 'jcs')).toContainText('Note: Graded in the first tab.');
    await expect(sourceRow(tab, 'zelensky')).toContainText('Note: Graded in the second tab.');
  }
  await second.close();
});

test('a link naming a dataset elsewhere opens nothing from there and says why', async ({ page, guards }) => {
  const hostile = [
    'http://evil.example/x.json',
    '//evil.example/x.json',
    'data:application/json,{}',
    'javascript:alert(1)',
    '../secret.json',
    'blob:http://127.0.0.1/abc',
  ];
  for (const value of hostile) {
    await page.goto(`/?data=${encodeURIComponent(value)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(bundledFile.title);
    await expect(page.getByRole('status').filter({ hasText: 'which was not opened' })).toContainText(
      value.slice(0, 20),
    );
  }
  expect(guards.foreignRequests).toEqual([]);
});

test('right-to-left overrides in a dataset stay inside their own words, on screen and in every export', async ({
  page,
}) => {
  const RLO = '\u202E';
  const data = JSON.parse(JSON.stringify(bundledFile)) as {
    id: string;
    title: string;
    sources: { id: string; name: string; shortName: string }[];
  };
  data.id = 'bidi-test';
  data.title = `${RLO}Hostile title`;
  const jcs = data.sources.find((s) => s.id === 'jcs');
  if (!jcs) throw new Error('the bundled dataset has no jcs source');
  jcs.name = `${RLO}Joint Chiefs`;
  jcs.shortName = `${RLO}ROK JCS`;
  await openDashboard(page);
  await page.getByLabel('Import dataset').setInputFiles({
    name: 'bidi.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(data)),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${RLO}Hostile title`);

  // On screen: the app's own words after the name keep their order (the grade follows the name).
  const row = page
    .getByRole('region', { name: 'Documents and claims' })
    .getByRole('table')
    .getByRole('row')
    .filter({ hasText: '> 1,100' })
    .first();
  await expect(row.locator('bdi').first()).toHaveText(`${RLO}ROK JCS`);

  const button = page.getByRole('button', { name: 'Export chart' });
  const svg = await exportFrom(page, button, 'SVG image');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      texts: Array.from(doc.querySelectorAll('text')).map((t) => t.textContent ?? ''),
    };
  }, svg.bytes.toString('utf8'));
  expect(parsed.error).toBeNull();
  const sourcesLine = parsed.texts.join(' ');
  // The name is isolated (FSI … PDI) and its override closed (PDF) before the grade that follows it.
  expect(sourcesLine).toContain(`\u2068${RLO}ROK JCS\u202C\u2069 (B)`);
  // No piece of text leaves an embedding or override open (LRE, RLE, LRO, RLO each closed by a PDF).
  for (const text of parsed.texts) {
    const opened = (text.match(/[\u202A\u202B\u202D\u202E]/g) ?? []).length;
    const closed = (text.match(/\u202C/g) ?? []).length;
    expect(closed, text).toBe(opened);
  }

  const pptx = await exportFrom(page, button, /PowerPoint/);
  const zip = await JSZip.loadAsync(pptx.bytes);
  const slide = (await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? '';
  const error = await page.evaluate(
    (xml) =>
      new DOMParser().parseFromString(xml, 'application/xml').querySelector('parsererror')?.textContent ??
      null,
    slide,
  );
  expect(error).toBeNull();
  expect(slide).toContain('\u2069 (B)');
});

test('a browser that refuses localStorage: the import, the marking, the tile setting and a saved column mapping each say what will not be kept', async ({
  page,
  baseURL,
}) => {
  // As a private window or a policy does: reads work, every write is refused.
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openDashboard(page);
  const data = { ...structuredClone(bundledFile), id: 'kept-nowhere', title: 'Kept nowhere' };
  await page.getByLabel('Import dataset').setInputFiles({
    name: 'kept-nowhere.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(data)),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kept nowhere');
  await expect(page.getByText(/This browser will not remember which dataset is open/)).toBeVisible();

  const map = page.getByRole('region', { name: /map$/ });
  await map.getByText('Online tiles').click();
  await map.getByLabel('Tile URL template').fill(`${baseURL}/tiles/{z}/{x}/{y}.png`);
  await map.getByRole('button', { name: 'Save' }).click();
  await expect(map.getByRole('status').filter({ hasText: 'would not store the tile server' })).toBeVisible();

  await page.getByRole('button', { name: 'Export map' }).click();
  await page.getByRole('menuitem', { name: 'Handling marking…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Handling marking' });
  await dialog.getByLabel('Marking line').fill('OFFICIAL');
  await dialog.getByRole('button', { name: 'Save marking' }).click();
  // The dialog stays open to say the marking lasts this page only.
  await expect(dialog.getByRole('status')).toContainText('This browser would not store the marking');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByLabel('Import dataset').setInputFiles({
    name: 'sheet.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('date,lat,lon,source\n2024-01-02,50.1,36.2,Outlet A\n'),
  });
  await page.getByLabel('Save this mapping as').fill('My sheet');
  await page.getByRole('button', { name: 'Save mapping' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'would not store the mapping' })).toBeVisible();
  // Kept for this page: it can still be chosen.
  await expect(page.getByLabel('Saved mapping')).toContainText('My sheet');
});
