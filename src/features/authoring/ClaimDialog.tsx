import { useMemo, useState } from 'react';
import type { z } from 'zod';
import { Dialog } from '../../components/Dialog';
import { CREDIBILITY_LABEL, RELIABILITY_LABEL, SOURCE_KIND_LABEL } from '../../data/labels';
import { findQuote, type Span } from '../../data/anchor';
import { useDataset } from '../../data/dataset-context';
import { readQuote } from '../../data/figure-reader';
import { rowProblems } from '../../data/row-check';
import { ClaimSchema, ReliabilitySchema, SourceKindSchema, SourceSchema } from '../../data/schema';
import type { Dataset } from '../../data/validate';
import {
  autoSummary,
  claimRow,
  claimValues,
  initialValues,
  newSourceRow,
  NEW,
  saveClaim,
  sourceNamed,
  type ClaimValues,
} from './claim-form';
import { DateFields } from './DateFields';
import { Field, FormMessage } from './Field';
import { FigureFields } from './FigureFields';
import { useEditor } from './use-editor';
import { useForm } from './use-form';

interface Props {
  documentId: string;
  /** The passage chosen in the text, for a new claim. */
  span?: Span;
  /** The claim to change. */
  claimId?: string;
  onClose: () => void;
}

/** Problems the claim row alone cannot show: the new rows it needs, and where its quote is. */
function extraProblems(dataset: Dataset, documentId: string, v: ClaimValues): Map<string, string> {
  const out = new Map<string, string>();
  const text = dataset.documents.find((d) => d.id === documentId)?.text;
  if (v.quote.includes('\n')) out.set('quote', 'must lie within one paragraph');
  else if (text !== undefined && v.quote.length >= 3 && !findQuote(text, v.quote)) {
    out.set('quote', 'is not found word for word in the document’s text');
  }
  if (v.source.trim() && !sourceNamed(dataset, v.source)) {
    for (const p of rowProblems(SourceSchema, { ...newSourceRow(v), id: 'new' })) {
      out.set(p.field === 'name' ? 'sourceId' : `source.${p.field}`, p.message);
    }
  }
  for (const key of ['low', 'high', 'best'] as const) {
    const raw = v[key].replace(/[,\s\u2009\u202F]/g, '');
    if (v.hasFigure === 'yes' && raw !== '' && !/^\d+(?:\.\d+)?$/.test(raw)) {
      out.set(`figure.${key}`, 'must be a number written in digits, such as 1,100');
    }
  }
  if (v.credibility === '')
    out.set('credibility', 'must be chosen: from 1 (confirmed) to 6 (cannot be judged)');
  if (v.hasFigure === 'yes' && v.measure === NEW) {
    if (!v.measureLabel.trim()) out.set('measure.label', 'must not be empty');
    if (!v.measureUnit.trim()) out.set('measure.unit', 'must not be empty');
  }
  return out;
}

/**
 * A claim from a passage: the exact words, the figure read from them for the analyst to confirm or
 * correct, who said it (an existing source or a new one), and how credible it is. Checked as typed.
 */
