import { SelectField, TextField } from './fields';

export const PRECISION_HINT =
  'Day: that day. Month: only the month is known (write the 1st). Approximate: within a few days.';

const PRECISION_OPTIONS = [
  { value: 'day', label: 'day' },
  { value: 'month', label: 'month' },
  { value: 'approx', label: 'few days (approximate)' },
];

interface FormParts<K extends string> {
  values: Record<K, string>;
  set: (field: K, value: string) => void;
  error: (field: K, ...paths: string[]) => string | null;
}

interface Props<K extends string> {
  label: string;
  form: FormParts<K>;
  dateKey: K;
  precisionKey: K;
  /** Where the date sits in the row: `date` of an event or document, `asOf` of a claim. */
  path: string;
  hint?: string;
}

/** A date with how precisely it is known: the schema's fuzzy date. */
export function DateFields<K extends string>({ label, form, dateKey, precisionKey, path, hint }: Props<K>) {
  return (
    <div className="authoring-form__row">
      <TextField
        label={label}
        type="date"
        value={form.values[dateKey]}
        onChange={(v) => form.set(dateKey, v)}
        error={form.error(dateKey, `${path}.date`, path)}
        hint={hint ?? null}
      />
      <SelectField
        label="Known to the"
        value={form.values[precisionKey]}
        onChange={(v) => form.set(precisionKey, v)}
        options={PRECISION_OPTIONS}
        error={form.error(precisionKey, `${path}.precision`)}
      />
    </div>
  );
}
