import { useMemo } from 'react';
import { useDataset } from '../../data/dataset-context';
import { collectEstimates } from '../../data/estimates';
import { shownMasks, sourceIsShown } from '../../data/filter';
import { useAppliedFilters } from '../../state/applied-filters';

/**
 * Every estimate of the dataset, and those the global filters let through. An event passes when any of
 * its sources is shown; each of its figures is then kept only if that figure's own source is shown too.
 * The estimates are collected once per dataset; a filter change only walks them against the filter masks.
 */
export function useEstimates() {
  const dataset = useDataset();
  const filters = useAppliedFilters();
  const sources = useMemo(() => new Map(dataset.sources.map((s) => [s.id, s])), [dataset]);
  const all = useMemo(() => collectEstimates(dataset, dataset.claims, dataset.events), [dataset]);
  // Each estimate's row position in the dataset, to read the filter masks.
  const positions = useMemo(() => {
    const claimAt = rowPositions(dataset.claims, all, 'claim');
    const eventAt = rowPositions(dataset.events, all, 'event');
    return all.map((e) => (e.kind === 'claim' ? claimAt.get(e.rowId) : eventAt.get(e.rowId)) ?? -1);
  }, [dataset, all]);
  const visible = useMemo(() => {
    const masks = shownMasks(dataset, filters);
    const shown = sourceIsShown(dataset, filters);
    return all.filter((e, i) => {
      const mask = e.kind === 'claim' ? masks.claims : masks.events;
      return mask[positions[i] ?? -1] === 1 && (e.kind === 'claim' || shown(e.sourceId));
    });
  }, [dataset, filters, all, positions]);
  return { sources, all, visible };
}

/** Row positions of the rows that carry estimates only: a 100,000-event file has a few hundred of them. */
function rowPositions(
  rows: readonly { id: string }[],
  estimates: readonly { kind: string; rowId: string }[],
  kind: string,
): Map<string, number> {
  const wanted = new Set(estimates.filter((e) => e.kind === kind).map((e) => e.rowId));
  const at = new Map<string, number>();
  rows.forEach((row, i) => {
    if (wanted.has(row.id)) at.set(row.id, i);
  });
  return at;
}
