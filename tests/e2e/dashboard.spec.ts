/** Opening the dashboard: every named panel, the article's claims, no accessibility violation, a bad file explained. */
import AxeBuilder from '@axe-core/playwright';
import { expect, openDashboard, test } from './fixtures';

const REGIONS = ['Filters', 'Estimate disparity', 'Kursk area map', 'Timeline', 'Documents and claims'];

test('the dashboard loads with its title, version and every named panel', async ({ page }) => {
  await openDashboard(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('North Korean');
  await expect(page.getByText(/· version \d+\.\d+\.\d+/)).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  for (const name of REGIONS) {
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  }
});

test('the article shows each claim highlighted, and a claim leads to its sentence and back', async ({
  page,
}) => {
  await openDashboard(page);
  const article = page.getByRole('region', { name: 'Documents and claims' });
  await expect(article.locator('mark.claim-mark').first()).toBeVisible();
  await expect(
    article.getByText('over 1,100 North Koreans have been confirmed dead or injured'),
  ).toBeVisible();

  // The JCS's "over 1,100" row in the claims table, with its bound kept.
  const table = article.getByRole('table');
  const jcsRow = table.getByRole('row').filter({ hasText: '> 1,100' }).first();
  await expect(jcsRow).toContainText('JCS');

  // Table → article: the reference after the quote becomes selected and focused.
  const show = jcsRow.getByRole('button', { name: /^Show claim C\d+ in the article$/ });
  const label = (await show.textContent()) ?? '';
  await show.click();
  const ref = article.getByRole('button', { name: new RegExp(`^Claim ${label}:`) });
  await expect(ref).toBeFocused();
  await expect(ref).toHaveAttribute('aria-pressed', 'true');
  await expect(article.locator('mark.claim-mark.is-selected')).toContainText('over 1,100');

  // Article → table, from the keyboard.
  await page.keyboard.press('Enter');
  await expect(show).toBeFocused();
  await expect(jcsRow).toHaveAttribute('aria-current', 'true');
});

test('axe finds no accessibility violation on the dashboard', async ({ page }) => {
  // The whole dashboard (filters, timeline, details included) takes axe a while on a busy machine.
  test.setTimeout(60_000);
  await openDashboard(page);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});

test('a dataset that fails validation shows the rows and fields at fault, never a blank page', async ({
  page,
}) => {
  await page.route('**/data/dataset.json', async (route) => {
    const response = await route.fetch();
    const data = (await response.json()) as { claims: { quote: string }[] };
    const [first] = data.claims;
    if (first) first.quote = 'a sentence the article never had';
    await route.fulfill({ response, json: data });
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('does not match the schema');
  const report = page.getByRole('region', { name: 'Problems in the dataset' });
  await expect(report.getByRole('heading')).toHaveText('1 problem in 1 group');
  const group = report.getByRole('button', { name: /^claims › quote:/ });
  await expect(group).toHaveAccessibleName(
    'claims › quote: is not found word for word in the text of document "article" — 1 row',
  );
  await group.click();
  await expect(report.getByRole('listitem').filter({ hasText: '› quote' }).last()).toHaveText(
    /^claims\[0\] \(.+\) › quote: is not found word for word in the text of document "article"$/,
  );
  await expect(report.getByRole('button', { name: 'Download all problems (CSV)' })).toBeVisible();
});
