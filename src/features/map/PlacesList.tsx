import { useCallback, useRef } from 'react';
import { useRoving } from '../../components/use-roving';
import { isSelected, type Selection } from '../../data/selection';
import type { PlaceView } from './place-model';

interface Props {
  views: readonly PlaceView[];
  selection: Selection | null;
  onPick: (placeId: string) => void;
}

/**
 * Every place as a button: the keyboard and screen-reader path to what the map's marks do. One Tab stop:
 * the arrow keys, Home and End move between places.
 */
export function PlacesList({ views, selection, onPick }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const focus = useCallback(
    (i: number) => list.current?.querySelectorAll<HTMLButtonElement>('button')[i]?.focus(),
    [],
  );
  const roving = useRoving({ count: views.length, focus });
  return (
    <ul ref={list} className="map-places" aria-label="Places">
      {views.map((v, i) => {
        const selected = isSelected(selection, 'place', v.place.id);
        return (
          <li key={v.place.id}>
            <button
              type="button"
              className={`map-places__button${v.highlighted ? ' is-highlighted' : ''}${v.dimmed ? ' is-dimmed' : ''}`}
              aria-pressed={selected}
              data-place-id={v.place.id}
              tabIndex={roving.tabIndexOf(i)}
              onKeyDown={(e) => roving.onKeyDown(e, i)}
              onFocus={() => roving.onFocus(i)}
              onClick={() => onPick(v.place.id)}
            >
              <span className="map-places__name">{v.place.name}</span>
              <span className="visually-hidden">, </span>
              <span className="map-places__meta">
                {v.precisionLabel}
                {v.onMap ? '' : ' · outside the map'} ·{' '}
                <span className="map-places__count">
                  {v.count} {v.count === 1 ? 'item' : 'items'}
                  {v.total > v.count ? ` of ${v.total}` : ''}
                </span>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
