import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticleText } from '../../src/features/article/ArticleText';
import { readSelection } from '../../src/features/article/passage';

const TEXT = 'The JCS said over 1,100 were hurt.\nZelensky said more than 3,000.';

function renderText() {
  const claims = [
    {
      id: 'c-1',
      sourceId: 's',
      documentId: 'd',
      quote: 'over 1,100',
      position: { start: 13, end: 23 },
      category: 'x',
      summary: 's',
      asOf: { date: '2024-12-23', precision: 'day' as const },
      placeIds: [],
      credibility: 2 as const,
      credibilityRationale: 'r',
    },
  ];
  const { container } = render(
    <ArticleText
      text={TEXT}
      sources={[]}
      claims={claims}
      numbers={new Map([['c-1', 1]])}
      selection={null}
      related={new Set()}
      onPick={() => undefined}
    />,
  );
  return container.querySelector('.article-text') as HTMLElement;
}

function select(root: HTMLElement, from: string, fromAt: number, to: string, toAt: number) {
  const node = (words: string) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeValue?.includes(words)) return n;
    throw new Error(words);
  };
  const range = document.createRange();
  range.setStart(node(from), fromAt);
  range.setEnd(node(to), toAt);
  const selection = document.getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

describe('a selection read back as a passage of the text', () => {
  it('reads offsets across highlighted and plain pieces, and takes cut words whole', () => {
    const root = renderText();
    // From "aid" (inside "said") to "we" (inside "were"), across the highlight of "over 1,100".
    const selection = select(root, 'The JCS said', 9, ' were hurt.', 3);
    expect(readSelection(selection, root, TEXT)).toEqual({
      kind: 'passage',
      span: { start: 8, end: 28 },
      quote: 'said over 1,100 were',
    });
  });

  it('refuses a selection across two paragraphs', () => {
    const root = renderText();
    const selection = select(root, 'The JCS said', 0, 'Zelensky said', 8);
    expect(readSelection(selection, root, TEXT)).toMatchObject({
      kind: 'problem',
      message: expect.stringContaining('across paragraphs'),
    });
  });

  it('ignores an empty selection and one outside the text', () => {
    const root = renderText();
    expect(readSelection(document.getSelection(), root, TEXT)).toEqual({ kind: 'none' });
  });
});
