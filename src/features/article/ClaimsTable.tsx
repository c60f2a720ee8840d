import { useMemo, type ReactNode } from 'react';
import { useVirtualRows } from '../../components/use-virtual-rows';
import { categoryOf } from '../../data/dataset-index';
import type { Dataset, NormalisedClaim } from '../../data/validate';
import { isSelected, type Selection } from '../../data/selection';
import { ClaimRow } from './ClaimRow';

interface Props {
  dataset: Dataset;
  claims: readonly NormalisedClaim[];
  numbers: ReadonlyMap<string, number>;
  selection: Selection | null;
  /** Claims linked to the selected event or place: marked, not selected. */
  related: ReadonlySet<string>;
  onPick: (claimId: string) => void;
}

/**
 * Up to this many claims every row is in the page (the browser's find-in-page sees them all); above it
 * only the rows in view are, so a dataset of thousands of claims keeps the page light.
 */
export const VIRTUALISE_ABOVE = 150;
/** Must match `.claims-table.is-virtual tbody tr` in app.css. */
const VIRTUAL_ROW_PX = 56;

/** Every shown claim as a table: the accessible, sortable-by-eye twin of the highlighted article. */
export function ClaimsTable({ dataset, claims, numbers, selection, related, onPick }: Props) {
  const sources = useMemo(() => new Map(dataset.sources.map((s) => [s.id, s])), [dataset.sources]);
  const measures = useMemo(() => new Map(dataset.measures.map((m) => [m.id, m])), [dataset.measures]);
  const ordered = useMemo(
    () => [...claims].sort((a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0)),
    [claims, numbers],
  );
  const row = (claim: NormalisedClaim, rowIndex?: number) => (
    <ClaimRow
      key={claim.id}
      claim={claim}
      n={numbers.get(claim.id)}
      source={sources.get(claim.sourceId)}
      category={categoryOf(dataset, claim.category)}
      measure={claim.figure ? measures.get(claim.figure.measure) : undefined}
      selected={isSelected(selection, 'claim', claim.id)}
      related={related.has(claim.id)}
      onPick={onPick}
      rowIndex={rowIndex}
    />
  );
  return ordered.length > VIRTUALISE_ABOVE ? (
    <VirtualBody rows={ordered} selection={selection} related={related} render={row} />
  ) : (
    <div className="table-scroll">
      <TableFrame>{ordered.map((claim) => row(claim))}</TableFrame>
    </div>
  );
}

function TableFrame({ children, rowCount }: { children: ReactNode; rowCount?: number }) {
  return (
    <table
      className={`data-table claims-table${rowCount === undefined ? '' : ' is-virtual'}`}
      aria-rowcount={rowCount}
    >
      <caption className="visually-hidden">
        Claims of the document, in reading order: source with its reliability grade and the claim’s category,
        the claim, its figure with the bound and the date it holds as of, credibility grade
      </caption>
      <thead>
        <tr aria-rowindex={rowCount === undefined ? undefined : 1}>
          <th scope="col">#</th>
          <th scope="col">Source · category</th>
          <th scope="col" className="claims-table__claim">
            Claim
          </th>
          <th scope="col">Figure · as of</th>
          <th scope="col">Credibility</th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

interface VirtualProps {
  rows: readonly NormalisedClaim[];
  selection: Selection | null;
  related: ReadonlySet<string>;
  render: (claim: NormalisedClaim, rowIndex: number) => ReactNode;
}

/** The rows in view, between two spacer rows that keep the scroll height of the whole table. */
function VirtualBody({ rows, selection, related, render }: VirtualProps) {
  // A claim selected elsewhere (or the first linked to a selected event or place) may be far outside the
  // rendered rows: scroll the table to it.
  const selectedIndex = useMemo(
    () =>
      selection?.kind === 'claim'
        ? rows.findIndex((claim) => claim.id === selection.id)
        : rows.findIndex((claim) => related.has(claim.id)),
    [rows, selection, related],
  );
  const { scroller, items, before, after } = useVirtualRows<HTMLDivElement>({
    count: rows.length,
    rowPx: VIRTUAL_ROW_PX,
    // 40rem, the table's CSS max-height.
    initialRect: { width: 800, height: 640 },
    scrollTo: selectedIndex,
  });
  return (
    <div ref={scroller} className="table-scroll" data-virtual-rows={rows.length}>
      <TableFrame rowCount={rows.length + 1}>
        {before > 0 && <tr aria-hidden="true" className="spacer-row" style={{ height: before }} />}
        {items.map((item) => {
          const claim = rows[item.index];
          return claim ? render(claim, item.index) : null;
        })}
        {after > 0 && <tr aria-hidden="true" className="spacer-row" style={{ height: after }} />}
      </TableFrame>
    </div>
  );
}
