/** File names and ordinary browser downloads for every export. */

const pad = (n: number) => String(n).padStart(2, '0');

/** `nk-kursk_map_2026-11-28_1230Z.png`: the dataset, the view and the UTC time, safe on every file system. */
export function exportFileName(datasetId: string, view: string, at: Date, extension: string): string {
  const stamp =
    `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}` +
    `_${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}Z`;
  const safe = (text: string) =>
    text
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^[-.]+|-+$/g, '')
      .slice(0, 60) || 'export';
  return `${safe(datasetId)}_${safe(view)}_${stamp}.${extension}`;
}

export const MIME = {
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
} as const;

/** Save through an object URL and a download link: an ordinary download the browser manages. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; keep it alive a moment for slow file pickers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
