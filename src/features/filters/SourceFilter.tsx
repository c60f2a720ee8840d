import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useDebouncedDraft } from '../../components/use-debounced-draft';
import { useRoving } from '../../components/use-roving';
import { useVirtualRows } from '../../components/use-virtual-rows';
import { reliabilityLabel } from '../../data/labels';
import type { Source } from '../../data/schema';
import { useAppStore } from '../../state/store';
import { foldSources, matchSources, toggleScope } from './source-search';
import { formatNumber } from '../../lib/format';

interface Props {
  sources: readonly Source[];
  counts: Readonly<Record<string, number>>;
}

/** Must match `.filters__source-row` in filters.css. */
const ROW_PX = 26;

/**
 * Every source as a checkbox (checked = shown) with how many claims and events it would show, in a list
 * that draws only the rows in view — a dataset may have a thousand sources — and a box to find them by
 * name. One Tab stop: the arrow keys, Home, End and the page keys move through "All" and the sources.
 */
export function SourceFilter({ sources, counts }: Props) {
  const hidden = useAppStore((s) => s.filters.hiddenSources);
  const setFilters = useAppStore((s) => s.setFilters);
  const id = useId();
  // The field shows each key at once; the list is searched when the keys pause.
  const [query, setQuery] = useState('');
  const find = useDebouncedDraft(query, setQuery);
  const folded = useMemo(() => foldSources(sources), [sources]);
  const shown = useMemo(() => matchSources(sources, folded, query), [sources, folded, query]);
  const hiddenSet = useMemo(() => new Set(hidden), [hidden]);
  const allBox = useRef<HTMLInputElement>(null);

  const { scroller, items, before, after, inView, focusRow } = useVirtualRows<HTMLDivElement>({
    count: shown.length,
    rowPx: ROW_PX,
    initialRect: { width: 280, height: 320 },
    scrollTo: -1,
    overscan: 6,
    // The rows start under the sticky "All" row.
    scrollMargin: ROW_PX,
  });

  // Item 0 of the group is "All"; item i + 1 is shown[i].
  const focus = useCallback(
    (index: number) => (index === 0 ? allBox.current?.focus() : focusRow(index - 1)),
    [focusRow],
  );
  const roving = useRoving({ count: shown.length + 1, page: Math.max(1, inView - 1), focus });

  const toggle = (sourceId: string, show: boolean) =>
    setFilters({
      hiddenSources: show
        ? hidden.filter((h) => h !== sourceId)
        : sources.map((s) => s.id).filter((s) => s === sourceId || hiddenSet.has(s)),
    });
  // The group's Tab stop is its current row while that row is drawn; scrolled away, it is "All".
  const stop = items.some((r) => r.index + 1 === roving.active) ? roving.active : 0;
  const tabIndexOf = (item: number) => (item === stop ? 0 : -1);
  const scope = shown.map((s) => s.id);
  const hiddenInScope = scope.filter((s) => hiddenSet.has(s)).length;
  // Some shown and some hidden: the mixed state of a "select all" box (a property, not an attribute).
  // Set after every render: a click on the box clears the property behind React's back.
  const mixed = hiddenInScope > 0 && hiddenInScope < scope.length;
  useEffect(() => {
    if (allBox.current) allBox.current.indeterminate = mixed;
  });

  return (
    <fieldset className="filters__group filters__sources" aria-describedby={`${id}-hint`}>
      <legend>
        Sources{' '}
        <span className="muted">
          ({formatNumber(sources.length - hidden.length)} of {formatNumber(sources.length)} shown)
        </span>
      </legend>
      <p id={`${id}-hint`} className="filters__hint muted">
        (n): its claims and events passing the other filters. Arrows move, Space shows or hides.
      </p>
      <label className="filters__find" htmlFor={`${id}-find`}>
        Find a source
      </label>
      <input
        id={`${id}-find`}
        className="filters__find-input"
        type="search"
        value={find.draft}
        maxLength={100}
        aria-controls={`${id}-list`}
        onChange={(e) => find.change(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') find.flush();
        }}
        onBlur={find.flush}
      />
      {/* "All" heads the scrolling list (sticky): the list always holds the group's Tab stop, so the
          browser never makes the scroller a Tab stop of its own. */}
      <div ref={scroller} className="filters__source-scroll" data-source-list>
        <label className="filters__source-all">
          <input
            ref={allBox}
            type="checkbox"
            checked={scope.length > 0 && hiddenInScope === 0}
            disabled={scope.length === 0}
            tabIndex={tabIndexOf(0)}
            onKeyDown={(e) => roving.onKeyDown(e, 0)}
            onFocus={() => roving.onFocus(0)}
            onChange={() => setFilters({ hiddenSources: toggleScope(hidden, scope) })}
          />{' '}
          {query.trim() ? `All ${shown.length} matching` : 'All sources'}
        </label>
        <ul id={`${id}-list`} className="filters__source-list" aria-label="Sources">
          {before > 0 && (
            <li aria-hidden="true" className="filters__source-spacer" style={{ height: before }} />
          )}
          {items.map((row) => {
            const source = shown[row.index];
            if (!source) return null;
            const item = row.index + 1;
            return (
              <li
                key={source.id}
                className="filters__source-row"
                aria-setsize={shown.length}
                aria-posinset={item}
              >
                <label
                  title={`${source.name} (${source.shortName}) — ${reliabilityLabel(source.reliability)}`}
                >
                  <input
                    type="checkbox"
                    data-index={row.index}
                    checked={!hiddenSet.has(source.id)}
                    tabIndex={tabIndexOf(item)}
                    onKeyDown={(e) => roving.onKeyDown(e, item)}
                    onFocus={() => roving.onFocus(item)}
                    onChange={(e) => toggle(source.id, e.currentTarget.checked)}
                  />
                  <span className="filters__source-name">{source.name}</span>{' '}
                  <span className="filters__count">({formatNumber(counts[source.id] ?? 0)})</span>
                </label>
              </li>
            );
          })}
          {after > 0 && (
            <li aria-hidden="true" className="filters__source-spacer" style={{ height: after }} />
          )}
        </ul>
        {shown.length === 0 && <p className="filters__none muted">No source name holds “{query}”.</p>}
      </div>
    </fieldset>
  );
}
