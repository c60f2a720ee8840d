import { useEffect, useMemo, useRef } from 'react';
import { claimNumbers } from '../../data/claim-labels';
import { useDataset } from '../../data/dataset-context';
import { formatIsoDate } from '../../lib/format';
import { useAppStore } from '../../state/store';
import { useFilteredClaims, useRelated } from '../../state/use-filtered';
import { ArticleText } from './ArticleText';
import { ClaimsTable } from './ClaimsTable';
import { NotesList } from './NotesList';
import { EmptyState } from '../../components/EmptyState';

/** The article with its claims highlighted, and the claims as a table; each leads to the other. */
export function ArticlePanel() {
  const dataset = useDataset();
  const claims = useFilteredClaims();
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const related = useRelated();
  const numbers = useMemo(() => claimNumbers(dataset.claims), [dataset.claims]);
  const root = useRef<HTMLDivElement>(null);

  // Whatever selected a claim (this panel, the chart, the timeline), bring its sentence and row into view.
  // An event or place selected elsewhere brings its first linked claim into view.
  const firstClaim = selection?.kind === 'claim' ? selection.id : [...related.claimIds][0];
  useEffect(() => {
    if (!firstClaim || !root.current) return;
    const id = CSS.escape(firstClaim);
    for (const el of root.current.querySelectorAll(`[data-claim-ref="${id}"], [data-claim-row="${id}"]`)) {
      el.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
    }
  }, [firstClaim, selection]);

  const showInArticle = (id: string) => {
    select({ kind: 'claim', id });
    focusLater(`[data-claim-ref="${CSS.escape(id)}"]`);
  };
  const focusLater = (selector: string) =>
    requestAnimationFrame(() =>
      root.current?.querySelector<HTMLElement>(selector)?.focus({ preventScroll: true }),
    );

  const { article } = dataset;
  return (
    <div ref={root} className="article-panel">
      <div className="article-panel__text">
        <h3 className="article-title">{article.title}</h3>
        <p className="article-meta">
          {article.publisher ? `${article.publisher}, ` : ''}probably published {formatIsoDate(article.date)}{' '}
          <span className="muted">(confidence {article.dateConfidence})</span>
        </p>
        <details className="article-date-reasoning">
          <summary>Why this date?</summary>
          <p>{article.dateReasoning}</p>
        </details>
        <ArticleText
          dataset={dataset}
          claims={claims}
          numbers={numbers}
          selection={selection}
          related={related.claimIds}
          onPick={(id) => {
            select({ kind: 'claim', id });
            focusLater(`[data-claim-show="${CSS.escape(id)}"]`);
          }}
        />
      </div>
      <div className="article-panel__claims">
        <h3 className="subheading">
          Claims{' '}
          <span className="muted">
            ({claims.length} of {dataset.claims.length} shown)
          </span>
        </h3>
        {claims.length === 0 ? (
          <EmptyState>No claim matches the current filters.</EmptyState>
        ) : (
          <ClaimsTable
            dataset={dataset}
            claims={claims}
            numbers={numbers}
            selection={selection}
            related={related.claimIds}
            onPick={showInArticle}
          />
        )}
        <NotesList dataset={dataset} numbers={numbers} onPickClaim={showInArticle} />
      </div>
    </div>
  );
}
