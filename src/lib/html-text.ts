/**
 * The readable text of an HTML page, for a document pasted or opened as HTML. The page is parsed by
 * DOMParser into a document that is never shown: its scripts never run, its images and styles are never
 * fetched, and its event handlers are never attached. Only text comes out; nothing is ever rendered as HTML.
 */

/** Elements whose content is not text a reader sees. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'AUDIO',
  'VIDEO',
  'SELECT',
  'BUTTON',
  'INPUT',
  'TEXTAREA',
  'NAV',
  'FORM',
]);

/** Elements that start a paragraph of their own. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
  'CAPTION',
]);

export interface HtmlText {
  /** The page's title, when it has one. */
  title: string | null;
  /** Paragraphs separated by one line break, spaces collapsed inside them. */
  text: string;
}

export function htmlToText(html: string): HtmlText {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/[ \t\f\v\u00a0\r\n]+/g, ' ').trim();
    if (line) paragraphs.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const name = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === 'BR') {
      flush();
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const child of node.childNodes) walk(child);
    if (block) flush();
    else if (name === 'TD' || name === 'TH') current += ' ';
  };
  walk(doc.body ?? doc.documentElement);
  flush();
  const title = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  return { title, text: paragraphs.join('\n') };
}
