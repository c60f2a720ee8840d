/**
 * Every browser test runs on a page that
 *  - blocks and records any request that leaves the page's own origin (the app must work offline), and
 *  - records console errors and uncaught page errors;
 * and fails if either happened. A test that expects a console error says so with `allowConsoleErrors`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

interface Guards {
  foreignRequests: string[];
  consoleErrors: string[];
  allowConsoleErrors: (pattern: RegExp) => void;
}

export const test = base.extend<{ guards: Guards; page: Page }>({
  guards: async ({}, use) => {
    const allowed: RegExp[] = [];
    const guards: Guards = {
      foreignRequests: [],
      consoleErrors: [],
      allowConsoleErrors: (pattern) => allowed.push(pattern),
    };
    await use(guards);
    expect(guards.foreignRequests, 'requests that left the page origin').toEqual([]);
    const unexpected = guards.consoleErrors.filter((e) => !allowed.some((p) => p.test(e)));
    expect(unexpected, 'console errors').toEqual([]);
  },
  page: async ({ page, guards, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) {
        return route.continue();
      }
      guards.foreignRequests.push(url);
      return route.abort('blockedbyclient');
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') guards.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (error) => guards.consoleErrors.push(`pageerror: ${error.message}`));
    await use(page);
  },
});

export { expect };

/** The dashboard is ready when the dataset title is shown. */
export async function openDashboard(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Documents and claims' })).toBeVisible();
}

/**
 * The bundled dataset as the browser tests expect it: counts are read from the file, so replacing the
 * bundled dataset keeps the tests meaningful.
 */
export const bundledFile = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/data/dataset.json'), 'utf8'),
) as { title: string; events: unknown[]; claims: unknown[]; sources: unknown[] };

/** "Showing 50 of 50 events" for the bundled dataset, with its own count. */
export const allEventsShown = `Showing ${bundledFile.events.length} of ${bundledFile.events.length} events`;
