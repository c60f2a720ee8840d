/**
 * Splits the article into paragraphs of text pieces, each knowing which claims cover it, with a
 * reference marker after the end of every claim's quote. Claims may overlap; pieces never do.
 */
export interface ClaimSpan {
  id: string;
  position: { start: number; end: number };
}

export type Piece =
  | { kind: 'text'; text: string; start: number; claimIds: string[] }
  | { kind: 'ref'; claimId: string; at: number };

export interface Paragraph {
  start: number;
  pieces: Piece[];
}

export function segmentArticle(text: string, claims: readonly ClaimSpan[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    const end = start + line.length;
    offset = end + 1;
    if (line.trim() === '') continue;
    paragraphs.push({ start, pieces: piecesFor(text, start, end, claims) });
  }
  return paragraphs;
}

function piecesFor(text: string, start: number, end: number, claims: readonly ClaimSpan[]): Piece[] {
  const inside = claims.filter((c) => c.position.start < end && c.position.end > start);
  const cuts = new Set<number>([start, end]);
  for (const c of inside) {
    cuts.add(Math.max(start, c.position.start));
    cuts.add(Math.min(end, c.position.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    // References go where a quote ends, before the text that follows it.
    for (const c of inside)
      if (c.position.end === from && from > start) pieces.push({ kind: 'ref', claimId: c.id, at: from });
    if (to > from) {
      const claimIds = inside
        .filter((c) => c.position.start <= from && c.position.end >= to)
        .map((c) => c.id);
      pieces.push({ kind: 'text', text: text.slice(from, to), start: from, claimIds });
    }
  }
  for (const c of inside) if (c.position.end === end) pieces.push({ kind: 'ref', claimId: c.id, at: end });
  return pieces;
}
