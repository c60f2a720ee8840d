import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { SplitPair } from '../../components/SplitPair';
import { useStacked } from '../../components/use-stacked';
import { claimNumbers } from '../../data/claim-labels';
import { useDataset } from '../../data/dataset-context';
import { DEFAULT_READING } from '../../state/layout-defaults';
import { useAppStore } from '../../state/store';
import { useFilteredClaims, useRelated } from '../../state/use-filtered';
import { ArticleText } from './ArticleText';
import { ClaimsTable } from './ClaimsTable';
import { NotesList } from './NotesList';
import { EmptyState } from '../../components/EmptyState';
import { DocumentHeader } from './DocumentHeader';
import { PassagePicker } from './PassagePicker';
import { useEditingStore } from '../../state/editing';

/**
 * One document with its claims highlighted, and its claims as a table; each leads to the other. With
 * several documents a picker chooses one, and a claim selected elsewhere brings its own document.
 */
export function ArticlePanel() {
  const dataset = useDataset();
  const allClaims = useFilteredClaims();
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const chosen = useAppStore((s) => s.ui.document);
  const setUi = useAppStore((s) => s.setUi);
  const editing = useEditingStore((s) => s.editing);
  const related = useRelated();
  const numbers = claimNumbers(dataset);
  const root = useRef<HTMLDivElement>(null);
  const stacked = useStacked();

  // Whatever selected a claim (this panel, the chart, the timeline), bring its sentence and row into view.
  // An event or place selected elsewhere brings its first linked claim into view.
  const firstClaim = selection?.kind === 'claim' ? selection.id : [...related.claimIds][0];
  // A selected claim shows its own document; otherwise the one chosen in the picker.
  const documentOfSelected =
    selection?.kind === 'claim' ? dataset.claims.find((c) => c.id === selection.id)?.documentId : undefined;
  const shown =
    dataset.documents.find((d) => d.id === (documentOfSelected ?? chosen)) ?? dataset.documents[0];
  const claims = useMemo(
    () => (shown ? allClaims.filter((c) => c.documentId === shown.id) : []),
    [allClaims, shown],
  );
  const claimCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const c of allClaims) counts.set(c.documentId, (counts.get(c.documentId) ?? 0) + 1);
    return counts;
  }, [allClaims]);
  const ofDocument = useMemo(
    () => (shown ? dataset.claims.filter((c) => c.documentId === shown.id).length : 0),
    [dataset.claims, shown],
  );
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

  const renderText = (text: string) => (
    <ArticleText
      text={text}
      sources={dataset.sources}
      claims={claims}
      numbers={numbers}
      selection={selection}
      related={related.claimIds}
      onPick={(id) => {
        select({ kind: 'claim', id });
        focusLater(`[data-claim-show="${CSS.escape(id)}"]`);
      }}
    />
  );

  if (!shown) {
    return (
      <div ref={root} className="article-panel">
        <EmptyState>
          This dataset holds no documents: its events cite their sources, and it has no claims to read in
          context.
        </EmptyState>
        <NotesList dataset={dataset} numbers={numbers} onPickClaim={showInArticle} />
      </div>
    );
  }
  const text = (
    <div className="article-panel__text">
      <DocumentHeader
        documents={dataset.documents}
        shown={shown}
        claimCounts={claimCounts}
        onPick={(id) => {
          // The selected claim would keep its own document in view.
          if (selection?.kind === 'claim') select(null);
          setUi({ document: id === dataset.documents[0]?.id ? null : id });
        }}
      />
      {shown.text === undefined ? (
        <p className="article-no-text">
          The dataset holds no text of this document: it is cited only. Its claims quote it as cited and carry
          no highlight.
        </p>
      ) : editing ? (
        <PassagePicker key={shown.id} documentId={shown.id} text={shown.text}>
          {renderText(shown.text)}
        </PassagePicker>
      ) : (
        renderText(shown.text)
      )}
    </div>
  );
  const table = (
    <div className="article-panel__claims">
      <h3 className="subheading">
        Claims{dataset.documents.length > 1 ? ' of this document' : ''}{' '}
        <span className="muted">
          ({claims.length} of {ofDocument} shown)
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
  );
  return (
    <div ref={root} className="article-panel">
      {stacked ? (
        <>
          {text}
          {table}
        </>
      ) : (
        <SideBySide text={text} table={table} />
      )}
    </div>
  );
}

/** The document and its claims side by side, the split dragged (or moved with the arrow keys) and kept. */
function SideBySide({ text, table }: { text: ReactNode; table: ReactNode }) {
  return (
    <SplitPair
      id="reading"
      orientation="horizontal"
      defaultLayout={DEFAULT_READING}
      label="Resize the document and the claims"
      className="article-panel__split"
      cellClassName="article-panel__cell"
      first={{ id: 'text', minSize: '14rem', children: text }}
      second={{ id: 'claims', minSize: '20rem', children: table }}
    />
  );
}
