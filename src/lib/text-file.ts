/**
 * A report opened from a file: plain text, Markdown or HTML (reduced to its readable text). Anything else
 * is refused with a message that names the file and what would be accepted; nothing of it is read.
 */
import { htmlToText } from './html-text';

/** An HTML page may carry far more markup than text; its text is held to the document limit afterwards. */
export const MAX_DOCUMENT_FILE_BYTES = 5 * 1024 * 1024;

export const DOCUMENT_FILE_TYPES = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

export type TextFile = { ok: true; text: string; title: string | null } | { ok: false; message: string };

const kindOf = (name: string): 'text' | 'html' | null => {
  const lower = name.toLowerCase();
  if (/\.(?:txt|md|markdown)$/.test(lower)) return 'text';
  if (/\.html?$/.test(lower)) return 'html';
  return null;
};

export async function readTextFile(file: File): Promise<TextFile> {
  const kind = kindOf(file.name);
  if (kind === null) {
    return {
      ok: false,
      message: `“${file.name}” is not a text file: open a .txt, .md or .html file, or paste the text.`,
    };
  }
  if (file.size > MAX_DOCUMENT_FILE_BYTES) {
    const mb = (file.size / (1024 * 1024)).toFixed(1);
    return {
      ok: false,
      message: `“${file.name}” is ${mb} MB; a document file may be at most 5 MB. Split the report or paste its text.`,
    };
  }
  const raw = await file.text();
  // A binary file renamed .txt: refuse it rather than fill a document with noise.
  if (raw.includes('\u0000') || (raw.match(/\uFFFD/g)?.length ?? 0) > raw.length / 100 + 2) {
    return { ok: false, message: `“${file.name}” does not hold text (it looks like a binary file).` };
  }
  const stem = file.name.replace(/\.[^.]+$/, '');
  if (kind === 'html') {
    const { text, title } = htmlToText(raw);
    return { ok: true, text, title: title ?? stem };
  }
  return { ok: true, text: raw.replace(/\r\n?/g, '\n'), title: stem };
}
