/**
 * Scale smoke test: a generated dataset of 10,000 events, deployed beside the bundled one and opened with
 * `?data=`, loads in every panel, filters, and keeps the page's DOM bounded (the lists are virtualised).
 * Timings are the benchmark's business (`npm run bench`), not this test's.
 */
import { generateDataset } from '../../src/data/generate';
import { expect, openDashboard, test } from './fixtures';

const EVENTS = 10_000;
const body = JSON.stringify(generateDataset({ events: EVENTS, claims: 200, sources: 40, seed: 11 }));

test('a 10,000-event dataset loads in every panel, filters, and the DOM stays bounded', async ({ page }) => {
  test.setTimeout(60_000);
  // Served from the page's own origin, exactly as a deployed file beside the bundled dataset would be.
  await page.route('**/data/generated-10k.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await openDashboard(page, '/?data=generated-10k.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Synthetic/i);

  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(
    timeline.getByText(
      `Showing ${EVENTS.toLocaleString('en-GB')} of ${EVENTS.toLocaleString('en-GB')} events`,
    ),
  ).toBeVisible({
    timeout: 30_000,
  });

  // Virtualised: far fewer elements on the page than events in the data.
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  expect(elements).toBeLessThan(EVENTS / 2);

  // A source filter narrows the timeline; the count stays consistent.
  const filters = page.getByRole('region', { name: 'Filters' });
  await filters.getByRole('checkbox').first().uncheck();
  const status = timeline.getByText(/^Showing [\d,]+ of 10,000 events$/);
  // The panels follow the filters in a deferred render: wait for the count to change.
  await expect(status).not.toHaveText('Showing 10,000 of 10,000 events');
  const shown = Number((await status.innerText()).match(/^Showing ([\d,]+)/)?.[1]?.replace(/,/g, ''));
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(EVENTS);
});

test('a large deployed file whose rows need zod loads, validated in the worker', async ({ page }) => {
  // A padded description: the fast check stands aside, zod trims it. Over a megabyte, so zod runs in the
  // validation worker rather than on the page.
  const input = generateDataset({ events: 4_000, claims: 20, sources: 6, seed: 12 });
  const first = input.events[0];
  if (!first) throw new Error('expected events');
  first.description = `   ${first.description}   `;
  const padded = JSON.stringify(input);
  expect(padded.length).toBeGreaterThan(1_000_000);
  await page.route('**/data/padded.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: padded }),
  );
  const worker = page.waitForRequest(/\/assets\/validate\.worker-[\w-]+\.js$/);
  await openDashboard(page, '/?data=padded.json');
  await worker;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Synthetic/i);
  await expect(
    page.getByRole('region', { name: 'Timeline' }).getByText('Showing 4,000 of 4,000 events'),
  ).toBeVisible({ timeout: 30_000 });
});
