import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

/** A report as an analyst would paste it: two sources, two figures of the same measure. */
export const REPORT = [
  'SEOUL, Dec 23 (wire) — South Korea’s Joint Chiefs of Staff said on Monday that over 1,100 North Korean soldiers have been killed or wounded in Russia’s Kursk region.',
  'Hours later Ukrainian President Volodymyr Zelensky wrote on X that more than 3,000 North Koreans had been killed or wounded.',
  'About 12,000 North Korean troops were sent to Russia in 2024, according to the 11th report of the NIS.',
].join('\n');

/** Selects words of the document on screen, as a mouse drag would; `to` ends the selection elsewhere. */
export async function selectWords(page: Page, words: string, to?: string) {
  await page.evaluate(
    ([from, until]) => {
      const root = document.querySelector('.article-text');
      if (!root) throw new Error('no document text on screen');
      const find = (w: string) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = n.nodeValue?.indexOf(w) ?? -1;
          if (i >= 0) return { node: n, i };
        }
        throw new Error(`“${w}” is not in the text on screen`);
      };
      const start = find(from as string);
      const end = until ? find(until) : start;
      const range = document.createRange();
      range.setStart(start.node, start.i);
      range.setEnd(end.node, end.i + (until ?? (from as string)).length);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    [words, to ?? null],
  );
}

export async function newDataset(page: Page, title: string) {
  await page.getByRole('button', { name: 'New dataset' }).click();
  const dialog = page.getByRole('dialog', { name: 'New dataset' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('What it is about').fill('North Korean casualties in Kursk, as reported.');
  await dialog.getByRole('button', { name: 'Create the dataset' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

export async function pasteReport(page: Page, text = REPORT) {
  const dialog = page.getByRole('dialog', { name: 'Add document' });
  await dialog.getByLabel('Title', { exact: true }).fill('Seoul and Kyiv on North Korean losses');
  await dialog.getByLabel('Publisher (optional)').fill('A wire service');
  await dialog.getByLabel('Kind').selectOption('wire-copy');
  await dialog.getByLabel('Date', { exact: true }).fill('2024-12-23');
  await dialog.getByLabel('Text', { exact: true }).fill(text);
  await dialog.getByRole('button', { name: 'Add the document' }).click();
  await expect(dialog).toHaveCount(0);
  // The dashboard draws the new edition in a deferred render: the text is there a moment after the form.
  await expect(page.locator('.article-text')).toContainText(text.split('\n')[0]?.slice(0, 40) ?? '');
}

interface ClaimInput {
  words: string;
  source: string;
  reliability?: string;
  category: string;
  credibility: string;
}

/** Selects a passage, opens the claim form and fills what the reader cannot know. */
export async function claimFrom(page: Page, input: ClaimInput) {
  await selectWords(page, input.words);
  // The bar reads the selection when the browser says it changed: wait for it, as an analyst would.
  await expect(page.locator('.passage-picker__bar')).toContainText(`Selected “${input.words}”`);
  await page.getByRole('button', { name: 'New claim from the selection' }).click();
  const dialog = page.getByRole('dialog', { name: 'New claim' });
  await expect(dialog.locator('blockquote')).toHaveText(input.words);
  await dialog.getByLabel('Source', { exact: true }).fill(input.source);
  if (input.reliability) {
    await dialog.getByLabel('Reliability (Admiralty)').selectOption(input.reliability);
    await dialog.getByLabel('Why this grade').fill('National command with intelligence access.');
  }
  await dialog.getByLabel('Category').fill(input.category);
  await dialog.getByLabel('Credibility (Admiralty)').selectOption(input.credibility);
  await dialog.getByLabel('Why this credibility').fill('Consistent with other official estimates.');
  return dialog;
}
