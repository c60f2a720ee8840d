/**
 * Where a quote sits in its document, kept so the highlight follows the words when the text is edited:
 * the quote with the text just before and after it, as the W3C TextQuoteSelector does (its `exact` is the
 * claim's quote). A quote that is no longer in the text is never moved to something similar: it is found
 * word for word, or not at all.
 */

/** Characters of context kept on either side of a quote. */
export const ANCHOR_CONTEXT = 32;

export interface TextAnchor {
  prefix: string;
  suffix: string;
}

export interface Span {
  start: number;
  end: number;
}

export function anchorAt(text: string, span: Span): TextAnchor {
  return {
    prefix: text.slice(Math.max(0, span.start - ANCHOR_CONTEXT), span.start),
    suffix: text.slice(span.end, span.end + ANCHOR_CONTEXT),
  };
}

/** Letters and digits, and the marks inside a number or word ("1,100", "1.5", "don't", "Kim Jong-un"). */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const INNER_MARK = /[,.'’\-‑\u00A0\u2009\u202F]/u;

const isWordAt = (text: string, i: number): boolean => {
  const c = text[i];
  if (c === undefined) return false;
  if (WORD_CHAR.test(c)) return true;
  // A mark joins two word characters: "1,100" is one word, "it, then" is not.
  return INNER_MARK.test(c) && WORD_CHAR.test(text[i - 1] ?? '') && WORD_CHAR.test(text[i + 1] ?? '');
};

/**
 * A selection made whole: a word cut at either end is taken whole ("ver 1,10" → "over 1,100"), and the
 * spaces at either end are dropped. Null when nothing but spaces is selected.
 */
export function snapToWords(text: string, span: Span): Span | null {
  let start = Math.max(0, Math.min(span.start, span.end));
  let end = Math.min(text.length, Math.max(span.start, span.end));
  while (start < end && /\s/u.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end -= 1;
  if (start === end) return null;
  if (isWordAt(text, start)) while (start > 0 && isWordAt(text, start - 1)) start -= 1;
  if (isWordAt(text, end - 1)) while (end < text.length && isWordAt(text, end)) end += 1;
  return { start, end };
}

/** How many characters two strings share at their ends (`a`'s end against `b`'s end). */
function sharedEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * The quote in the text: the one occurrence, or among several the one whose surroundings best match the
 * anchor, then the one nearest where it was (`near`). Null when the words are not in the text.
 */
export function findQuote(text: string, quote: string, anchor?: TextAnchor, near?: number): Span | null {
  if (quote.length === 0) return null;
  const found: number[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) found.push(i);
  if (found.length === 0) return null;
  let best = found[0] as number;
  let bestScore = -Infinity;
  for (const start of found) {
    const end = start + quote.length;
    const context = anchor
      ? sharedEnd(text.slice(Math.max(0, start - anchor.prefix.length), start), anchor.prefix) +
        sharedStart(text.slice(end, end + anchor.suffix.length), anchor.suffix)
      : 0;
    // Context decides; distance only breaks ties (a character of context outweighs any distance).
    const score = context - (near === undefined ? 0 : Math.abs(start - near) / (text.length + 1));
    if (score > bestScore) {
      bestScore = score;
      best = start;
    }
  }
  return { start: best, end: best + quote.length };
}
