import { Field } from './Field';

export const PRECISION_HINT =
  'Day: that day. Month: only the month is known (write the 1st). Approximate: within a few days.';

interface Props {
  dateLabel: string;
  date: string;
  precision: string;
  onDate: (value: string) => void;
  onPrecision: (value: string) => void;
  dateError: string | null;
  precisionError: string | null;
  hint?: string;
}

/** A date with how precisely it is known: the schema's fuzzy date. */
export function DateFields({
  dateLabel,
  date,
  precision,
  onDate,
  onPrecision,
  dateError,
  precisionError,
  hint,
}: Props) {
  return (
    <div className="authoring-form__row">
      <Field label={dateLabel} error={dateError} hint={hint}>
        {(p) => <input {...p} type="date" value={date} onChange={(e) => onDate(e.target.value)} />}
      </Field>
      <Field label="Known to the" error={precisionError}>
        {(p) => (
          <select {...p} value={precision} onChange={(e) => onPrecision(e.target.value)}>
            <option value="day">day</option>
            <option value="month">month</option>
            <option value="approx">few days (approximate)</option>
          </select>
        )}
      </Field>
    </div>
  );
}
