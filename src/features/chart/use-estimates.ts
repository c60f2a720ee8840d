import { useMemo } from 'react';
import { useDataset } from '../../data/dataset-context';
import { collectEstimates } from '../../data/estimates';
import { meetsReliability } from '../../data/filter';
import { useAppStore } from '../../state/store';
import { useFilteredClaims, useFilteredEvents } from '../../state/use-filtered';

/**
 * Every estimate of the dataset, and those the global filters let through. An event passes when any of
 * its sources is shown; each of its figures is then kept only if that figure's own source is shown too.
 */
export function useEstimates() {
  const dataset = useDataset();
  const claims = useFilteredClaims();
  const events = useFilteredEvents();
  const hiddenSources = useAppStore((s) => s.filters.hiddenSources);
  const minReliability = useAppStore((s) => s.filters.minReliability);
  const sources = useMemo(() => new Map(dataset.sources.map((s) => [s.id, s])), [dataset]);
  const all = useMemo(() => collectEstimates(dataset, dataset.claims, dataset.events), [dataset]);
  const visible = useMemo(() => {
    const hidden = new Set(hiddenSources);
    const shown = (id: string) => {
      const s = sources.get(id);
      return !hidden.has(id) && s !== undefined && meetsReliability(s.reliability, minReliability);
    };
    return collectEstimates(dataset, claims, events, shown);
  }, [dataset, claims, events, hiddenSources, minReliability, sources]);
  return { sources, all, visible };
}
