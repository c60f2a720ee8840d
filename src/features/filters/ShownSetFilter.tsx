import { useCallback, useRef } from 'react';
import { useRoving } from '../../components/use-roving';
import { toggleShown } from './active-filters';
import { formatNumber } from '../../lib/format';

interface Props<T extends string> {
  legend: string;
  className: string;
  values: readonly T[];
  /** The values chosen; empty means all are shown. */
  chosen: readonly T[];
  labels: Readonly<Record<T, string>>;
  counts: Readonly<Record<T, number>>;
  onChange: (next: T[]) => void;
  /** Drawn before each label (a colour swatch or an origin symbol). */
  marker?: (value: T) => React.ReactNode;
}

/**
 * Checkboxes for a set where nothing chosen means everything shown; the last shown one cannot be unchecked
 * (it says so, and stays focusable). One Tab stop: the arrow keys move between the boxes, Space toggles.
 */
export function ShownSetFilter<T extends string>({
  legend,
  className,
  values,
  chosen,
  labels,
  counts,
  onChange,
  marker,
}: Props<T>) {
  const list = useRef<HTMLUListElement>(null);
  const focus = useCallback(
    (index: number) => list.current?.querySelectorAll<HTMLInputElement>('input')[index]?.focus(),
    [],
  );
  // The boxes flow in lines of any length: every arrow steps to the next or the previous one.
  const roving = useRoving({ count: values.length, focus });
  const shown = (v: T) => chosen.length === 0 || chosen.includes(v);
  const shownCount = values.filter(shown).length;
  return (
    <fieldset className={`filters__group ${className}`}>
      <legend>{legend}</legend>
      <ul ref={list} className="filters__choices">
        {values.map((value, i) => {
          const checked = shown(value);
          const locked = checked && shownCount === 1;
          return (
            <li key={value}>
              <label title={locked ? 'The last one shown: check another to hide this one' : undefined}>
                <input
                  type="checkbox"
                  checked={checked}
                  aria-disabled={locked || undefined}
                  tabIndex={roving.tabIndexOf(i)}
                  onKeyDown={(e) => roving.onKeyDown(e, i)}
                  onFocus={() => roving.onFocus(i)}
                  onClick={(e) => {
                    if (locked) e.preventDefault();
                  }}
                  onChange={(e) => onChange(toggleShown(chosen, values, value, e.currentTarget.checked))}
                />{' '}
                {marker?.(value)}
                <bdi>{labels[value]}</bdi>{' '}
                <span className="filters__count">({formatNumber(counts[value] ?? 0)})</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
