/**
 * Characters text must not carry into an export or a one-line field: those XML 1.0 forbids (C0 controls
 * but tab, line feed and carriage return; U+FFFE and U+FFFF; unpaired surrogates), which make an SVG or a
 * slide unreadable, and the bidirectional controls that can reverse the app's own text beside them.
 */
export const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- these are the characters this module exists to find
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** The controls and non-characters alone, as one character class: a quick scan over long texts. */
// eslint-disable-next-line no-control-regex -- these are the characters this module exists to find
const XML_FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
/** A non-global twin, to find the first one (a global regex's `exec` keeps state between calls). */
const FIRST_XML_FORBIDDEN = new RegExp(XML_FORBIDDEN.source, 'u');
/** Anything a reader can see: not white space, not a zero-width or direction mark, not a soft hyphen. */
const VISIBLE = /[^\s\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

/** Whether the text holds a character XML forbids, which no SVG, slide or XML-based export can carry. */
/** No unpaired surrogate: `isWellFormed` where the engine has it (ES2024), the slower pattern elsewhere. */
function isWellFormed(text: string): boolean {
  const native = (text as unknown as { isWellFormed?: () => boolean }).isWellFormed;
  return native ? native.call(text) : !FIRST_XML_FORBIDDEN.test(text);
}

export const hasXmlForbidden = (text: string): boolean =>
  XML_FORBIDDEN_CHARACTER.test(text) || !isWellFormed(text);

/** Whether anything in the text can be seen: text made only of zero-width characters is empty. */
export const hasVisibleText = (text: string): boolean => VISIBLE.test(text);

/** The first character XML forbids, as "U+0001", for a message that says what to remove. */
export function firstXmlForbidden(text: string): string | null {
  if (!hasXmlForbidden(text)) return null;
  const match = FIRST_XML_FORBIDDEN.exec(text);
  const code = match?.[0].codePointAt(0);
  return code === undefined ? null : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text without characters XML forbids and without bidirectional controls. */
export function withoutUnsafeCharacters(text: string): string {
  return text.replace(XML_FORBIDDEN, '').replace(BIDI_CONTROLS, '');
}

const OPENERS: Record<string, string> = {
  '\u202A': '\u202C', // LRE … PDF
  '\u202B': '\u202C', // RLE
  '\u202D': '\u202C', // LRO
  '\u202E': '\u202C', // RLO
  '\u2066': '\u2069', // LRI … PDI
  '\u2067': '\u2069', // RLI
  '\u2068': '\u2069', // FSI
};

/**
 * Direction controls closed where they open: an override or isolate the text leaves open is closed at its
 * end (an unmatched closer is dropped), so it cannot reverse what an export writes after it.
 */
export function closeBidi(text: string): string {
  if (!/[\u202A-\u202E\u2066-\u2069]/.test(text)) return text;
  const open: string[] = [];
  let out = '';
  for (const ch of text) {
    const closer = OPENERS[ch];
    if (closer) {
      open.push(closer);
    } else if (ch === '\u202C' || ch === '\u2069') {
      if (open[open.length - 1] !== ch) continue;
      open.pop();
    }
    out += ch;
  }
  return out + open.reverse().join('');
}

/** Text as an export writes it (SVG, slide, caption): nothing XML forbids, no direction control left open. */
export function exportText(text: string): string {
  return closeBidi(hasXmlForbidden(text) ? text.replace(XML_FORBIDDEN, '') : text);
}

/**
 * Dataset text set inside the app's own words in one line of an export ("ROK JCS (B)"): isolated (FSI …
 * PDI) when it carries direction controls, so it cannot reorder the words around it.
 */
export function isolateText(text: string): string {
  const safe = exportText(text);
  return /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(safe) ? `\u2068${safe}\u2069` : safe;
}

/** Text cut to at most `max` characters, the cut marked "…": for labels drawn where space is fixed. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…` : text;
}
