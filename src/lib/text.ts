/**
 * Characters text must not carry into an export or a one-line field: those XML 1.0 forbids (C0 controls
 * but tab, line feed and carriage return; U+FFFE and U+FFFF; unpaired surrogates), which make an SVG or a
 * slide unreadable, and the bidirectional controls that can reverse the app's own text beside them.
 */
export const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- these are the characters this module exists to find
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** The text without characters XML forbids and without bidirectional controls. */
export function withoutUnsafeCharacters(text: string): string {
  return text.replace(XML_FORBIDDEN, '').replace(BIDI_CONTROLS, '');
}
