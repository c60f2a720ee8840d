import { useId, useState } from 'react';
import { useDebouncedDraft } from '../../components/use-debounced-draft';
import { RELIABILITY_LABEL } from '../../data/labels';
import { ReliabilitySchema, type Reliability } from '../../data/schema';
import { useAppStore } from '../../state/store';
import { checkDate, stepDate } from './date-input';

/** Free-text search, the date range and the minimum source grade. */
export function DateGradeSearch() {
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const id = useId();
  // Each key shows at once; the panels search when the keys pause (a word, not every letter of it).
  const search = useDebouncedDraft(filters.search, (next) => setFilters({ search: next }));

  return (
    <>
      <div className="filters__field filters__search">
        <label htmlFor={`${id}-q`}>Search quotes, descriptions and citations</label>
        <input
          id={`${id}-q`}
          type="search"
          value={search.draft}
          maxLength={200}
          onChange={(e) => search.change(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') search.flush();
          }}
          onBlur={search.flush}
        />
      </div>
      <div className="filters__dates">
        <DateInput
          label="From"
          min={undefined}
          max={filters.dateTo ?? undefined}
          value={filters.dateFrom}
          onChange={(dateFrom) => setFilters({ dateFrom })}
        />
        <DateInput
          label="To"
          min={filters.dateFrom ?? undefined}
          max={undefined}
          value={filters.dateTo}
          onChange={(dateTo) => setFilters({ dateTo })}
        />
      </div>
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
    </>
  );
}

interface DateInputProps {
  label: string;
  min: string | undefined;
  max: string | undefined;
  value: string | null;
  onChange: (value: string | null) => void;
}

/**
 * A date bound typed as YYYY-MM-DD: one Tab stop (the browser's date field is three, plus its picker);
 * Up and Down step it by a day. Emptying it leaves that end of the range open; a date that is not real
 * says so and changes nothing.
 */
function DateInput({ label, min, max, value, onChange }: DateInputProps) {
  const id = useId();
  const [draft, setDraft] = useState(value ?? '');
  const [seen, setSeen] = useState(value);
  // The timeline's brush and the chips change the bound too: follow them.
  if (value !== seen) {
    setSeen(value);
    setDraft(value ?? '');
  }
  const check = checkDate(draft, min, max);
  const commit = (text: string) => {
    setDraft(text);
    const next = checkDate(text, min, max);
    if (next.ok && next.value !== value) {
      setSeen(next.value);
      onChange(next.value);
    }
  };
  return (
    <div className="filters__field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        placeholder="YYYY-MM-DD"
        autoComplete="off"
        spellCheck={false}
        maxLength={10}
        value={draft}
        aria-invalid={check.ok ? undefined : true}
        aria-describedby={check.ok ? undefined : `${id}-problem`}
        onChange={(e) => commit(e.currentTarget.value)}
        onKeyDown={(e) => {
          // Up and Down step a typed date by a day, as the browser's date field does.
          if ((e.key !== 'ArrowUp' && e.key !== 'ArrowDown') || !check.ok || check.value === null) return;
          e.preventDefault();
          commit(stepDate(check.value, e.key === 'ArrowUp' ? 1 : -1));
        }}
      />
      {check.ok ? null : (
        <span id={`${id}-problem`} className="filters__problem">
          {check.problem}
        </span>
      )}
    </div>
  );
}
