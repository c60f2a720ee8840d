import { useState } from 'react';
import type { z } from 'zod';
import { Dialog } from '../../components/Dialog';
import { RELIABILITY_LABEL, SOURCE_KIND_LABEL } from '../../data/labels';
import { useDataset } from '../../data/dataset-context';
import { saveSource, type SourceFields } from '../../data/edit';
import { ReliabilitySchema, SourceKindSchema, SourceSchema } from '../../data/schema';
import { Field, FormMessage } from './Field';
import { useEditor } from './use-editor';
import { useForm } from './use-form';

type Values = Record<
  'name' | 'shortName' | 'kind' | 'country' | 'reliability' | 'reliabilityRationale',
  string
>;

function sourceFields(v: Values): SourceFields {
  return {
    name: v.name,
    ...(v.shortName.trim() ? { shortName: v.shortName } : {}),
    ...(v.kind ? { kind: v.kind as 'other' } : {}),
    ...(v.country.trim() ? { country: v.country } : {}),
    ...(v.reliability ? { reliability: v.reliability as 'A' } : {}),
    ...(v.reliabilityRationale.trim() ? { reliabilityRationale: v.reliabilityRationale } : {}),
  };
}

/** A source: who said it, its kind and country where known, and its Admiralty grade with the reason. */
export function SourceDialog({ id, onClose }: { id?: string; onClose: () => void }) {
  const dataset = useDataset();
  const { apply } = useEditor();
  const existing = id ? dataset.sources.find((s) => s.id === id) : undefined;
  const form = useForm<Values>(
    {
      name: existing?.name ?? '',
      shortName: existing?.shortName ?? '',
      kind: existing?.kind ?? '',
      country: existing?.country ?? '',
      reliability: existing?.reliability ?? '',
      reliabilityRationale: existing?.reliabilityRationale ?? '',
    },
    SourceSchema as z.ZodType,
    (v) => ({ ...sourceFields(v), id: 'new' }),
  );
  const { values, set, error } = form;
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <Dialog
      title={existing ? `Edit source “${existing.name}”` : 'Add source'}
      onClose={onClose}
      className="authoring-dialog"
    >
      <form
        className="authoring-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          form.tryToSave();
          if (form.problems.size > 0) return;
          const fields = sourceFields(values);
          const result = apply(
            existing ? `Edit source “${fields.name}”` : `Add source “${fields.name}”`,
            (d) => saveSource(d, fields, existing?.id),
          );
          if (result.ok) onClose();
          else setRefusal(result.message);
        }}
      >
        <div className="authoring-form__row">
          <Field label="Name" error={error('name')}>
            {(p) => <input {...p} value={values.name} onChange={(e) => set('name', e.target.value)} />}
          </Field>
          <Field
            label="Short name (optional)"
            error={error('shortName')}
            hint="Drawn beside marks and in legends."
          >
            {(p) => (
              <input {...p} value={values.shortName} onChange={(e) => set('shortName', e.target.value)} />
            )}
          </Field>
        </div>
        <div className="authoring-form__row">
          <Field label="Kind of source" error={error('kind')}>
            {(p) => (
              <select {...p} value={values.kind} onChange={(e) => set('kind', e.target.value)}>
                <option value="">unknown</option>
                {SourceKindSchema.options.map((k) => (
                  <option key={k} value={k}>
                    {SOURCE_KIND_LABEL[k]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Country (optional)" error={error('country')}>
            {(p) => <input {...p} value={values.country} onChange={(e) => set('country', e.target.value)} />}
          </Field>
        </div>
        <div className="authoring-form__row">
          <Field label="Reliability (Admiralty)" error={error('reliability')}>
            {(p) => (
              <select {...p} value={values.reliability} onChange={(e) => set('reliability', e.target.value)}>
                <option value="">not graded</option>
                {ReliabilitySchema.options.map((r) => (
                  <option key={r} value={r}>
                    {RELIABILITY_LABEL[r]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Why this grade" error={error('reliabilityRationale')}>
            {(p) => (
              <input
                {...p}
                value={values.reliabilityRationale}
                onChange={(e) => set('reliabilityRationale', e.target.value)}
              />
            )}
          </Field>
        </div>
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
            {existing ? 'Save the source' : 'Add the source'}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
