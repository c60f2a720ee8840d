import { useState } from 'react';
import type { z } from 'zod';
import { useDataset } from '../../data/dataset-context';
import { saveSource } from '../../data/edit';
import { sourceFields } from './claim-form';
import { SourceSchema } from '../../data/schema';
import { EditorForm } from './EditorForm';
import { SourceGradeFields, TextField } from './fields';
import { useEditor } from './use-editor';
import { useForm } from './use-form';

type Values = Record<
  'name' | 'shortName' | 'kind' | 'country' | 'reliability' | 'reliabilityRationale',
  string
>;

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
  const { values, set, error, bind } = form;
  const [refusal, setRefusal] = useState<string | null>(null);
  const save = () => {
    form.tryToSave();
    if (form.problems.size > 0) return;
    const fields = sourceFields(values);
    const label = existing ? `Edit source “${fields.name}”` : `Add source “${fields.name}”`;
    const result = apply(label, (d) => saveSource(d, fields, existing?.id));
    if (result.ok) onClose();
    else setRefusal(result.message);
  };
  return (
    <EditorForm
      title={existing ? `Edit source “${existing.name}”` : 'Add source'}
      onClose={onClose}
      submitLabel={existing ? 'Save the source' : 'Add the source'}
      onSubmit={save}
      invalid={form.tried && form.problems.size > 0}
      refusal={refusal}
    >
      <div className="authoring-form__row">
        <TextField label="Name" value={values.name} onChange={(v) => set('name', v)} error={error('name')} />
        <TextField
          label="Short name (optional)"
          {...bind('shortName')}
          hint="Drawn beside marks and in legends."
        />
      </div>
      <SourceGradeFields values={values} onChange={set} error={(key) => error(key)} />
    </EditorForm>
  );
}
