import type { z } from 'zod';
import { createDataset } from '../../data/edit';
import { DatasetSchema } from '../../data/schema';
import { useEditingStore } from '../../state/editing';
import { EditorForm } from './EditorForm';
import { TextAreaField, TextField } from './fields';
import { useEditor } from './use-editor';
import { useForm } from './use-form';

const InfoSchema = DatasetSchema.pick({ title: true, description: true, region: true });
const toRow = (v: { title: string; description: string; region: string }) => ({
  title: v.title,
  description: v.description,
  ...(v.region.trim() ? { region: v.region } : {}),
});

/** A new, empty dataset: title, what it is about, the area it covers. Saved on this device at once. */
export function NewDatasetDialog({ onClose }: { onClose: () => void }) {
  const { begin } = useEditor();
  const openDialog = useEditingStore((s) => s.openDialog);
  const form = useForm({ title: '', description: '', region: '' }, InfoSchema as z.ZodType, toRow);
  const { values, bind } = form;
  const id = createDataset({ title: values.title || ' ', description: ' ' }).id;
  const save = () => {
    form.tryToSave();
    if (form.problems.size > 0) return;
    begin(createDataset(values), null);
    // The next thing a new dataset needs is a report to quote.
    openDialog({ kind: 'document' });
  };
  return (
    <EditorForm
      title="New dataset"
      onClose={onClose}
      submitLabel="Create the dataset"
      onSubmit={save}
      invalid={form.tried && form.problems.size > 0}
      refusal={null}
    >
      <TextField
        label="Title"
        {...bind('title')}
        hint={values.title ? `Dataset id: ${id}, version 1.0.0` : null}
      />
      <TextAreaField label="What it is about" {...bind('description')} />
      <TextField
        label="Area it covers (optional)"
        {...bind('region')}
        hint="Shown as the map's title, e.g. “Kursk area”."
      />
    </EditorForm>
  );
}
