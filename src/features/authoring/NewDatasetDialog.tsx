import type { z } from 'zod';
import { Dialog } from '../../components/Dialog';
import { createDataset } from '../../data/edit';
import { DatasetSchema } from '../../data/schema';
import { useEditingStore } from '../../state/editing';
import { Field, FormMessage } from './Field';
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
  const { values, set, error } = form;
  const id = createDataset({ title: values.title || ' ', description: ' ' }).id;

  return (
    <Dialog title="New dataset" onClose={onClose} className="authoring-dialog">
      <form
        className="authoring-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          form.tryToSave();
          if (form.problems.size > 0) return;
          begin(createDataset(values), null);
          // The next thing a new dataset needs is a report to quote.
          openDialog({ kind: 'document' });
        }}
      >
        <Field
          label="Title"
          error={error('title')}
          hint={
            values.title ? (
              <>
                Dataset id: <code>{id}</code>, version 1.0.0
              </>
            ) : null
          }
        >
          {(p) => <input {...p} value={values.title} onChange={(e) => set('title', e.target.value)} />}
        </Field>
        <Field label="What it is about" error={error('description')}>
          {(p) => (
            <textarea
              {...p}
              rows={3}
              value={values.description}
              onChange={(e) => set('description', e.target.value)}
            />
          )}
        </Field>
        <Field
          label="Area it covers (optional)"
          error={error('region')}
          hint="Shown as the map's title, e.g. “Kursk area”."
        >
          {(p) => <input {...p} value={values.region} onChange={(e) => set('region', e.target.value)} />}
        </Field>
        <FormMessage
          message={
            form.tried && form.problems.size > 0
              ? 'Some fields need attention: see the messages above.'
              : null
          }
        />
        <div className="authoring-form__actions">
          <button type="submit" className="primary">
            Create the dataset
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
