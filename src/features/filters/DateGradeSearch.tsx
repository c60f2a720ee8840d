import { useId } from 'react';
import { RELIABILITY_LABEL } from '../../data/labels';
import { isoFromDayNumber } from '../../data/dates';
import { ReliabilitySchema, type Reliability } from '../../data/schema';
import { useAppStore } from '../../state/store';

interface Props {
  /** The dataset's date extent in day numbers, for the date inputs' bounds. */
  extent: { start: number; end: number } | null;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Free-text search, the date range and the minimum source grade. */
export function DateGradeSearch({ extent }: Props) {
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const id = useId();
  const min = extent ? isoFromDayNumber(extent.start) : undefined;
  const max = extent ? isoFromDayNumber(extent.end) : undefined;

  return (
    <div className="filters__row">
      <div className="filters__field filters__search">
        <label htmlFor={`${id}-q`}>Search quotes, descriptions and citations</label>
        <input
          id={`${id}-q`}
          type="search"
          value={filters.search}
          maxLength={200}
          onChange={(e) => setFilters({ search: e.currentTarget.value })}
        />
      </div>
      <DateInput
        label="From"
        min={min}
        max={filters.dateTo ?? max}
        value={filters.dateFrom}
        onChange={(dateFrom) => setFilters({ dateFrom })}
      />
      <DateInput
        label="To"
        min={filters.dateFrom ?? min}
        max={max}
        value={filters.dateTo}
        onChange={(dateTo) => setFilters({ dateTo })}
      />
      <div className="filters__field">
        <label htmlFor={`${id}-grade`}>Minimum source grade</label>
        <select
          id={`${id}-grade`}
          value={filters.minReliability ?? ''}
          onChange={(e) => {
            const grade = ReliabilitySchema.safeParse(e.currentTarget.value);
            setFilters({ minReliability: grade.success ? grade.data : null });
          }}
        >
          <option value="">Any grade</option>
          {ReliabilitySchema.options.map((g: Reliability) => (
            <option key={g} value={g}>
              {g === 'A' ? RELIABILITY_LABEL[g] : `${RELIABILITY_LABEL[g]} or better`}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

interface DateInputProps {
  label: string;
  min: string | undefined;
  max: string | undefined;
  value: string | null;
  onChange: (value: string | null) => void;
}

/** A date bound; emptying it (or an incomplete date) leaves that end of the range open. */
function DateInput({ label, min, max, value, onChange }: DateInputProps) {
  const id = useId();
  return (
    <div className="filters__field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        min={min}
        max={max}
        value={value ?? ''}
        onChange={(e) => onChange(ISO.test(e.currentTarget.value) ? e.currentTarget.value : null)}
      />
    </div>
  );
}
