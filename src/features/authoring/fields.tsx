import { useId } from 'react';
import { RELIABILITY_LABEL, SOURCE_KIND_LABEL } from '../../data/labels';
import { ReliabilitySchema, SourceKindSchema } from '../../data/schema';
import { Field } from './Field';

interface SelectProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: ReadonlyArray<{ value: string; label: string }>;
  /** The first option, for "not known" or "choose…"; none when a value is always set. */
  empty?: string;
  error?: string | null;
  hint?: string;
}

export function SelectField({ label, value, onChange, options, empty, error, hint }: SelectProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(p) => (
        <select {...p} value={value} onChange={(e) => onChange(e.target.value)}>
          {empty === undefined ? null : <option value="">{empty}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface TextProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  hint?: string | null;
  /** Words the field suggests as they are typed (the dataset's categories, sources). */
  choices?: readonly string[];
  type?: 'text' | 'url' | 'date' | 'time';
  inputMode?: 'numeric' | 'decimal';
}

export function TextField({ label, value, onChange, error, hint, choices, type, inputMode }: TextProps) {
  const listId = useId();
  const list = choices ? listId : undefined;
  return (
    <Field label={label} error={error} hint={hint}>
      {(p) => (
        <>
          <input
            {...p}
            type={type ?? 'text'}
            inputMode={inputMode}
            list={list}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
          {choices ? (
            <datalist id={list}>
              {choices.map((c) => (
                <option key={c} value={c} />
              ))}
            </datalist>
          ) : null}
        </>
      )}
    </Field>
  );
}

const labelled = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

export const SOURCE_KIND_OPTIONS = labelled(SourceKindSchema.options, SOURCE_KIND_LABEL);
export const RELIABILITY_OPTIONS = labelled(ReliabilitySchema.options, RELIABILITY_LABEL);

export type GradeKey = 'kind' | 'country' | 'reliability' | 'reliabilityRationale';

interface GradeProps {
  values: Record<GradeKey, string>;
  onChange: (key: GradeKey, value: string) => void;
  error: (key: GradeKey) => string | null;
}

/** What is known of a source: its kind and country, and its Admiralty grade with the reason for it. */
export function SourceGradeFields({ values, onChange, error }: GradeProps) {
  return (
    <div className="authoring-form__row">
      <SelectField
        label="Kind of source"
        value={values.kind}
        onChange={(v) => onChange('kind', v)}
        options={SOURCE_KIND_OPTIONS}
        empty="unknown"
        error={error('kind')}
      />
      <TextField
        label="Country (optional)"
        value={values.country}
        onChange={(v) => onChange('country', v)}
        error={error('country')}
      />
      <SelectField
        label="Reliability (Admiralty)"
        value={values.reliability}
        onChange={(v) => onChange('reliability', v)}
        options={RELIABILITY_OPTIONS}
        empty="not graded"
        error={error('reliability')}
      />
      <TextField
        label="Why this grade"
        value={values.reliabilityRationale}
        onChange={(v) => onChange('reliabilityRationale', v)}
        error={error('reliabilityRationale')}
      />
    </div>
  );
}

const ids = (value: string) => value.split(' ').filter(Boolean);

interface ChecksProps {
  legend: string;
  options: Array<{ id: string; label: string }>;
  /** The chosen ids, separated by spaces. */
  value: string;
  onChange: (next: string) => void;
  error?: string | null;
}

/** Rows of the dataset to tick (the sources that reported an event, a claim's places). */
export function Checks({ legend, options, value, onChange, error }: ChecksProps) {
  const chosen = new Set(ids(value));
  return (
    <fieldset className="authoring-fieldset authoring-checks" aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {options.length === 0 ? <p className="muted">None in the dataset yet.</p> : null}
      {options.map((o) => (
        <label key={o.id}>
          <input
            type="checkbox"
            checked={chosen.has(o.id)}
            onChange={() => {
              const next = new Set(chosen);
              if (next.has(o.id)) next.delete(o.id);
              else next.add(o.id);
              onChange([...next].join(' '));
            }}
          />{' '}
          <bdi>{o.label}</bdi>
        </label>
      ))}
      {error ? <p className="field__error">{error}</p> : null}
    </fieldset>
  );
}

/** A category picked from the dataset's, or typed anew (it is added with the row). */
export function CategoryField(
  props: Omit<TextProps, 'label' | 'choices' | 'hint'> & { categories: ReadonlyArray<{ label: string }> },
) {
  const { categories, ...rest } = props;
  return (
    <TextField
      {...rest}
      label="Category"
      choices={categories.map((c) => c.label)}
      hint="Pick one of the dataset’s categories, or type a new one."
    />
  );
}

interface AreaProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  rows?: number;
}

export function TextAreaField({ label, value, onChange, error, rows = 3 }: AreaProps) {
  return (
    <Field label={label} error={error}>
      {(p) => <textarea {...p} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}
