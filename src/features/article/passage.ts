/**
 * A selection in the rendered document read back as offsets in the document's text: every piece of the
 * text carries its offset (`data-at`), a claim reference button stands where its quote ends.
 */
import { snapToWords, type Span } from '../../data/anchor';

function pieceOf(node: Node): HTMLElement | null {
  const el = node instanceof HTMLElement ? node : node.parentElement;
  return el?.closest<HTMLElement>('[data-at]') ?? null;
}

const at = (el: Element) => Number(el.getAttribute('data-at'));

/** The text offset of one end of a selection, or null when it is not inside the document's text. */
export function offsetOf(node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const piece = pieceOf(node);
    if (!piece) return null;
    // Inside a reference button ("C3"), the end of the quote it follows.
    return piece.tagName === 'BUTTON' ? at(piece) : at(piece) + offset;
  }
  if (!(node instanceof HTMLElement)) return null;
  const inPiece = pieceOf(node);
  if (inPiece && inPiece !== node.closest('p'))
    return at(inPiece) + (offset > 0 ? (inPiece.textContent ?? '').length : 0);
  // A boundary between the pieces of a paragraph: the start of the next piece, or the end of the last.
  const children = [...node.children].filter((c) => c.hasAttribute('data-at'));
  const next = node.childNodes[offset];
  if (next instanceof Element && next.hasAttribute('data-at')) return at(next);
  const last = children.at(-1);
  if (!last) return null;
  return last.tagName === 'BUTTON' ? at(last) : at(last) + (last.textContent ?? '').length;
}

export type PassageReading =
  { kind: 'none' } | { kind: 'passage'; span: Span; quote: string } | { kind: 'problem'; message: string };

/** What a selection inside `root` chooses in `text`. */
export function readSelection(selection: Selection | null, root: HTMLElement, text: string): PassageReading {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return { kind: 'none' };
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return { kind: 'none' };
  const paragraph = (n: Node) => (n instanceof Element ? n : n.parentElement)?.closest('p');
  if (paragraph(range.startContainer) !== paragraph(range.endContainer)) {
    return {
      kind: 'problem',
      message:
        'The selection runs across paragraphs: a claim quotes one passage, so select words within one paragraph.',
    };
  }
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null) return { kind: 'none' };
  const span = snapToWords(text, { start, end });
  if (!span) return { kind: 'none' };
  const quote = text.slice(span.start, span.end);
  if (quote.includes('\n')) {
    return {
      kind: 'problem',
      message:
        'The selection runs across paragraphs: a claim quotes one passage, so select words within one paragraph.',
    };
  }
  if (quote.length < 3)
    return { kind: 'problem', message: 'Select at least a few words for a claim’s quote.' };
  return { kind: 'passage', span, quote };
}
