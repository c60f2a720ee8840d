/**
 * A file that claims an edition (`id@version`) already kept on this device but is not the file kept: the
 * analyst chooses to replace the kept one or to keep both. Keeping both gives the new one an id of its own
 * and says so in its description, so nothing the two hold is mixed up, and grades stay with their edition.
 */
import type { Dataset } from './validate';

/** SHA-256 of a file's bytes, as hex: the same file gives the same fingerprint, any change another. */
export async function fingerprintOf(file: Blob): Promise<string | undefined> {
  if (typeof crypto === 'undefined' || !crypto.subtle) return undefined;
  // Read as text, as the file was checked: one way of reading wherever a Blob is (jsdom lacks arrayBuffer).
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(await file.text()));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The first `<id>-2`, `<id>-3` … not among `taken` (ids of the same version kept here). */
export function freeCopyId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${id.slice(0, 80 - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The dataset as a second copy beside the one kept: its own id, and its description saying why. */
export function asSecondCopy(dataset: Dataset, id: string, importedAt: Date): Dataset {
  const note =
    ` [Kept as “${id}” on ${importedAt.toISOString().slice(0, 10)}: this device already kept a different ` +
    `file as “${dataset.id}”, version ${dataset.version}.]`;
  return { ...dataset, id, description: `${dataset.description}${note}`.slice(0, 4_000) };
}
