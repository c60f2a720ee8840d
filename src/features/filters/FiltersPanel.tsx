import './filters.css';
import { useMemo } from 'react';
import { ORIGIN_STYLE } from '../../data/labels';
import { ORIGIN_LABEL } from '../../data/labels';
import { useDataset } from '../../data/dataset-context';
import { ORIGINS, usedCategories } from '../../data/dataset-index';
import type { Origin } from '../../data/schema';
import { useLayoutStore } from '../../state/layout';
import { useAppliedFilters } from '../../state/applied-filters';
import { useAppStore } from '../../state/store';
import { useFacetCounts } from '../../state/use-filtered';
import { ActiveFilters } from './ActiveFilters';
import { DateGradeSearch } from './DateGradeSearch';
import { ShownSetFilter } from './ShownSetFilter';
import { SourceFilter } from './SourceFilter';

interface Props {
  /** The rail is collapsed: only the result line and the active filters, in one bar. */
  compact?: boolean;
}

/** The global filters: every panel reads its rows through them, and the URL keeps them. */
export function FiltersPanel({ compact = false }: Props) {
  const dataset = useDataset();
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const setRailCollapsed = useLayoutStore((s) => s.setRailCollapsed);
  const applied = useAppliedFilters();
  const counts = useFacetCounts(applied);
  // Categories the dataset uses, read off the dataset's index once (not per click).
  const used = useMemo(() => new Set(usedCategories(dataset).map((c) => c.id)), [dataset]);
  const categories = dataset.categories.filter((c) => used.has(c.id) || filters.categories.includes(c.id));
  const labels = useMemo(
    () => Object.fromEntries(dataset.categories.map((c) => [c.id, c.label])),
    [dataset.categories],
  );
  const colours = useMemo(
    () => new Map(dataset.categories.map((c) => [c.id, c.colour])),
    [dataset.categories],
  );

  const active = (
    <ActiveFilters
      shownEvents={counts.eventsShown}
      totalEvents={dataset.events.length}
      shownClaims={counts.claimsShown}
      totalClaims={dataset.claims.length}
    />
  );
  if (compact) {
    return (
      <div className="filters filters--compact">
        <button type="button" className="filters__expand" onClick={() => setRailCollapsed(false)}>
          Show all filters
        </button>
        {active}
      </div>
    );
  }
  return (
    <div className="filters">
      {active}
      <DateGradeSearch />
      <ShownSetFilter<string>
        legend="Categories"
        className="filters__categories"
        values={categories.map((c) => c.id)}
        chosen={filters.categories}
        labels={labels}
        counts={counts.categories}
        onChange={(next) => setFilters({ categories: next })}
        marker={(c) => <span className="filters__swatch" style={{ background: colours.get(c) }} />}
      />
      <ShownSetFilter<Origin>
        legend="Origin"
        className="filters__origins"
        values={ORIGINS}
        chosen={filters.origins}
        labels={ORIGIN_LABEL}
        counts={counts.origins}
        onChange={(next) => setFilters({ origins: next })}
        marker={(o) => (
          <span
            className={`filters__origin${ORIGIN_STYLE[o].fill ? ' is-filled' : ''}${ORIGIN_STYLE[o].dash ? ' is-dashed' : ''}`}
          />
        )}
      />
      <SourceFilter sources={dataset.sources} counts={counts.sources} />
    </div>
  );
}
