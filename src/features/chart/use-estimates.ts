import { useMemo } from 'react';
import { useDataset } from '../../data/dataset-context';
import { datasetEstimates, type Estimate } from '../../data/estimates';
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
  const { all, rows } = datasetEstimates(dataset);
  const visible = useMemo(() => {
    const masks = shownMasks(dataset, filters);
    const shown = sourceIsShown(dataset, filters);
    const next = all.filter((e, i) => {
      const mask = e.kind === 'claim' ? masks.claims : masks.events;
      return mask[rows[i] ?? -1] === 1 && (e.kind === 'claim' || shown(e.sourceId));
    });
    // The same estimates as before are the same array, so what the chart derived from them (tallies over
    // a quarter of a million events) is reused, not summed again, when a change left them as they were.
    const before = lastVisible.get(all);
    if (before && sameItems(next, before)) return before;
    lastVisible.set(all, next);
    return next;
  }, [dataset, filters, all, rows]);
  return { sources, all, visible };
}

/** The estimates last let through, per dataset's estimates. */
const lastVisible = new WeakMap<readonly Estimate[], Estimate[]>();

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
