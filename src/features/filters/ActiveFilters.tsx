import { useDataset } from '../../data/dataset-context';
import { useAppStore } from '../../state/store';
import { activeFilters } from '../../data/filters';
import { formatNumber } from '../../lib/format';

interface Props {
  shownEvents: number;
  totalEvents: number;
  shownClaims: number;
  totalClaims: number;
}

/** What is filtered, each removable in one click, a reset, and the result announced politely. */
export function ActiveFilters({ shownEvents, totalEvents, shownClaims, totalClaims }: Props) {
  const dataset = useDataset();
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const active = activeFilters(filters, dataset);
  return (
    <div className="filters__active">
      <p className="filters__result" role="status" aria-live="polite">
        {formatNumber(shownEvents)} of {formatNumber(totalEvents)} events and {formatNumber(shownClaims)} of{' '}
        {formatNumber(totalClaims)} claims match
        {active.length === 0 ? ' (no filter)' : ''}.
      </p>
      {active.length > 0 && (
        <>
          <ul className="filters__chips" aria-label="Active filters">
            {active.map((f) => (
              <li key={f.key}>
                <button
                  type="button"
                  className="filters__chip"
                  aria-label={`Remove filter ${f.label}`}
                  onClick={() => setFilters(f.remove)}
                >
                  {f.label} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="filters__reset" onClick={resetFilters}>
            Reset all filters
          </button>
        </>
      )}
    </div>
  );
}
