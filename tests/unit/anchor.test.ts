import { describe, expect, it } from 'vitest';
import { anchorAt, findQuote, snapToWords } from '../../src/data/anchor';

const TEXT = 'The JCS says over 1,100 troops were hurt. Kyiv says over 1,100 troops were hurt, and more.';

describe('snapToWords', () => {
  it('takes a word cut at either end whole', () => {
    const start = TEXT.indexOf('ver 1,1');
    const span = snapToWords(TEXT, { start, end: start + 'ver 1,1'.length });
    expect(span && TEXT.slice(span.start, span.end)).toBe('over 1,100');
  });

  it('drops the spaces at either end and keeps punctuation outside words', () => {
    const start = TEXT.indexOf(' over');
    const span = snapToWords(TEXT, { start, end: start + ' over 1,100 troops were hurt. '.length });
    expect(span && TEXT.slice(span.start, span.end)).toBe('over 1,100 troops were hurt.');
  });

  it('reads a backwards selection and refuses one of spaces only', () => {
    const start = TEXT.indexOf('JCS');
    expect(snapToWords(TEXT, { start: start + 3, end: start })).toEqual({ start, end: start + 3 });
    expect(snapToWords('a   b', { start: 1, end: 4 })).toBeNull();
  });
});

describe('findQuote', () => {
  const quote = 'over 1,100 troops were hurt';
  const second = TEXT.lastIndexOf(quote);
  const anchor = anchorAt(TEXT, { start: second, end: second + quote.length });

  it('keeps the words around the quote', () => {
    expect(anchor.prefix.endsWith('Kyiv says ')).toBe(true);
    expect(anchor.suffix.startsWith(', and more.')).toBe(true);
  });

  it('picks the occurrence whose surroundings match the anchor', () => {
    expect(findQuote(TEXT, quote, anchor)?.start).toBe(second);
    expect(findQuote(TEXT, quote)?.start).toBe(TEXT.indexOf(quote));
  });

  it('follows the words when text is inserted before them', () => {
    const edited = `A new first sentence. ${TEXT}`;
    expect(findQuote(edited, quote, anchor, second)).toEqual({
      start: second + 22,
      end: second + 22 + quote.length,
    });
  });

  it('still tells the occurrences apart when the words beside one were edited', () => {
    const edited = TEXT.replace('Kyiv says', 'Ukraine’s president said');
    const start = edited.lastIndexOf(quote);
    expect(findQuote(edited, quote, anchor, second)?.start).toBe(start);
  });

  it('breaks a tie by distance from where the quote was', () => {
    const twice = 'x over 1,100 y. x over 1,100 y.';
    expect(findQuote(twice, 'over 1,100', undefined, 20)?.start).toBe(twice.lastIndexOf('over 1,100'));
  });

  it('finds nothing when the words changed: never a near match', () => {
    expect(findQuote(TEXT.replaceAll('1,100', '1,200'), quote, anchor)).toBeNull();
    expect(findQuote(TEXT, '')).toBeNull();
  });
});
