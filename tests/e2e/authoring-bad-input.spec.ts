import AxeBuilder from '@axe-core/playwright';
import { expect, openDashboard, test } from './fixtures';
import { claimFrom, newDataset, pasteReport, selectWords } from './helpers/authoring';

test.beforeEach(async ({ page }) => {
  await openDashboard(page);
  await newDataset(page, 'Bad input');
});

test('a 5 MB paste is refused at the field; what was typed stays', async ({ page }) => {
  const dialog = page.getByRole('dialog', { name: 'Add document' });
  const text = dialog.getByLabel('Text', { exact: true });
  await text.fill('What the analyst already typed.');
  await text.evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'x'.repeat(5 * 1024 * 1024));
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(dialog.getByText(/Nothing was pasted: the text is 5,242,880 characters/)).toBeVisible();
  await expect(text).toHaveValue('What the analyst already typed.');
  await expect(text).toHaveAttribute('aria-invalid', 'true');
});

test('a file of another type is refused at the field, and an HTML file is read as text only', async ({
  page,
  guards,
}) => {
  // Chromium reports each inline handler of the file as refused by the page's Content Security Policy
  // while the file is read: the policy's own proof that none of them could run.
  guards.allowConsoleErrors(/inline event handler violates the following Content Security Policy/);
  const dialog = page.getByRole('dialog', { name: 'Add document' });
  const input = dialog.getByLabel('Open a document file');
  await input.setInputFiles({
    name: 'report.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7'),
  });
  await expect(
    dialog.getByText('“report.pdf” is not a text file: open a .txt, .md or .html file'),
  ).toBeVisible();
  await expect(dialog.getByLabel('Text', { exact: true })).toHaveValue('');

  const html =
    '<html><head><title>JCS report</title><script>window.__ran = "script"</script>' +
    '<style>body{display:none}</style></head><body onload="window.__ran = \'onload\'">' +
    '<p>The JCS says <b>over 1,100</b> were killed or wounded.</p>' +
    '<img src="https://tracker.example.org/pixel.gif" onerror="window.__ran = \'onerror\'">' +
    '<p onclick="window.__ran=\'click\'">Zelensky says more than 3,000.</p></body></html>';
  await input.setInputFiles({ name: 'report.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await expect(dialog.getByLabel('Text', { exact: true })).toHaveValue(
    'The JCS says over 1,100 were killed or wounded.\nZelensky says more than 3,000.',
  );
  await expect(dialog.getByLabel('Title', { exact: true })).toHaveValue('JCS report');
  await dialog.getByLabel('Date', { exact: true }).fill('2024-12-23');
  await dialog.getByRole('button', { name: 'Add the document' }).click();
  await page.getByText('Zelensky says more than 3,000.').click();
  expect(await page.evaluate(() => (window as { __ran?: string }).__ran)).toBeUndefined();
  await expect(page.locator('.article-text img, .article-text script, .article-text b')).toHaveCount(0);
  expect(guards.foreignRequests).toEqual([]);
});

test('selections across paragraphs or without a number, and an empty required field, are said at the field', async ({
  page,
}) => {
  await pasteReport(page);
  await selectWords(page, 'over 1,100', 'more than 3,000');
  await expect(page.getByText('The selection runs across paragraphs')).toBeVisible();
  await expect(page.getByRole('button', { name: 'New claim from the selection' })).toHaveCount(0);

  await selectWords(page, 'Hours later Ukrainian President');
  await page.getByRole('button', { name: 'New claim from the selection' }).click();
  const dialog = page.getByRole('dialog', { name: 'New claim' });
  await expect(dialog.getByRole('status').first()).toContainText(
    'No figure in the quote: the claim will have no figure, unless you add one below.',
  );
  await expect(dialog.getByLabel('This claim states a figure')).not.toBeChecked();

  // Saving with required fields empty: each is named at its field, and nothing is lost.
  await dialog.getByLabel('Source', { exact: true }).fill('Volodymyr Zelensky');
  await dialog.getByRole('button', { name: 'Add the claim' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Some fields need attention');
  const category = dialog.getByLabel('Category');
  await expect(category).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.locator('.field.has-error', { has: page.getByLabel('Category') })).toContainText(
    'must not be empty',
  );
  await expect(dialog.getByText('must be chosen: from 1 (confirmed) to 6 (cannot be judged)')).toBeVisible();
  await expect(dialog.getByLabel('Source', { exact: true })).toHaveValue('Volodymyr Zelensky');

  // A figure typed in words is named at its field as the analyst types.
  await dialog.getByLabel('This claim states a figure').check();
  await dialog.getByLabel('Number').fill('three thousand');
  await expect(dialog.getByText('must be a number written in digits, such as 1,100')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    page.getByRole('region', { name: 'Documents and claims' }).locator('[data-claim-row]'),
  ).toHaveCount(0);
});

test('the claim form and the contents pass axe', async ({ page }) => {
  await pasteReport(page);
  await claimFrom(page, {
    words: 'over 1,100',
    source: 'Joint Chiefs of Staff of South Korea',
    reliability: 'B',
    category: 'Casualty estimate',
    credibility: '2',
  });
  const claimForm = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(claimForm.violations).toEqual([]);
  await page
    .getByRole('dialog', { name: 'New claim' })
    .getByRole('button', { name: 'Add the claim' })
    .click();
  await page.getByRole('button', { name: 'Sources, events, places…' }).click();
  await page
    .getByRole('dialog', { name: /Contents of/ })
    .getByRole('button', { name: 'Add event' })
    .click();
  const eventForm = page.getByRole('dialog', { name: 'Add event' });
  await eventForm.getByRole('button', { name: 'Add the event' }).click();
  await expect(eventForm.getByText('a context event must cite at least one report')).toBeVisible();
  const events = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(events.violations).toEqual([]);
  await eventForm.getByLabel('What happened').fill('The JCS reports casualties.');
  await eventForm.getByLabel('Category').fill('Casualty estimate');
  await eventForm
    .getByRole('group', { name: 'Reported by' })
    .getByLabel('Joint Chiefs of Staff of South Korea')
    .check();
  await eventForm.getByLabel('Citation 1: title').fill('JCS statement');
  await eventForm.getByRole('button', { name: 'Add the event' }).click();
  await expect(page.getByRole('dialog', { name: /Contents of/ })).toContainText(
    'The JCS reports casualties.',
  );
});
