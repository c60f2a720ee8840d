import { toggleShown } from './active-filters';

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

/** Checkboxes for a set where nothing chosen means everything shown; the last shown one cannot be unchecked. */
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
  const shown = (v: T) => chosen.length === 0 || chosen.includes(v);
  const shownCount = values.filter(shown).length;
  return (
    <fieldset className={`filters__group ${className}`}>
      <legend>{legend}</legend>
      <ul className="filters__choices">
        {values.map((value) => {
          const checked = shown(value);
          return (
            <li key={value}>
              <label>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={checked && shownCount === 1}
                  onChange={(e) => onChange(toggleShown(chosen, values, value, e.currentTarget.checked))}
                />{' '}
                {marker?.(value)}
                <bdi>{labels[value]}</bdi> <span className="filters__count">({counts[value] ?? 0})</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
