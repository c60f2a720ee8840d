import { useId } from 'react';
import type { Source } from '../../data/schema';
import { useAppStore } from '../../state/store';

interface Props {
  sources: readonly Source[];
  counts: Readonly<Record<string, number>>;
}

/** One checkbox per source (checked = shown), with how many claims and events each would show. */
export function SourceFilter({ sources, counts }: Props) {
  const hidden = useAppStore((s) => s.filters.hiddenSources);
  const setFilters = useAppStore((s) => s.setFilters);
  const hintId = useId();
  const toggle = (id: string, show: boolean) =>
    setFilters({
      hiddenSources: show
        ? hidden.filter((h) => h !== id)
        : sources.map((s) => s.id).filter((s) => s === id || hidden.includes(s)),
    });
  return (
    <fieldset className="filters__group filters__sources" aria-describedby={hintId}>
      <legend>
        Sources{' '}
        <span className="muted">
          ({sources.length - hidden.length} of {sources.length} shown)
        </span>
      </legend>
      <p id={hintId} className="filters__hint muted">
        The number is how many claims and events of that source pass the other filters.
      </p>
      <div className="filters__bulk">
        <button type="button" className="link-button" onClick={() => setFilters({ hiddenSources: [] })}>
          Show all sources
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => setFilters({ hiddenSources: sources.map((s) => s.id) })}
        >
          Hide all sources
        </button>
      </div>
      <ul className="filters__source-list">
        {sources.map((source) => (
          <li key={source.id}>
            <label title={`${source.shortName} — graded ${source.reliability}`}>
              <input
                type="checkbox"
                checked={!hidden.includes(source.id)}
                onChange={(e) => toggle(source.id, e.currentTarget.checked)}
              />{' '}
              {source.name} <span className="filters__count">({counts[source.id] ?? 0})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
