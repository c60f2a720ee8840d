/**
 * Nothing an analyst did is lost without a word: two tabs grading the same dataset, a file re-imported
 * over grades the analyst made, storage that refuses a write.
 */
import type { Page } from '@playwright/test';
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
