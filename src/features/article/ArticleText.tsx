import { useMemo } from 'react';
import type { Source } from '../../data/schema';
import type { NormalisedClaim } from '../../data/validate';
import { isSelected, type Selection } from '../../data/selection';
import { segmentArticle } from './segments';

interface Props {
  /** The document's text. */
  text: string;
  sources: readonly Source[];
  /** The shown claims of this document. */
  claims: readonly NormalisedClaim[];
  numbers: ReadonlyMap<string, number>;
  selection: Selection | null;
  /** Claims linked to what is selected (an event, a place): marked, not selected. */
  related: ReadonlySet<string>;
  onPick: (claimId: string) => void;
}

/**
 * A document's text with every shown claim's quote highlighted and a numbered reference after it. Each
 * piece carries its offset in the text (`data-at`), so a selection can be read back as a passage.
 */
export function ArticleText({
  text,
  sources: sourceList,
  claims,
  numbers,
  selection,
  related,
  onPick,
}: Props) {
  const paragraphs = useMemo(
    () =>
      segmentArticle(
        text,
        claims.flatMap((c) => (c.position ? [{ id: c.id, position: c.position }] : [])),
      ),
    [text, claims],
  );
  const sources = useMemo(() => new Map(sourceList.map((s) => [s.id, s])), [sourceList]);
  const claimsById = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);

  return (
    <div className="article-text">
      {paragraphs.map((p) => (
        <p key={p.start}>
          {p.pieces.map((piece) => {
            if (piece.kind === 'ref') {
              const claim = claimsById.get(piece.claimId);
              const n = numbers.get(piece.claimId);
              const source = claim ? sources.get(claim.sourceId) : undefined;
              return (
                <button
                  key={`ref-${piece.claimId}`}
                  type="button"
                  className={`claim-ref${isSelected(selection, 'claim', piece.claimId) ? ' is-selected' : ''}`}
                  data-claim-ref={piece.claimId}
                  data-at={piece.at}
                  aria-label={`Claim C${n}: ${source?.shortName ?? 'unknown source'} — ${claim?.summary ?? ''}. Show in the claims table.`}
                  aria-pressed={isSelected(selection, 'claim', piece.claimId)}
                  onClick={() => onPick(piece.claimId)}
                >
                  C{n}
                </button>
              );
            }
            if (piece.claimIds.length === 0) {
              return (
                <span key={piece.start} data-at={piece.start}>
                  {piece.text}
                </span>
              );
            }
            const selected = piece.claimIds.some((id) => isSelected(selection, 'claim', id));
            const linked = !selected && piece.claimIds.some((id) => related.has(id));
            return (
              <mark
                key={piece.start}
                className={`claim-mark${selected ? ' is-selected' : ''}${linked ? ' is-related' : ''}${piece.claimIds.length > 1 ? ' is-overlap' : ''}`}
                data-claim-ids={piece.claimIds.join(' ')}
                data-at={piece.start}
              >
                {piece.text}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}