export function ClaimDialog({ documentId, span, claimId, onClose }: Props) {
  const dataset = useDataset();
  const { apply } = useEditor();
  const doc = dataset.documents.find((d) => d.id === documentId);
  const existing = claimId ? dataset.claims.find((c) => c.id === claimId) : undefined;
  const [initial] = useState(() => {
    if (existing) return claimValues(dataset, existing);
    const text = doc?.text ?? '';
    const quote = span ? text.slice(span.start, span.end) : '';
    return initialValues(dataset, documentId, quote, span ? text.slice(span.end) : '');
  });
  const form = useForm<ClaimValues>(
    initial,
    ClaimSchema as z.ZodType,
    (v) => ({ ...claimRow(dataset, documentId, v), id: 'new' }),
    (v) => extraProblems(dataset, documentId, v),
  );
  const { values, set, error } = form;
  const [refusal, setRefusal] = useState<string | null>(null);
  const newSource = values.source.trim() !== '' && !sourceNamed(dataset, values.source);
  const after = useMemo(() => {
    const text = doc?.text;
    if (!text) return '';
    const at = span && !existing ? span : findQuote(text, values.quote);
    return at ? text.slice(at.end) : '';
  }, [doc, span, existing, values.quote]);
  const reading = useMemo(() => readQuote(values.quote, after), [values.quote, after]);

  const save = () => {
    form.tryToSave();
    if (form.problems.size > 0) return;
    const quoteChanged = existing && values.quote !== existing.quote;
    const target = {
      ...(claimId ? { claimId } : {}),
      ...(span && !existing ? { span } : {}),
      ...(quoteChanged && doc?.text ? { span: findQuote(doc.text, values.quote) ?? undefined } : {}),
    };
    const result = apply(existing ? `Edit claim ${existing.id}` : 'Add claim', (d) =>
      saveClaim(d, documentId, values, target as { claimId?: string; span?: Span }),
    );
    if (!result.ok) setRefusal(result.message);
    else onClose();
  };

  return (
    <Dialog
      title={existing ? `Edit claim ${existing.id}` : 'New claim'}
      onClose={onClose}
      className="authoring-dialog authoring-dialog--wide"
    >
      <form
        className="authoring-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        {span && !existing ? (
          <figure className="claim-quote">
            <figcaption>Quote from “{doc?.title}”</figcaption>
            <blockquote>
              <bdi>{values.quote}</bdi>
            </blockquote>
            {error('quote') ? <p className="field__error">Quote: {error('quote')}</p> : null}
          </figure>
        ) : (
          <Field
            label="Quote (the exact words of the document)"
            error={error('quote')}
            hint={
              existing?.anchor?.detached
                ? 'These words are no longer in the document’s text: paste the passage as it now reads to attach the claim again.'
                : 'Select the words in the document, or paste them here.'
            }
          >
            {(p) => (
              <textarea {...p} rows={2} value={values.quote} onChange={(e) => set('quote', e.target.value)} />
            )}
          </Field>
        )}
        <FigureFields
          dataset={dataset}
          values={values}
          reading={reading}
          set={set}
          setValues={form.setValues}
          error={error}
        />
        <fieldset className="authoring-fieldset">
          <legend>Who said it</legend>
          <Field
            label="Source"
            error={error('source', 'sourceId')}
            hint={
              newSource
                ? 'A new source: it is added to the dataset with this claim.'
                : 'Type to pick one of the dataset’s sources, or a new name.'
            }
          >
            {(p) => (
              <>
                <input
                  {...p}
                  list="authoring-sources"
                  value={values.source}
                  onChange={(e) => set('source', e.target.value)}
                />
                <datalist id="authoring-sources">
                  {dataset.sources.map((s) => (
                    <option key={s.id} value={s.name} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          {newSource ? (
            <div className="authoring-form__row">
              <Field label="Kind of source" error={error('sourceKind', 'source.kind')}>
                {(p) => (
                  <select
                    {...p}
                    value={values.sourceKind}
                    onChange={(e) => set('sourceKind', e.target.value)}
                  >
                    <option value="">unknown</option>
                    {SourceKindSchema.options.map((k) => (
                      <option key={k} value={k}>
                        {SOURCE_KIND_LABEL[k]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label="Country (optional)" error={error('sourceCountry', 'source.country')}>
                {(p) => (
                  <input
                    {...p}
                    value={values.sourceCountry}
                    onChange={(e) => set('sourceCountry', e.target.value)}
                  />
                )}
              </Field>
              <Field label="Reliability (Admiralty)" error={error('reliability', 'source.reliability')}>
                {(p) => (
                  <select
                    {...p}
                    value={values.reliability}
                    onChange={(e) => set('reliability', e.target.value)}
                  >
                    <option value="">not graded</option>
                    {ReliabilitySchema.options.map((r) => (
                      <option key={r} value={r}>
                        {RELIABILITY_LABEL[r]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field
                label="Why this grade"
                error={error('reliabilityRationale', 'source.reliabilityRationale')}
              >
                {(p) => (
                  <input
                    {...p}
                    value={values.reliabilityRationale}
                    onChange={(e) => set('reliabilityRationale', e.target.value)}
                  />
                )}
              </Field>
            </div>
          ) : null}
        </fieldset>
        <div className="authoring-form__row">
          <Field
            label="Category"
            error={error('category')}
            hint="Pick one of the dataset’s categories, or type a new one."
          >
            {(p) => (
              <>
                <input
                  {...p}
                  list="authoring-categories"
                  value={values.category}
                  onChange={(e) => set('category', e.target.value)}
                />
                <datalist id="authoring-categories">
                  {dataset.categories.map((c) => (
                    <option key={c.id} value={c.label} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <DateFields
            dateLabel="As of"
            date={values.asOf}
            precision={values.asOfPrecision}
            onDate={(v) => set('asOf', v)}
            onPrecision={(v) => set('asOfPrecision', v)}
            dateError={error('asOf', 'asOf.date', 'asOf')}
            precisionError={error('asOfPrecision', 'asOf.precision')}
          />
        </div>
        <Field
          label="Summary (optional)"
          error={error('summary')}
          hint={values.summary.trim() ? null : `Left empty, it reads: “${autoSummary(dataset, values)}”`}
        >
          {(p) => <input {...p} value={values.summary} onChange={(e) => set('summary', e.target.value)} />}
        </Field>
        <div className="authoring-form__row">
          <Field label="Credibility (Admiralty)" error={error('credibility')}>
            {(p) => (
              <select {...p} value={values.credibility} onChange={(e) => set('credibility', e.target.value)}>
                <option value="">choose…</option>
                {([1, 2, 3, 4, 5, 6] as const).map((c) => (
                  <option key={c} value={c}>
                    {CREDIBILITY_LABEL[c]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Why this credibility" error={error('credibilityRationale')}>
            {(p) => (
              <input
                {...p}
                value={values.credibilityRationale}
                onChange={(e) => set('credibilityRationale', e.target.value)}
              />
            )}
          </Field>
        </div>
        {dataset.places.length > 0 ? (
          <fieldset className="authoring-fieldset authoring-checks">
            <legend>Places</legend>
            {dataset.places.map((p) => {
              const chosen = values.places.split(' ').includes(p.id);
              return (
                <label key={p.id}>
                  <input
                    type="checkbox"
                    checked={chosen}
                    onChange={() => {
                      const list = values.places.split(' ').filter((x) => x && x !== p.id);
                      set('places', (chosen ? list : [...list, p.id]).join(' '));
                    }}
                  />{' '}
                  <bdi>{p.name}</bdi>
                </label>
              );
            })}
          </fieldset>
        ) : null}
        <Field
          label="Attribution note (optional)"
          error={error('attributionNote')}
          hint="When the document credits the claim to someone other than who made it."
        >
          {(p) => (
            <input
              {...p}
              value={values.attributionNote}
              onChange={(e) => set('attributionNote', e.target.value)}
            />
          )}
        </Field>
        <FormMessage
          message={
            refusal ??
            (form.tried && form.problems.size > 0
              ? 'Some fields need attention: see the messages above.'
              : null)
          }
        />
        <div className="authoring-form__actions">
          <button type="submit" className="primary">
            {existing ? 'Save the claim' : 'Add the claim'}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
