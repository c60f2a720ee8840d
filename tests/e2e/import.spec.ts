import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { generateDataset } from '../../src/data/generate';
import { expect, openDashboard, test } from './fixtures';
import { parseCsv } from './helpers/csv';

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
  const problems = page.getByRole('region', { name: 'Problems in the imported file' });
  // The duplicate also leaves the references to the claim it replaced dangling.
  await expect(problems.getByRole('heading')).toHaveText(/^\d+ problems in \d+ groups$/);
  await expect(problems).toContainText(/claims › id: duplicate id ".+" — 1 row\s*claims\[1\] \(/);
  await expect(problems).toContainText(
    /claims › sourceId: refers to unknown source "nobody" — 1 row\s*claims\[2\] \(/,
  );
  await expect(title(page)).toHaveText(BUNDLED_TITLE);

  // Not JSON at all: said so, and still nothing changes.
  await importFile(page, 'notes.json', '{"title": "half a file",');
  await expect(problems).toContainText('is not valid JSON');
  await expect(title(page)).toHaveText(BUNDLED_TITLE);

  await page.getByRole('button', { name: 'Dismiss problems of notes.json' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(problems).toHaveCount(0);
});

test('a file with thousands of problems: exact count, groups to open from the keyboard, all as CSV', async ({
  page,
}) => {
  await openDashboard(page);
  const ROWS = 4_000;
  const input = generateDataset({ events: ROWS, claims: 20, sources: 6, seed: 9 });
  input.events.forEach((event, i) => {
    if (i % 2 === 1) event.description = '';
    if (i % 3 === 0) event.date = { date: '2024-02-30', precision: 'day' };
  });
  const empty = ROWS / 2;
  const dates = Math.ceil(ROWS / 3);
  await importFile(page, 'acled-export.json', input);

  const report = page.getByRole('region', { name: 'Problems in the imported file' });
  await expect(report.getByRole('heading')).toHaveText(
    `${(empty + dates).toLocaleString('en-GB')} problems in 2 groups`,
  );
  const groups = report.getByRole('list', { name: 'Problem groups, largest first' });
  const toggles = groups.getByRole('button');
  await expect(toggles).toHaveCount(2);
  await expect(toggles.nth(0)).toHaveAccessibleName(
    `events › description: must not be empty — ${empty.toLocaleString('en-GB')} rows`,
  );
  await expect(toggles.nth(1)).toHaveAccessibleName(
    `events › date.date: is not a real calendar date — ${dates.toLocaleString('en-GB')} rows`,
  );
  await expect(groups).toContainText('events[1] (e-1), events[3] (e-3), events[5] (e-5), …');
  await expect(title(page)).toHaveText(BUNDLED_TITLE);

  // From the keyboard: the download button, then the first group; Enter opens it.
  await report.getByRole('button', { name: 'Download all problems (CSV)' }).focus();
  await page.keyboard.press('Tab');
  await expect(toggles.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toggles.first()).toHaveAttribute('aria-expanded', 'true');
  await expect(
    groups.getByRole('listitem').filter({ hasText: 'events[199] (e-199) › description' }).last(),
  ).toBeVisible();
  await expect(groups.getByRole('button', { name: /^Show 100 more of 1,900/ })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await report.getByRole('button', { name: 'Download all problems (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^acled-export_problems_\d{4}-\d{2}-\d{2}_\d{4}Z\.csv$/);
  const rows = parseCsv(await readFile(await download.path(), 'utf8'));
  expect(rows[0]).toEqual(['row', 'field', 'message']);
  expect(rows).toHaveLength(1 + empty + dates);
  expect(rows).toContainEqual(['events[3999] (e-3999)', 'description', 'must not be empty']);
  expect(rows).toContainEqual(['events[3999] (e-3999)', 'date.date', 'is not a real calendar date']);
});

test('a `?data=` link to a bad file lists its problems the same way over the bundled dataset', async ({
  page,
}) => {
  const broken = bundled();
  broken.title = 'Must never be shown';
  broken.claims.forEach((claim) => (claim.sourceId = 'nobody'));
  await page.route('**/data/bad-link.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) }),
  );
  await openDashboard(page, '/?data=bad-link.json');
  await expect(title(page)).toHaveText(BUNDLED_TITLE);
  await expect(page.getByRole('alert')).toHaveText(
    /The dataset at \/data\/bad-link\.json does not match the schema\. The bundled dataset is shown instead\./,
  );
  const report = page.getByRole('region', { name: 'Problems in the dataset file' });
  const count = broken.claims.length;
  await expect(report.getByRole('heading')).toHaveText(`${count} problems in 1 group`);
  const group = report.getByRole('button', { name: /^claims › sourceId:/ });
  await expect(group).toHaveAccessibleName(
    `claims › sourceId: refers to unknown source "nobody" — ${count} rows`,
  );
  await group.press('Enter');
  await expect(report.getByRole('listitem').filter({ hasText: /^claims\[\d+\]/ })).toHaveCount(count);

  const downloading = page.waitForEvent('download');
  await report.getByRole('button', { name: 'Download all problems (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^bad-link_problems_.+\.csv$/);
  const rows = parseCsv(await readFile(await download.path(), 'utf8'));
  expect(rows.slice(1).map((row) => row[2])).toEqual(
    Array.from({ length: count }, () => 'refers to unknown source "nobody"'),
  );

  await page.getByRole('button', { name: 'Dismiss problems of bad-link.json' }).click();
  await expect(report).toHaveCount(0);
  await expect(title(page)).toHaveText(BUNDLED_TITLE);
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
  await expect(page.getByRole('region', { name: 'Problems in the imported file' })).toContainText(
    /events › citations\[\]\.url: must start with http/,
  );
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
  const report = page.getByRole('region', { name: 'Problems in the imported file' });
  await expect(report).toContainText('events › date.date: is not a real calendar date — 1 row');
  await expect(report).toContainText('events[3500] (e-3500)');
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
  await expect(page.getByText(/^Drop the file to import it: a dataset \(JSON\)/)).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(title(page)).toHaveText('Dropped dataset');
  await expect(page.getByText(/^Drop the file to import it: a dataset \(JSON\)/)).toHaveCount(0);
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
  const groups = page.getByRole('list', { name: 'Problem groups, largest first' });
  await groups.getByRole('button').first().click();
  await expect(groups.getByRole('button', { expanded: true })).toHaveCount(1);
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
