import { useMemo, useState } from 'react';
import type { z } from 'zod';
import { CREDIBILITY_LABEL } from '../../data/labels';
import { findQuote, type Span } from '../../data/anchor';
import { useDataset } from '../../data/dataset-context';
import { readQuote } from '../../data/figure-reader';
import { rowProblems } from '../../data/row-check';
import { ClaimSchema, SourceSchema } from '../../data/schema';
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
import { EditorForm } from './EditorForm';
import { Field } from './Field';
import { FigureFields } from './FigureFields';
import { CategoryField, Checks, SelectField, SourceGradeFields, TextField, type GradeKey } from './fields';
import { useEditor } from './use-editor';
import { useForm } from './use-form';

/** The claim form's values behind a new source's fields. */
const CREDIBILITY_OPTIONS = ([1, 2, 3, 4, 5, 6] as const).map((c) => ({
  value: String(c),
  label: CREDIBILITY_LABEL[c],
}));

const NEW_SOURCE_VALUE: Record<GradeKey, keyof ClaimValues> = {
  kind: 'sourceKind',
  country: 'sourceCountry',
  reliability: 'reliability',
  reliabilityRationale: 'reliabilityRationale',
};

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
  const { values, set, error, bind } = form;
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
    <EditorForm
      title={existing ? `Edit claim ${existing.id}` : 'New claim'}
      onClose={onClose}
      submitLabel={existing ? 'Save the claim' : 'Add the claim'}
      onSubmit={save}
      invalid={form.tried && form.problems.size > 0}
      refusal={refusal}
      wide
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
        <TextField
          label="Source"
          {...bind('source', 'sourceId')}
          choices={dataset.sources.map((x) => x.name)}
          hint={
            newSource
              ? 'A new source: it is added to the dataset with this claim.'
              : 'Type to pick one of the dataset’s sources, or a new name.'
          }
        />
        {newSource ? (
          <SourceGradeFields
            values={{
              kind: values.sourceKind,
              country: values.sourceCountry,
              reliability: values.reliability,
              reliabilityRationale: values.reliabilityRationale,
            }}
            onChange={(key, value) => set(NEW_SOURCE_VALUE[key], value)}
            error={(key) => error(NEW_SOURCE_VALUE[key], `source.${key}`)}
          />
        ) : null}
      </fieldset>
      <div className="authoring-form__row">
        <CategoryField {...bind('category')} categories={dataset.categories} />
        <DateFields label="As of" form={form} dateKey="asOf" precisionKey="asOfPrecision" path="asOf" />
      </div>
      <TextField
        label="Summary (optional)"
        {...bind('summary')}
        hint={values.summary.trim() ? null : `Left empty, it reads: “${autoSummary(dataset, values)}”`}
      />
      <div className="authoring-form__row">
        <SelectField
          label="Credibility (Admiralty)"
          value={values.credibility}
          onChange={(v) => set('credibility', v)}
          options={CREDIBILITY_OPTIONS}
          empty="choose…"
          error={error('credibility')}
        />
        <TextField label="Why this credibility" {...bind('credibilityRationale')} />
      </div>
      {dataset.places.length > 0 ? (
        <Checks
          legend="Places"
          options={dataset.places.map((p) => ({ id: p.id, label: p.name }))}
          value={values.places}
          onChange={(v) => set('places', v)}
        />
      ) : null}
      <TextField
        label="Attribution note (optional)"
        {...bind('attributionNote')}
        hint="When the document credits the claim to someone other than who made it."
      />
    </EditorForm>
  );
}
