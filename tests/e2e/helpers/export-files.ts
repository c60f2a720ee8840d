/** Reading exported files back in browser tests: downloads, PNG headers, CSV rows. */
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

/** RFC 4180 reader (quoted fields, doubled quotes, CRLF), to re-read what the export wrote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}
