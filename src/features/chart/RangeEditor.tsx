import { useId, useState, type ReactNode } from 'react';
import { Dialog } from '../../components/Dialog';
import { CONFIDENCE_LABEL, likelihoodText } from '../../data/assessed-range';
import type { Estimate } from '../../data/estimates';
import { withAssessedRange } from '../../data/judgements';
import type { JudgementsValue } from '../../data/judgements-context';
import { LIMITS } from '../../data/limits';
import {
  AnalystConfidenceSchema,
  LikelihoodSchema,
  type AssessedRange,
  type Measure,
} from '../../data/schema';
import { describeFigure } from '../../data/figure-words';
import { formatFuzzyDate } from '../../lib/format';
import { initialForm, readForm, type RangeField, type RangeForm } from './range-form';

interface Props {
  context: JudgementsValue;
  measure: Measure;
  range: AssessedRange | null;
  /** The figures of the measure the range may cite (claims first). */
  citable: readonly Estimate[];
  defaultAsOf: string;
  onClose: () => void;
}

function Field(props: {
  label: string;
  error: string | undefined;
  children: (id: string, describedBy: string | undefined) => ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="range-editor__field">
      <label htmlFor={id}>{props.label}</label>
      {props.children(id, props.error ? errorId : undefined)}
      {props.error && (
        <span id={errorId} className="range-editor__error">
          {props.error}
        </span>
      )}
    </div>
  );
}

/** The analyst's own low / best / high for one measure, with how likely, as of when, and why. */
export function RangeEditor({ context, measure, range, citable, defaultAsOf, onClose }: Props) {
  const [form, setForm] = useState<RangeForm>(() => initialForm(range, defaultAsOf));
  const [problems, setProblems] = useState<Partial<Record<RangeField, string>>>({});
  const [confirmRemove, setConfirmRemove] = useState(false);
  const set = (patch: Partial<RangeForm>) => setForm((f) => ({ ...f, ...patch }));
  const claimIds = new Set(citable.filter((e) => e.kind === 'claim').map((e) => e.rowId));
  const what = measure.label.toLowerCase();

  const save = () => {
    const result = readForm(form, measure.id, claimIds, new Date());
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    context.save(withAssessedRange(context.judgements, measure.id, result.range));
    onClose();
  };
  const remove = () => {
    context.save(withAssessedRange(context.judgements, measure.id, null));
    onClose();
  };
  const amount = (key: 'low' | 'best' | 'high', label: string) => (
    <Field label={label} error={problems[key]}>
      {(id, describedBy) => (
        <input
          id={id}
          inputMode="decimal"
          value={form[key]}
          aria-invalid={problems[key] ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => set({ [key]: e.currentTarget.value })}
        />
      )}
    </Field>
  );

  return (
    <Dialog title={`My assessed range: ${measure.label}`} onClose={onClose} className="range-editor">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <p className="muted">
          Your own judgement of the true number of {what}, drawn on the chart as a hatched band with a line at
          your best estimate, and printed in captions, slide notes and data exports. Likelihood words follow
          ICD 203.
        </p>
        <div className="range-editor__numbers">
          {amount('low', 'Low')}
          {amount('best', 'Best estimate')}
          {amount('high', 'High')}
        </div>
        <div className="range-editor__numbers">
          <Field label="As of" error={problems.asOf}>
            {(id, describedBy) => (
              <input
                id={id}
                type="date"
                value={form.asOf}
                aria-describedby={describedBy}
                onChange={(e) => set({ asOf: e.currentTarget.value })}
              />
            )}
          </Field>
          <Field label="Likelihood the true number lies in the range" error={problems.likelihood}>
            {(id) => (
              <select
                id={id}
                value={form.likelihood}
                onChange={(e) => set({ likelihood: LikelihoodSchema.parse(e.currentTarget.value) })}
              >
                {LikelihoodSchema.options.map((l) => (
                  <option key={l} value={l}>
                    {likelihoodText(l)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Confidence in the judgement" error={problems.confidence}>
            {(id) => (
              <select
                id={id}
                value={form.confidence}
                onChange={(e) =>
                  set({ confidence: AnalystConfidenceSchema.safeParse(e.currentTarget.value).data ?? '' })
                }
              >
                <option value="">Not stated</option>
                {AnalystConfidenceSchema.options.map((c) => (
                  <option key={c} value={c}>
                    {CONFIDENCE_LABEL[c]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field label="Reasoning" error={problems.reasoning}>
          {(id, describedBy) => (
            <textarea
              id={id}
              rows={4}
              maxLength={LIMITS.longText}
              value={form.reasoning}
              aria-invalid={problems.reasoning ? true : undefined}
              aria-describedby={describedBy}
              onChange={(e) => set({ reasoning: e.currentTarget.value })}
            />
          )}
        </Field>
        {citable.length > 0 && (
          <fieldset className="range-editor__cites">
            <legend>Rests on (the figures your reasoning cites)</legend>
            {citable.map((e) => (
              <label key={e.rowId}>
                <input
                  type="checkbox"
                  checked={form.cites.includes(e.rowId)}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    set({ cites: on ? [...form.cites, e.rowId] : form.cites.filter((id) => id !== e.rowId) });
                  }}
                />{' '}
                <bdi>{e.sourceName}</bdi>: {describeFigure(e)} ({formatFuzzyDate(e.date)})
              </label>
            ))}
          </fieldset>
        )}
        <div className="range-editor__actions">
          <button type="submit">Save my range</button>
          {range &&
            (confirmRemove ? (
              <button type="button" onClick={remove}>
                Yes, remove my range for {what}
              </button>
            ) : (
              <button type="button" onClick={() => setConfirmRemove(true)}>
                Remove my range…
              </button>
            ))}
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
        <p className="muted range-editor__hint">
          Kept on this device with your grades and notes for this dataset and version; written into the
          dataset file you download with them.
        </p>
      </form>
    </Dialog>
  );
}
