import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useEditingStore } from '../../state/editing';
import { readSelection, type PassageReading } from './passage';

interface Props {
  documentId: string;
  text: string;
  children: ReactNode;
}

/**
 * While editing, a passage selected in the document's text can become a claim: the selection is read as
 * words of the text (a word cut at either end is taken whole) and "New claim" opens the claim form.
 */
export function PassagePicker({ documentId, text, children }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const choosePassage = useEditingStore((s) => s.choosePassage);
  const openDialog = useEditingStore((s) => s.openDialog);
  const [reading, setReading] = useState<PassageReading>({ kind: 'none' });

  useEffect(() => {
    const update = () => {
      const el = root.current;
      if (!el) return;
      const next = readSelection(document.getSelection(), el, text);
      // A selection elsewhere on the page leaves the last passage chosen here in place.
      if (next.kind !== 'none' || el.contains(document.getSelection()?.anchorNode ?? null)) setReading(next);
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [text]);

  return (
    <div className="passage-picker">
      <div className="passage-picker__bar" role="status">
        {reading.kind === 'passage' ? (
          <>
            <span className="passage-picker__quote">
              Selected “
              <bdi>{reading.quote.length > 80 ? `${reading.quote.slice(0, 80)}…` : reading.quote}</bdi>”
            </span>{' '}
            <button
              type="button"
              className="primary"
              onClick={() => {
                choosePassage({ documentId, ...reading.span });
                // The passage is taken: once its claim is added the bar asks for a new selection instead
                // of offering the same words again.
                setReading({ kind: 'none' });
                document.getSelection()?.removeAllRanges();
              }}
            >
              New claim from the selection
            </button>
          </>
        ) : reading.kind === 'problem' ? (
          <span className="passage-picker__problem">{reading.message}</span>
        ) : (
          <>
            <span className="muted">Select words in the text to make a claim of them, or</span>{' '}
            <button type="button" onClick={() => openDialog({ kind: 'claim', documentId })}>
              New claim by typing its quote
            </button>
          </>
        )}
      </div>
      <div ref={root}>{children}</div>
    </div>
  );
}
