import { useMemo } from 'react';
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

function PlaceItem({
  view: v,
  selected,
  index,
  size,
  onPick,
}: {
  view: PlaceView;
  selected: boolean;
  index?: number;
  size?: number;
  onPick: (placeId: string) => void;
}) {
  return (
    <li aria-posinset={index === undefined ? undefined : index + 1} aria-setsize={size}>
      <button
        type="button"
        className={`map-places__button${v.highlighted ? ' is-highlighted' : ''}${v.dimmed ? ' is-dimmed' : ''}`}
        aria-pressed={selected}
        data-place-id={v.place.id}
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

/** Every place as a button: the keyboard and screen-reader path to what the map's marks do. */
export function PlacesList({ views, selection, onPick }: Props) {
  if (views.length > VIRTUALISE_PLACES_ABOVE) {
    return <VirtualPlaces views={views} selection={selection} onPick={onPick} />;
  }
  return (
    <ul className="map-places" aria-label="Places">
      {views.map((v) => (
        <PlaceItem
          key={v.place.id}
          view={v}
          selected={isSelected(selection, 'place', v.place.id)}
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
  const { scroller, items, before, after } = useVirtualRows<HTMLUListElement>({
    count: views.length,
    rowPx: ROW_PX,
    // 22rem, the list's CSS max-height.
    initialRect: { width: 300, height: 352 },
    scrollTo: selectedIndex,
    overscan: 6,
  });
  return (
    <ul ref={scroller} className="map-places is-virtual" aria-label="Places">
      {before > 0 && <li aria-hidden="true" className="map-places__spacer" style={{ height: before }} />}
      {items.map((item) => {
        const v = views[item.index];
        return v ? (
          <PlaceItem
            key={v.place.id}
            view={v}
            selected={isSelected(selection, 'place', v.place.id)}
            index={item.index}
            size={views.length}
            onPick={onPick}
          />
        ) : null;
      })}
      {after > 0 && <li aria-hidden="true" className="map-places__spacer" style={{ height: after }} />}
    </ul>
  );
}
