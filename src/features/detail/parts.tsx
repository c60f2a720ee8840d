/** Small pieces every detail view shares: a source with its grade, citations, links to other rows. */
import { AnalystGrade } from '../../components/AnalystGrade';
import { gradeMark, reliabilityLabel } from '../../data/labels';
import type { Citation, Source } from '../../data/schema';
import { formatIsoDate } from '../../lib/format';
import { useAppStore } from '../../state/store';
import { type SelectionKind } from '../../data/selection';

export function SourceLine({ source }: { source: Source }) {
  const select = useAppStore((s) => s.select);
  return (
    <li>
      <button type="button" className="link-button" onClick={() => select({ kind: 'source', id: source.id })}>
        <bdi>{source.name}</bdi>
      </button>{' '}
      <abbr
        className="grade"
        title={`${reliabilityLabel(source.reliability)}${source.reliabilityRationale ? `: ${source.reliabilityRationale}` : ''}`}
      >
        {gradeMark(source.reliability)}
      </abbr>
      <AnalystGrade kind="source" id={source.id} withNote={false} />
    </li>
  );
}

export function Citations({ citations }: { citations: readonly Citation[] }) {
  if (citations.length === 0) return null;
  return (
    <>
      <h4 className="detail__h">Citations ({citations.length})</h4>
      <ul className="detail__list">
        {citations.map((c, i) => (
          <li key={i}>
            {c.url ? (
              <a href={c.url} target="_blank" rel="noopener noreferrer">
                <bdi>{c.title ?? c.publisher}</bdi>
              </a>
            ) : (
              <bdi>{c.title ?? c.publisher}</bdi>
            )}{' '}
            <span className="muted">
              {c.title && c.publisher ? (
                <>
                  — <bdi>{c.publisher}</bdi>
                </>
              ) : null}
              {c.date ? `, ${formatIsoDate(c.date)}` : ''}
              {c.url ? '' : ' (no link)'}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Buttons that move the selection to linked rows. */
export function Links({
  title,
  kind,
  rows,
}: {
  title: string;
  kind: SelectionKind;
  rows: readonly { id: string; label: string }[];
}) {
  const select = useAppStore((s) => s.select);
  if (rows.length === 0) return null;
  return (
    <>
      <h4 className="detail__h">
        {title} ({rows.length})
      </h4>
      <ul className="detail__list">
        {rows.slice(0, 50).map((r) => (
          <li key={r.id}>
            <button type="button" className="link-button" onClick={() => select({ kind, id: r.id })}>
              {r.label}
            </button>
          </li>
        ))}
        {rows.length > 50 ? <li className="muted">and {rows.length - 50} more</li> : null}
      </ul>
    </>
  );
}
