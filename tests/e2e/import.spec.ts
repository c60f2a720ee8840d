import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { generateDataset } from '../../src/data/generate';
import { expect, openDashboard, test } from './fixtures';

interface RawDataset {
  title: string;
  version: string;
  description: string;
  documents: { title: string; text: string; publisher?: string }[];
  sources: { id: string; name: string; shortName: string; reliability: string }[];
  claims: Record<string, unknown>[];
  events: { description: string; citations: { title: string; publisher: string; url: string }[] }[];
}

const bundledText = readFileSync(resolve(import.meta.dirname, '../../public/data/dataset.json'), 'utf8');
const bundled = () => JSON.parse(bundledText) as RawDataset;
const BUNDLED_TITLE = bundled().title;

async function importFile(page: Page, name: string, content: unknown) {
  const buffer = Buffer.from(typeof content === 'string' ? content : JSON.stringify(content));
  await page.getByLabel('Import dataset').setInputFiles({ name, mimeType: 'application/json', buffer });
}

const title = (page: Page) => page.getByRole('heading', { level: 1 });

test('a bad file lists its problems as an alert, and the dataset on screen stays', async ({ page }) => {
  await openDashboard(page);
  await expect(page.getByRole('button', { name: 'Import dataset', exact: true })).toBeVisible();
  const broken = bundled();
  broken.title = 'Must never be shown';
  broken.claims[1] = { ...broken.claims[1], id: broken.claims[0]?.id };
  broken.claims[2] = { ...broken.claims[2], sourceId: 'nobody' };
  await importFile(page, 'broken.json', broken);

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('broken.json was not imported');
  const problems = alert.getByRole('list', { name: 'Problems in the imported file' });
  await expect(problems).toContainText(/claims\[1\] \(.+\) › id: duplicate id/);
  await expect(problems).toContainText(/claims\[2\] \(.+\) › sourceId: refers to unknown source "nobody"/);
  await expect(title(page)).toHaveText(BUNDLED_TITLE);

  // Not JSON at all: said so, and still nothing changes.
  await importFile(page, 'notes.json', '{"title": "half a file",');
  await expect(page.getByRole('alert')).toContainText('is not valid JSON');
  await expect(title(page)).toHaveText(BUNDLED_TITLE);

  await page.getByRole('button', { name: 'Dismiss problems' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a hostile file runs nothing: payloads show as text, a javascript: link is refused', async ({
  page,
  guards,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openDashboard(page);

  const withLink = bundled();
  const [firstEvent] = withLink.events;
  if (firstEvent?.citations[0]) firstEvent.citations[0].url = 'javascript:alert(1)';
  await importFile(page, 'link.json', withLink);
  await expect(page.getByRole('alert')).toContainText(/citations\[0\]\.url: must start with http/);
  await expect(title(page)).toHaveText(BUNDLED_TITLE);

  const img = '<img src=x onerror="alert(1)">';
  const script = '<script>alert(2)</script>';
  const hostile = bundled();
  hostile.title = `${img}Hostile ${script}`;
  hostile.description = script;
  const [doc] = hostile.documents;
  if (!doc) throw new Error('the bundled dataset has no document');
  doc.publisher = `${script} Publisher`;
  doc.title = `${img} article`;
  // A quote must be in the document's text: the payload is appended, and claimed word for word.
  doc.text += `\n${img} said ${script}`;
  hostile.claims.push({
    ...hostile.claims[0],
    id: 'c-hostile',
    quote: `${img} said ${script}`,
    position: undefined,
    summary: `${img}${script}`,
  });
  const source = hostile.sources[0];
  if (source) source.name = `<svg onload=alert(3)>${source.name}`;
  const event = hostile.events[0];
  if (event) {
    event.description = `${img} happened`;
    const citation = event.citations[0];
    if (citation) Object.assign(citation, { title: script, publisher: img });
  }
  await importFile(page, 'hostile.json', hostile);

  await expect(title(page)).toHaveText(`${img}Hostile ${script}`);
  const article = page.getByRole('region', { name: 'Documents and claims' });
  await expect(article.getByRole('table').getByText(`${img}${script}`)).toBeVisible();
  await expect(article.getByRole('heading', { name: `${img} article` })).toBeVisible();
  // Nothing the file carried became an element or ran.
  expect(await page.locator('img[src="x"], svg[onload], script:not([src])').count()).toBe(0);
  expect(await page.evaluate(() => document.querySelectorAll('[onerror], [onload]').length)).toBe(0);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(guards.foreignRequests).toEqual([]);
});

test('a good file replaces the dataset, survives a reload, and the bundled one is one click away', async ({
  page,
}) => {
  await openDashboard(page);
  const newer = bundled();
  newer.title = 'Kursk claims, revised';
  newer.version = '2.0.0';
  await importFile(page, 'revised.json', newer);
  await expect(title(page)).toHaveText('Kursk claims, revised');
  await expect(page.getByText('version 2.0.0', { exact: false }).first()).toBeVisible();

  await page.reload();
  await expect(title(page)).toHaveText('Kursk claims, revised');

  await page.getByRole('button', { name: 'Switch to the bundled dataset' }).click();
  await expect(title(page)).toHaveText(BUNDLED_TITLE);
  await page.reload();
  await expect(title(page)).toHaveText(BUNDLED_TITLE);

  // The imported one is kept, listed, can be shown again, and deleted after a confirmation.
  await page.getByRole('button', { name: 'Datasets on this device' }).click();
  const dialog = page.getByRole('dialog', { name: 'Datasets on this device' });
  await expect(dialog).toContainText('Kursk claims, revised');
  await expect(dialog).toContainText('version 2.0.0');
  await expect(dialog).toContainText(/imported \d{1,2} \w+ \d{4}/);
  await dialog.getByRole('button', { name: 'Show Kursk claims, revised version 2.0.0' }).click();
  await expect(title(page)).toHaveText('Kursk claims, revised');

  await page.getByRole('button', { name: 'Datasets on this device' }).click();
  await dialog.getByRole('button', { name: 'Delete Kursk claims, revised version 2.0.0' }).click();
  await dialog.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(dialog).not.toContainText('Kursk claims, revised');
  await expect(title(page)).toHaveText(BUNDLED_TITLE);
  await page.reload();
  await expect(title(page)).toHaveText(BUNDLED_TITLE);
});

test('a large file whose rows need zod is checked in the worker; its problems are listed, nothing changes', async ({
  page,
}) => {
  await openDashboard(page);
  const large = generateDataset({ events: 4_000, claims: 20, sources: 6, seed: 4 });
  (large.events[3_500] as { date: { date: string } }).date.date = '2024-02-30';
  const text = JSON.stringify(large);
  expect(text.length).toBeGreaterThan(1_000_000);
  // Off the main thread: the validation worker is loaded (allowed by the policy's worker-src).
  const worker = page.waitForRequest(/\/assets\/validate\.worker-[\w-]+\.js$/);
  await importFile(page, 'large.json', text);
  await worker;
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('large.json was not imported');
  await expect(alert.getByRole('list', { name: 'Problems in the imported file' })).toContainText(
    'events[3500] (e-3500) › date.date: is not a real calendar date',
  );
  await expect(title(page)).toHaveText(BUNDLED_TITLE);
});

test('a file dropped on the page is imported', async ({ page }) => {
  await openDashboard(page);
  const dropped = bundled();
  dropped.title = 'Dropped dataset';
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return data;
  }, JSON.stringify(dropped));
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByText('Drop the file to import it as a dataset.')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(title(page)).toHaveText('Dropped dataset');
  await expect(page.getByText('Drop the file to import it as a dataset.')).toHaveCount(0);
});

