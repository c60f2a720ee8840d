import { useState } from 'react';
import type { z } from 'zod';
import { ORIGIN_LABEL } from '../../data/labels';
import { useDataset } from '../../data/dataset-context';
import { addCategory, saveEvent, sequence, type EditResult, type EventFields } from '../../data/edit';
import { ConfidenceSchema, EventSchema, OriginSchema } from '../../data/schema';
import type { Dataset } from '../../data/validate';
import { categoryNamed } from './claim-form';
import { keepUnshown } from './keep-unshown';
import { DateFields, PRECISION_HINT } from './DateFields';
import { EditorForm } from './EditorForm';
import { Field } from './Field';
import { CategoryField, Checks, SelectField, TextAreaField } from './fields';
import { useEditor } from './use-editor';
import { useForm } from './use-form';

const CITATIONS = [0, 1, 2] as const;
type CitationKey = `c${(typeof CITATIONS)[number]}${'Title' | 'Publisher' | 'Url'}`;
type Values = Record<
  | 'date'
  | 'precision'
  | 'end'
  | 'time'
  | 'category'
  | 'description'
  | 'origin'
  | 'sources'
  | 'places'
  | 'confidence'
  | CitationKey,
  string
>;

const ORIGIN_OPTIONS = OriginSchema.options.map((value) => ({ value, label: ORIGIN_LABEL[value] }));
const CONFIDENCE_OPTIONS = ConfidenceSchema.options.map((value) => ({
  value,
  label: value.replace('-', ' '),
}));

const list = (v: string) => v.split(' ').filter(Boolean);

function eventFields(dataset: Dataset, v: Values, categoryId?: string): EventFields {
  const citations = CITATIONS.flatMap((i) => {
    const title = v[`c${i}Title`].trim();
    const publisher = v[`c${i}Publisher`].trim();
    const url = v[`c${i}Url`].trim();
    if (!title && !publisher && !url) return [];
    return [{ ...(title ? { title } : {}), ...(publisher ? { publisher } : {}), ...(url ? { url } : {}) }];
  });
  return {
    date: { date: v.date, precision: v.precision as 'day', ...(v.end ? { end: v.end } : {}) },
    ...(v.time ? { time: v.time } : {}),
    category:
      categoryId ?? categoryNamed(dataset, v.category)?.id ?? (v.category.trim() ? 'new-category' : ''),
    description: v.description,
    origin: v.origin as 'context',
    sourceIds: list(v.sources),
    citations,
    placeIds: list(v.places),
    ...(v.confidence ? { confidence: v.confidence as 'confirmed' } : {}),
  };
}

