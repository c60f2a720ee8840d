import type { Dispatch, SetStateAction } from 'react';
import type { QuoteReading } from '../../data/figure-reader';
import type { Dataset } from '../../data/validate';
import { BOUND_LABEL, describeFigure } from '../../data/figure-words';
import { figureValues, NEW, type ClaimValues } from './claim-form';
import { Field } from './Field';

const BOUNDS = ['more-than', 'at-least', 'about', 'at-most', 'range', 'exact'] as const;

interface Props {
  dataset: Dataset;
  values: ClaimValues;
  reading: QuoteReading;
  set: (field: keyof ClaimValues, value: string) => void;
  setValues: Dispatch<SetStateAction<ClaimValues>>;
  error: (value: keyof ClaimValues, ...paths: string[]) => string | null;
}

/** The figure read from the quote, for the analyst to confirm or correct, and what the reader noticed. */
export function FigureFields({ dataset, values, reading, set, setValues, error }: Props) {
  const has = values.hasFigure === 'yes';
  const first = reading.figures[0];
  const range = values.bound === 'range';
  const needsLow = values.bound !== 'at-most';
  const needsHigh = range || values.bound === 'at-most';
  return (
    <fieldset className="authoring-fieldset">
      <legend>Figure</legend>
      <div className="figure-reading" role="status">
        {reading.figures.length === 0 ? (
          <p>
            No figure in the quote
            {reading.cutShort.length > 0
              ? `: the selection cuts “${reading.cutShort[0]}” short. Select the whole phrase to read it.`
              : ': the claim will have no figure, unless you add one below.'}
          </p>
        ) : (
          <ul className="figure-reading__list">
            {reading.figures.map((f, i) => (
              <li key={`${f.start}-${f.stated}`}>
                Read “<bdi>{f.stated}</bdi>” as <strong>{describeFigure(f)}</strong>
                {f.measureWords ? <> — of “{f.measureWords}”</> : null}
                {f.notes.map((n) => (
                  <span key={n} className="figure-reading__note">
                    {' '}
                    {n}.
                  </span>
                ))}
                {reading.figures.length > 1 || !has ? (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setValues((v) => ({ ...v, ...figureValues(reading, i, dataset) }))}
                    >
                      Use this figure
                    </button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {reading.notFigures.length > 0 ? (
          <p className="muted">
            Not figures: {reading.notFigures.map((n) => `“${n.text}” (${n.reason})`).join(', ')}.
          </p>
        ) : null}
      </div>
      <label className="authoring-check">
        <input
          type="checkbox"
          checked={has}
          onChange={(e) =>
            e.target.checked && first
              ? setValues((v) => ({ ...v, ...figureValues(reading, 0, dataset) }))
              : set('hasFigure', e.target.checked ? 'yes' : 'no')
          }
        />{' '}
        This claim states a figure
      </label>
      {has ? (
        <>
          <div className="authoring-form__row">
            <Field label="Measure" error={error('measure', 'figure.measure')}>
              {(p) => (
                <select {...p} value={values.measure} onChange={(e) => set('measure', e.target.value)}>
                  {dataset.measures.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.label} ({m.unit})
                    </option>
                  ))}
                  <option value={NEW}>A new measure…</option>
                </select>
              )}
            </Field>
            {values.measure === NEW ? (
              <>
                <Field label="New measure" error={error('measureLabel', 'measure.label')}>
                  {(p) => (
                    <input
                      {...p}
                      value={values.measureLabel}
                      onChange={(e) => set('measureLabel', e.target.value)}
                    />
                  )}
                </Field>
                <Field label="Counted in" error={error('measureUnit', 'measure.unit')}>
                  {(p) => (
                    <input
                      {...p}
                      value={values.measureUnit}
                      onChange={(e) => set('measureUnit', e.target.value)}
                    />
                  )}
                </Field>
              </>
            ) : null}
          </div>
          <div className="authoring-form__row">
            <Field label="Bound" error={error('bound', 'figure.bound')}>
              {(p) => (
                <select {...p} value={values.bound} onChange={(e) => set('bound', e.target.value)}>
                  {BOUNDS.map((b) => (
                    <option key={b} value={b}>
                      {BOUND_LABEL[b]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {needsLow ? (
              <Field label={range ? 'Low' : 'Number'} error={error('low', 'figure.low')}>
                {(p) => (
                  <input
                    {...p}
                    inputMode="numeric"
                    value={values.low}
                    onChange={(e) => set('low', e.target.value)}
                  />
                )}
              </Field>
            ) : null}
            {needsHigh ? (
              <Field label={range ? 'High' : 'At most'} error={error('high', 'figure.high')}>
                {(p) => (
                  <input
                    {...p}
                    inputMode="numeric"
                    value={values.high}
                    onChange={(e) => set('high', e.target.value)}
                  />
                )}
              </Field>
            ) : null}
            <Field label="Best (optional)" error={error('best', 'figure.best')}>
              {(p) => (
                <input
                  {...p}
                  inputMode="numeric"
                  value={values.best}
                  onChange={(e) => set('best', e.target.value)}
                />
              )}
            </Field>
          </div>
          <Field
            label="Stated as"
            error={error('stated', 'figure.stated')}
            hint="The words that carry the number, as the source stated them."
          >
            {(p) => <input {...p} value={values.stated} onChange={(e) => set('stated', e.target.value)} />}
          </Field>
        </>
      ) : null}
    </fieldset>
  );
}
