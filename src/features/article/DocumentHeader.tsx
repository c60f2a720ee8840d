import { DOCUMENT_KIND_LABEL } from '../../data/labels';
import type { Dataset } from '../../data/validate';
import { formatFuzzyDate } from '../../lib/format';

type Document = Dataset['documents'][number];

interface Props {
  documents: Dataset['documents'];
  shown: Document;
  /** Claims per document, for the picker. */
  claimCounts: ReadonlyMap<string, number>;
  onPick: (documentId: string) => void;
}

/** The document shown (title, publisher, kind, date and how sure it is), and a picker when there are several. */
export function DocumentHeader({ documents, shown, claimCounts, onPick }: Props) {
  const count = (id: string) => claimCounts.get(id) ?? 0;
  return (
    <>
      {documents.length > 1 && (
        <label className="document-picker">
          Document{' '}
          <select value={shown.id} onChange={(e) => onPick(e.target.value)}>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title} — {DOCUMENT_KIND_LABEL[d.kind].toLowerCase()}, {formatFuzzyDate(d.date)} ·{' '}
                {count(d.id)} claim{count(d.id) === 1 ? '' : 's'}
                {d.text === undefined ? ' · no text' : ''}
              </option>
            ))}
          </select>
        </label>
      )}
      <h3 className="article-title">
        <bdi>{shown.title}</bdi>
      </h3>
      <p className="article-meta">
        {DOCUMENT_KIND_LABEL[shown.kind]}
        {shown.publisher ? (
          <>
            , <bdi>{shown.publisher}</bdi>
          </>
        ) : null}
        , {shown.dateConfidence ? 'probably ' : ''}dated {formatFuzzyDate(shown.date)}{' '}
        {shown.dateConfidence && <span className="muted">(confidence {shown.dateConfidence})</span>}
        {shown.url && (
          <>
            {' '}
            · <a href={shown.url}>original</a>
          </>
        )}
      </p>
      {shown.dateReasoning && (
        <details className="article-date-reasoning">
          <summary>Why this date?</summary>
          <p>{shown.dateReasoning}</p>
        </details>
      )}
    </>
  );
}
