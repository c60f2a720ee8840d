import { useVirtualizer } from '@tanstack/react-virtual';
import { observeRectAfterLayout } from '../../components/use-virtual-rows';
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { ORIGIN_LABEL } from '../../data/labels';
import type { Related } from '../../data/related';
import type { Source } from '../../data/schema';
import { formatCitation, formatFuzzyDate } from '../../lib/format';
import { isSelected, type Selection } from '../../data/selection';
import type { TimelineItem } from './timeline-model';

interface Props {
  items: readonly TimelineItem[];
  sources: ReadonlyMap<string, Source>;
  selection: Selection | null;
  related: Related;
  onPick: (item: TimelineItem) => void;
}

const ROW = 66;

/**
 * Every shown item as a row — date at its precision, category, origin, sources, citation links — in a
 * virtualised list: only the rows in view exist, so 100,000 events scroll as smoothly as 50.
 * One Tab stop (WAI-ARIA's roving tabindex): Up, Down, the page keys, Home and End move between rows;
 * Right and Left move between a row and its citation links.
 */
export function TimelineList({ items, sources, selection, related, onPick }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns fresh functions each render; this component is simply not auto-memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW,
    overscan: 8,
    initialRect: { width: 800, height: 420 },
    observeElementRect: observeRectAfterLayout,
  });

  // Whatever selected an item (here, the axis, the map, the article), bring its row into view.
  const selectedIndex = selection ? items.findIndex((it) => isSelected(selection, it.kind, it.id)) : -1;
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const focusRow = (index: number) => {
    const i = Math.max(0, Math.min(items.length - 1, index));
    virtualizer.scrollToIndex(i, { align: 'auto' });
    const row = () => scroller.current?.querySelector<HTMLElement>(`[data-index="${i}"] .timeline-row__main`);
    // A row already drawn takes focus now; one scrolled into view is drawn on the next frame.
    const drawn = row();
    if (drawn) drawn.focus();
    else requestAnimationFrame(() => row()?.focus());
  };
  const [current, setCurrent] = useState(0);
  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const row = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (row) setCurrent(Number(row.dataset.index));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const row = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row) return;
    const at = Number(row.dataset.index);
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const stops = [...row.querySelectorAll<HTMLElement>('button, a[href]')];
      const next = stops[stops.indexOf(e.target as HTMLElement) + (e.key === 'ArrowRight' ? 1 : -1)];
      if (next) {
        e.preventDefault();
        next.focus();
      }
      return;
    }
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW * 6) / ROW) - 1);
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      PageDown: at + page,
      PageUp: at - page,
      Home: 0,
      End: items.length - 1,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    focusRow(to);
  };

  const rows = virtualizer.getVirtualItems();
  // The list's Tab stop is the current row while it is drawn; scrolled away, the first row in view.
  const stop = rows.some((r) => r.index === current) ? current : (rows[0]?.index ?? 0);

  return (
    // The keys move focus between the buttons inside; the container itself is not a control.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      ref={scroller}
      className="timeline-list"
      data-timeline-scroll
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <ul
        className="timeline-list__inner"
        style={{ height: virtualizer.getTotalSize() }}
        aria-label="Timeline items"
      >
        {rows.map((row) => {
          const item = items[row.index];
          if (!item) return null;
          const selected = isSelected(selection, item.kind, item.id);
          const isRelated =
            item.kind === 'event' ? related.eventIds.has(item.id) : related.claimIds.has(item.id);
          const names = item.sourceIds.map((id) => sources.get(id)?.shortName ?? id).join(', ');
          return (
            <li
              key={row.key}
              data-index={row.index}
              data-item-id={item.id}
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              className={`timeline-row origin-${item.origin}${selected ? ' is-selected' : ''}${isRelated ? ' is-related' : ''}`}
              style={{ transform: `translateY(${row.start}px)`, height: ROW }}
            >
              <button
                type="button"
                className="timeline-row__main"
                aria-pressed={selected}
                tabIndex={row.index === stop ? 0 : -1}
                onClick={() => onPick(item)}
              >
                <span className="timeline-row__date">
                  {formatFuzzyDate(item.date)}
                  {item.date.precision === 'approx' ? ' (approx.)' : ''}
                  {item.date.precision === 'month' ? ' (month)' : ''}
                </span>
                <span className="timeline-row__tags">
                  <span className="timeline-row__swatch" style={{ background: item.category.colour }} />
                  <bdi>{item.category.label}</bdi> ·{' '}
                  <span className={`timeline-origin origin-${item.origin}`}>
                    {item.kind === 'claim' ? 'Claim' : ORIGIN_LABEL[item.origin]}
                  </span>{' '}
                  · {names}
                </span>
                <span className="timeline-row__text">{item.text}</span>
              </button>
              {item.citations.length > 0 && (
                <span className="timeline-row__cites">
                  {item.citations.slice(0, 3).map((c, i) =>
                    c.url ? (
                      <a
                        key={i}
                        href={c.url}
                        target="_blank"
                        rel="noopener noreferrer"
                        tabIndex={-1}
                        title={formatCitation(c)}
                      >
                        <bdi>{c.publisher ?? c.title}</bdi>
                      </a>
                    ) : (
                      <span key={i} title={`${formatCitation(c)} (no link)`}>
                        <bdi>{c.publisher ?? c.title}</bdi>
                      </span>
                    ),
                  )}
                  {item.citations.length > 3 ? (
                    <span className="muted">+{item.citations.length - 3}</span>
                  ) : null}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
