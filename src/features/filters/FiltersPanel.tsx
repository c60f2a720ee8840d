import './filters.css';
import { useMemo } from 'react';
import { CATEGORY_COLOUR, ORIGIN_STYLE } from '../../config/palette';
import { CATEGORY_LABEL, ORIGIN_LABEL } from '../../config/labels';
import { useDataset } from '../../data/dataset-context';
import { CATEGORIES, datasetIndex, ORIGINS, usedCategories } from '../../data/filter';
import type { Category, Origin } from '../../data/schema';
import { useAppStore } from '../../state/store';
import { useFacetCounts } from '../../state/use-filtered';
import { ActiveFilters } from './ActiveFilters';
import { DateGradeSearch } from './DateGradeSearch';
import { ShownSetFilter } from './ShownSetFilter';
import { SourceFilter } from './SourceFilter';

/** The global filters: every panel reads its rows through them, and the URL keeps them. */
export function FiltersPanel() {
  const dataset = useDataset();
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const counts = useFacetCounts();
  // Categories the dataset uses, read off the dataset's index once (not per click).
  const used = useMemo(() => new Set(usedCategories(dataset)), [dataset]);
  const categories = CATEGORIES.filter((c) => used.has(c) || filters.categories.includes(c));
  const extent = datasetIndex(dataset).domain;

  return (
    <div className="filters">
      <DateGradeSearch extent={extent} />
      <ShownSetFilter<Category>
        legend="Categories"
        className="filters__categories"
        values={categories}
        chosen={filters.categories}
        labels={CATEGORY_LABEL}
        counts={counts.categories}
        onChange={(next) => setFilters({ categories: next })}
        marker={(c) => <span className="filters__swatch" style={{ background: CATEGORY_COLOUR[c] }} />}
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
      <ActiveFilters
        shownEvents={counts.eventsShown}
        totalEvents={dataset.events.length}
        shownClaims={counts.claimsShown}
        totalClaims={dataset.claims.length}
      />
    </div>
  );
}
