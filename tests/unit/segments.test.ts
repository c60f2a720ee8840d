import { describe, expect, it } from 'vitest';
import { segmentArticle, type Piece } from '../../src/features/article/segments';

const text = 'One two three.\nFour five six seven.';
const span = (id: string, quote: string) => {
  const start = text.indexOf(quote);
  return { id, position: { start, end: start + quote.length } };
};
const show = (pieces: Piece[]) =>
  pieces
    .map((p) =>
      p.kind === 'ref'
        ? `[${p.claimId}]`
        : p.claimIds.length
          ? `<${p.text}|${p.claimIds.join(',')}>`
          : p.text,
    )
    .join('');

describe('segmentArticle', () => {
  it('keeps paragraphs and the text unchanged, with no claims', () => {
    const paragraphs = segmentArticle(text, []);
    expect(paragraphs.map((p) => show(p.pieces))).toEqual(['One two three.', 'Four five six seven.']);
  });

  it('marks each quote and puts its reference right after it', () => {
    const paragraphs = segmentArticle(text, [span('a', 'two'), span('b', 'Four five')]);
    expect(paragraphs.map((p) => show(p.pieces))).toEqual([
      'One <two|a>[a] three.',
      '<Four five|b>[b] six seven.',
    ]);
  });

  it('splits overlapping quotes into pieces that know every claim covering them', () => {
    const [, second] = segmentArticle(text, [span('a', 'five six'), span('b', 'six seven.')]);
    expect(show(second?.pieces ?? [])).toBe('Four <five |a><six|a,b>[a]< seven.|b>[b]');
  });

  it('rebuilds the exact text from its pieces', () => {
    const paragraphs = segmentArticle(text, [span('a', 'three.'), span('b', 'One two three.')]);
    const rebuilt = paragraphs
      .map((p) => p.pieces.map((x) => (x.kind === 'text' ? x.text : '')).join(''))
      .join('\n');
    expect(rebuilt).toBe(text);
  });
});
