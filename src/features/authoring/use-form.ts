import { useMemo, useState } from 'react';
import type { z } from 'zod';
import { problemsByField } from '../../data/row-check';

/**
 * A form's text values, the row they make and that row's problems by field, checked by the zod schema as
 * the analyst types. A field's problem shows once the field was changed, every problem once saving was
 * tried: an empty form does not open covered in errors.
 */
export function useForm<V extends Record<string, string>>(
  initial: V,
  schema: z.ZodType,
  toRow: (values: V) => unknown,
  extra?: (values: V) => Map<string, string>,
) {
  const [values, setValues] = useState<V>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [tried, setTried] = useState(false);
  const problems = useMemo(() => {
    const found = problemsByField(schema, toRow(values));
    // The form's own wording wins: it knows what the field means to the analyst.
    for (const [field, message] of extra?.(values) ?? []) found.set(field, message);
    return found;
    // toRow and extra are pure functions of the values, fixed for a form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [values, schema]);
  const set = (field: keyof V & string, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setTouched((t) => (t.has(field) ? t : new Set([...t, field])));
  };
  /**
   * The problem to show at the field holding `value`: the first problem of `paths` (row fields such as
   * `date.date`; the value's own name when none are given), once that value was changed or saving tried.
   */
  const error = (value: keyof V & string, ...paths: string[]) => {
    if (!tried && !touched.has(value)) return null;
    for (const path of paths.length > 0 ? paths : [value]) {
      const message = problems.get(path);
      if (message) return message;
    }
    return null;
  };
  /** A field's value, its change handler and its problem, for the form's field components. */
  const bind = (field: keyof V & string, ...paths: string[]) => ({
    value: values[field],
    onChange: (value: string) => set(field, value),
    error: error(field, ...paths),
  });
  return { values, setValues, set, error, bind, problems, tried, tryToSave: () => setTried(true) };
}