test('a re-graded source and claim, with notes, show beside the original and survive a reload', async ({
  page,
}) => {
  await openDashboard(page);
  await page.getByRole('button', { name: 'Sources and grades' }).click();
  const list = page.getByRole('dialog', { name: 'Sources and grades' });
  await list.getByRole('button', { name: 'Grade source ROK JCS' }).click();
  const editor = page.getByRole('dialog', { name: /^Grade source:/ });
  await editor.getByLabel(/Your grade/).selectOption('E');
  await editor.getByLabel('Your note').fill('Figures later revised; treat with care.');
  await editor.getByRole('button', { name: 'Save grade and note' }).click();
  const jcsRow = list.locator('[data-source-row="jcs"]');
  await expect(jcsRow).toContainText('E (analyst) — was B');
  await expect(jcsRow).toContainText('Note: Figures later revised; treat with care.');
  await list.getByRole('button', { name: 'Close' }).click();

  // A claim, from its row in the claims table.
  const table = page.getByRole('region', { name: 'Documents and claims' }).getByRole('table');
  const row = table.getByRole('row').filter({ hasText: '> 1,100' }).first();
  await row.getByRole('button', { name: /^Grade claim C\d+$/ }).click();
  const claimEditor = page.getByRole('dialog', { name: /^Grade claim:/ });
  await claimEditor.getByLabel(/Your grade/).selectOption('5');
  await claimEditor.getByLabel('Your note').fill('Contradicted by the NIS.');
  await claimEditor.getByRole('button', { name: 'Save grade and note' }).click();
  await expect(row).toContainText('E (analyst) — was B');
  await expect(row).toContainText(/5\s*\(analyst\) — was \d/);
  await expect(row).toContainText('Note: Contradicted by the NIS.');

  await page.reload();
  const again = page
    .getByRole('region', { name: 'Documents and claims' })
    .getByRole('table')
    .getByRole('row')
    .filter({ hasText: '> 1,100' })
    .first();
  await expect(again).toContainText('E (analyst) — was B');
  await expect(again).toContainText('Note: Contradicted by the NIS.');
});

test('the built page carries the Content Security Policy, and the app works under it', async ({
  page,
  guards,
}) => {
  // The one console error expected: the browser reporting the inline script it refused below.
  guards.allowConsoleErrors(/^Executing inline script violates the following Content Security Policy/);
  await openDashboard(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  // An inline script is refused under the policy (the browser reports the refusal on the console).
  const ran = await page.evaluate(() => {
    const el = document.createElement('script');
    el.textContent = 'window.__inlineRan = true';
    document.body.append(el);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
});

test('axe finds no violation with the import problems and the grading dialogs open', async ({ page }) => {
  // Three full axe runs on a shared two-core machine.
  test.setTimeout(90_000);
  await openDashboard(page);
  await importFile(page, 'broken.json', { schemaVersion: 1 });
  await expect(page.getByRole('alert')).toBeVisible();
  let results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

  await page.getByRole('button', { name: 'Sources and grades' }).click();
  await expect(page.getByRole('dialog', { name: 'Sources and grades' })).toBeVisible();
  results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  await page.getByRole('button', { name: 'Grade source ROK JCS' }).click();
  await expect(page.getByRole('dialog', { name: /^Grade source:/ })).toBeVisible();
  results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});
