/** Reading exported files back in browser tests: downloads and PNG headers. */
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';

/** Choose an item of a panel's Export menu and capture the download it starts. */
export async function exportFrom(
  page: Page,
  button: Locator,
  item: string | RegExp,
): Promise<{ name: string; bytes: Buffer }> {
  await button.click();
  const downloaded: Promise<Download> = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const download = await downloaded;
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = bytes.subarray(0, 8).toString('hex');
  if (signature !== '89504e470d0a1a0a') throw new Error('not a PNG');
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('no IHDR chunk');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
