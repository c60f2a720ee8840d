import { useState } from 'react';
import type { z } from 'zod';
import { Dialog } from '../../components/Dialog';
import { ORIGIN_LABEL } from '../../data/labels';
import { useDataset } from '../../data/dataset-context';
import { addCategory, saveEvent, sequence, type EditResult, type EventFields } from '../../data/edit';
import { ConfidenceSchema, EventSchema, OriginSchema } from '../../data/schema';
import type { Dataset } from '../../data/validate';
import { categoryNamed } from './claim-form';
import { DateFields, PRECISION_HINT } from './DateFields';
import { Field, FormMessage } from './Field';
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

function Checks({
  legend,
  options,
  value,
  onChange,
  error,
}: {
  legend: string;
  options: Array<{ id: string; label: string }>;
  value: string;
  onChange: (next: string) => void;
  error?: string | null;
}) {
  const chosen = new Set(list(value));
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
  const { values, set, error } = form;
  const [refusal, setRefusal] = useState<string | null>(null);

  const save = () => {
    form.tryToSave();
    if (form.problems.size > 0) return;
    const newCategory = !categoryNamed(dataset, values.category);
    const ops: Array<(d: Dataset, made: readonly string[]) => EditResult> = [];
    if (newCategory) ops.push((d) => addCategory(d, { label: values.category }));
    ops.push((d, made) =>
      saveEvent(d, eventFields(dataset, values, newCategory ? made[0] : undefined), existing?.id),
    );
    const result = apply(existing ? `Edit event ${existing.id}` : 'Add event', (d) => sequence(d, ops));
    if (result.ok) onClose();
    else setRefusal(result.message);
  };

  return (
    <Dialog
      title={existing ? 'Edit event' : 'Add event'}
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
        <DateFields
          dateLabel="Date"
          date={values.date}
          precision={values.precision}
          onDate={(v) => set('date', v)}
          onPrecision={(v) => set('precision', v)}
          dateError={error('date', 'date.date', 'date')}
          precisionError={error('precision', 'date.precision')}
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
        <Field label="What happened" error={error('description')}>
          {(p) => (
            <textarea
              {...p}
              rows={3}
              value={values.description}
              onChange={(e) => set('description', e.target.value)}
            />
          )}
        </Field>
        <div className="authoring-form__row">
          <Field
            label="Category"
            error={error('category')}
            hint="One of the dataset’s categories, or a new one."
          >
            {(p) => (
              <>
                <input
                  {...p}
                  list="authoring-event-categories"
                  value={values.category}
                  onChange={(e) => set('category', e.target.value)}
                />
                <datalist id="authoring-event-categories">
                  {dataset.categories.map((c) => (
                    <option key={c.id} value={c.label} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <Field label="Origin" error={error('origin')}>
            {(p) => (
              <select {...p} value={values.origin} onChange={(e) => set('origin', e.target.value)}>
                {OriginSchema.options.map((o) => (
                  <option key={o} value={o}>
                    {ORIGIN_LABEL[o]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Confidence (optional)" error={error('confidence')}>
            {(p) => (
              <select {...p} value={values.confidence} onChange={(e) => set('confidence', e.target.value)}>
                <option value="">not stated</option>
                {ConfidenceSchema.options.map((o) => (
                  <option key={o} value={o}>
                    {o.replace('-', ' ')}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Checks
          legend="Reported by"
          options={dataset.sources.map((s) => ({ id: s.id, label: s.name }))}
          value={values.sources}
          onChange={(v) => set('sources', v)}
          error={error('sources', 'sourceIds')}
        />
        <fieldset className="authoring-fieldset">
          <legend>Citations (the reports that carry it)</legend>
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
            {existing ? 'Save the event' : 'Add the event'}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