/** A dated event: its date at its precision, category, origin, who reported it and the reports that carry it. */
export function EventDialog({ id, onClose }: { id?: string; onClose: () => void }) {
  const dataset = useDataset();
  const { apply } = useEditor();
  const existing = id ? dataset.events.find((e) => e.id === id) : undefined;
  const cite = (i: number) => existing?.citations[i];
  const citationValues = Object.fromEntries(
    CITATIONS.flatMap((i) => [
      [`c${i}Title`, cite(i)?.title ?? ''],
      [`c${i}Publisher`, cite(i)?.publisher ?? ''],
      [`c${i}Url`, cite(i)?.url ?? ''],
    ]),
  ) as Record<CitationKey, string>;
  const form = useForm<Values>(
    {
      date: existing?.date.date ?? dataset.documents[0]?.date.date ?? '',
      precision: existing?.date.precision ?? 'day',
      end: existing?.date.end ?? '',
      time: existing?.time ?? '',
      category: existing ? (dataset.categories.find((c) => c.id === existing.category)?.label ?? '') : '',
      description: existing?.description ?? '',
      origin: existing?.origin ?? 'context',
      sources: existing?.sourceIds.join(' ') ?? '',
      places: existing?.placeIds.join(' ') ?? '',
      confidence: existing?.confidence ?? '',
      ...citationValues,
    },
    EventSchema as z.ZodType,
    (v) => ({ ...eventFields(dataset, v), id: 'new' }),
    (v) =>
      new Map(
        v.origin !== 'article' && eventFields(dataset, v).citations.length === 0
          ? [['citations', 'a context event must cite at least one report: give its title or publisher']]
          : [],
      ),
  );
  const { values, set, error, bind } = form;
  const [refusal, setRefusal] = useState<string | null>(null);

  const save = () => {
    form.tryToSave();
    if (form.problems.size > 0) return;
    const newCategory = !categoryNamed(dataset, values.category);
    const ops: Array<(d: Dataset, made: readonly string[]) => EditResult> = [];
    if (newCategory) ops.push((d) => addCategory(d, { label: values.category }));
    ops.push((d, made) => {
      const shown = eventFields(dataset, values, newCategory ? made[0] : undefined);
      return saveEvent(d, existing ? keepUnshown(existing, shown, CITATIONS.length) : shown, existing?.id);
    });
    const result = apply(existing ? `Edit event ${existing.id}` : 'Add event', (d) => sequence(d, ops));
    if (result.ok) onClose();
    else setRefusal(result.message);
  };

  return (
    <EditorForm
      title={existing ? 'Edit event' : 'Add event'}
      onClose={onClose}
      submitLabel={existing ? 'Save the event' : 'Add the event'}
      onSubmit={save}
      invalid={form.tried && form.problems.size > 0}
      refusal={refusal}
      wide
    >
      <DateFields
        label="Date"
        form={form}
        dateKey="date"
        precisionKey="precision"
        path="date"
        hint={PRECISION_HINT}
      />
      <div className="authoring-form__row">
        <Field label="Until (optional, for a span)" error={error('end', 'date.end')}>
          {(p) => (
            <input {...p} type="date" value={values.end} onChange={(e) => set('end', e.target.value)} />
          )}
        </Field>
        <Field label="Time of day (optional)" error={error('time')}>
          {(p) => (
            <input {...p} type="time" value={values.time} onChange={(e) => set('time', e.target.value)} />
          )}
        </Field>
      </div>
      <TextAreaField label="What happened" {...bind('description')} />
      <div className="authoring-form__row">
        <CategoryField {...bind('category')} categories={dataset.categories} />
        <SelectField
          label="Origin"
          value={values.origin}
          onChange={(v) => set('origin', v)}
          options={ORIGIN_OPTIONS}
          error={error('origin')}
        />
        <SelectField
          label="Confidence (optional)"
          value={values.confidence}
          onChange={(v) => set('confidence', v)}
          options={CONFIDENCE_OPTIONS}
          empty="not stated"
          error={error('confidence')}
        />
      </div>
      <Checks
        legend="Reported by"
        options={dataset.sources.map((s) => ({ id: s.id, label: s.name }))}
        {...bind('sources', 'sourceIds')}
      />
      <fieldset className="authoring-fieldset">
        <legend>Citations (the reports that carry it)</legend>
        {existing && (existing.citations.length > CITATIONS.length || existing.figures.length > 0) ? (
          <p className="field__hint">
            Kept as they are:{' '}
            {existing.citations.length > CITATIONS.length
              ? `${existing.citations.length - CITATIONS.length} further citation(s)`
              : ''}
            {existing.citations.length > CITATIONS.length && existing.figures.length > 0 ? ' and ' : ''}
            {existing.figures.length > 0 ? `the event’s ${existing.figures.length} figure(s)` : ''}.
          </p>
        ) : null}
        {error('c0Title', 'citations', 'citations.0.title') ? (
          <p className="field__error">{error('c0Title', 'citations', 'citations.0.title')}</p>
        ) : null}
        {CITATIONS.map((i) => (
          <div key={i} className="authoring-form__row">
            <Field label={`Citation ${i + 1}: title`} error={error(`c${i}Title`, `citations.${i}.title`)}>
              {(p) => (
                <input
                  {...p}
                  value={values[`c${i}Title`]}
                  onChange={(e) => set(`c${i}Title`, e.target.value)}
                />
              )}
            </Field>
            <Field label="publisher" error={error(`c${i}Publisher`, `citations.${i}.publisher`)}>
              {(p) => (
                <input
                  {...p}
                  value={values[`c${i}Publisher`]}
                  onChange={(e) => set(`c${i}Publisher`, e.target.value)}
                />
              )}
            </Field>
            <Field label="link (optional)" error={error(`c${i}Url`, `citations.${i}.url`)}>
              {(p) => (
                <input
                  {...p}
                  type="url"
                  value={values[`c${i}Url`]}
                  onChange={(e) => set(`c${i}Url`, e.target.value)}
                />
              )}
            </Field>
          </div>
        ))}
      </fieldset>
      <Checks
        legend="Places"
        options={dataset.places.map((p) => ({ id: p.id, label: p.name }))}
        value={values.places}
        onChange={(v) => set('places', v)}
      />
    </EditorForm>
  );
}
