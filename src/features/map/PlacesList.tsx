import { useCallback, useMemo, useRef } from 'react';
import { useRoving } from '../../components/use-roving';
import { useVirtualRows } from '../../components/use-virtual-rows';
import { isSelected, type Selection } from '../../data/selection';
import type { PlaceView } from './place-model';

interface Props {
  views: readonly PlaceView[];
  selection: Selection | null;
  onPick: (placeId: string) => void;
}

/** Up to this many places every one is in the page; above it only those in view are (100,000 stay light). */
export const VIRTUALISE_PLACES_ABOVE = 150;
/** Must match `.map-places.is-virtual .map-places__button` in map.css. */
const ROW_PX = 46;

interface ItemProps {
  view: PlaceView;
  index: number;
  selected: boolean;
  /** Set when the list is virtualised: the row's place in the whole list, for assistive technology. */
  size?: number;
  roving: ReturnType<typeof useRoving>;
  onPick: (placeId: string) => void;
}

function PlaceItem({ view: v, index, selected, size, roving, onPick }: ItemProps) {
  return (
    <li aria-posinset={size === undefined ? undefined : index + 1} aria-setsize={size}>
      <button
        type="button"
        className={`map-places__button${v.highlighted ? ' is-highlighted' : ''}${v.dimmed ? ' is-dimmed' : ''}`}
        aria-pressed={selected}
        data-place-id={v.place.id}
        data-index={index}
        tabIndex={roving.tabIndexOf(index)}
        onKeyDown={(e) => roving.onKeyDown(e, index)}
        onFocus={() => roving.onFocus(index)}
        onClick={() => onPick(v.place.id)}
      >
        <span className="map-places__name">{v.place.name}</span>
        <span className="visually-hidden">, </span>
        <span className="map-places__meta">
          {v.precisionLabel}
          {v.outside ? ' · outside the basemap' : ''} ·{' '}
          <span className="map-places__count">
            {v.count} {v.count === 1 ? 'item' : 'items'}
            {v.total > v.count ? ` of ${v.total}` : ''}
          </span>
        </span>
      </button>
    </li>
  );
}

/**
 * Every place as a button: the keyboard and screen-reader path to what the map's marks do. One Tab stop:
 * the arrow keys, Home and End move between places. Above a few hundred places only those in view of the
 * list are drawn.
 */
export function PlacesList({ views, selection, onPick }: Props) {
  if (views.length > VIRTUALISE_PLACES_ABOVE) {
    return <VirtualPlaces views={views} selection={selection} onPick={onPick} />;
  }
  return <AllPlaces views={views} selection={selection} onPick={onPick} />;
}

function AllPlaces({ views, selection, onPick }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const focus = useCallback(
    (i: number) => list.current?.querySelector<HTMLButtonElement>(`button[data-index="${i}"]`)?.focus(),
    [],
  );
  const roving = useRoving({ count: views.length, focus });
  return (
    <ul ref={list} className="map-places" aria-label="Places">
      {views.map((v, i) => (
        <PlaceItem
          key={v.place.id}
          view={v}
          index={i}
          selected={isSelected(selection, 'place', v.place.id)}
          roving={roving}
          onPick={onPick}
        />
      ))}
    </ul>
  );
}

/** The places in view of the list's scroll box, between two spacers that keep its full height. */
function VirtualPlaces({ views, selection, onPick }: Props) {
  // A place selected on the map (or anywhere) may be far down the list: bring it into view.
  const selectedIndex = useMemo(
    () => (selection?.kind === 'place' ? views.findIndex((v) => v.place.id === selection.id) : -1),
    [views, selection],
  );
  const { scroller, items, before, after, focusRow } = useVirtualRows<HTMLUListElement>({
    count: views.length,
    rowPx: ROW_PX,
    // 22rem, the list's CSS max-height.
    initialRect: { width: 300, height: 352 },
    scrollTo: selectedIndex,
    overscan: 6,
  });
  const roving = useRoving({ count: views.length, focus: focusRow });
  return (
    <ul ref={scroller} className="map-places is-virtual" aria-label="Places">
      {before > 0 && <li aria-hidden="true" className="map-places__spacer" style={{ height: before }} />}
      {items.map((item) => {
        const v = views[item.index];
        return v ? (
          <PlaceItem
            key={v.place.id}
            view={v}
            index={item.index}
            selected={isSelected(selection, 'place', v.place.id)}
            size={views.length}
            roving={roving}
            onPick={onPick}
          />
        ) : null;
      })}
      {after > 0 && <li aria-hidden="true" className="map-places__spacer" style={{ height: after }} />}
    </ul>
  );
}
