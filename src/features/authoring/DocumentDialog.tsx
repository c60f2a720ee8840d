import { useRef, useState, type ClipboardEvent } from 'react';
import type { z } from 'zod';
import { DOCUMENT_KIND_LABEL } from '../../data/labels';
import { useDataset } from '../../data/dataset-context';
import { addDocument, normaliseText, updateDocument, type DocumentFields } from '../../data/edit';
import { LIMITS } from '../../data/limits';
import { DocumentKindSchema, DocumentSchema, type FuzzyDate } from '../../data/schema';
import { formatNumber } from '../../lib/format';
import { DOCUMENT_FILE_TYPES, readTextFile } from '../../lib/text-file';
import { useEditingStore } from '../../state/editing';
import { EditorForm } from './EditorForm';
import { Field } from './Field';
import { DateFields, PRECISION_HINT } from './DateFields';
import { keepDateExtras } from './keep-unshown';
import { useEditor } from './use-editor';
import { useForm } from './use-form';

type Values = Record<'title' | 'publisher' | 'kind' | 'date' | 'precision' | 'url' | 'text', string>;

const today = () => new Date().toISOString().slice(0, 10);

export function documentFields(v: Values): DocumentFields {
  return {
    title: v.title,
    ...(v.publisher.trim() ? { publisher: v.publisher } : {}),
    kind: v.kind as DocumentFields['kind'],
    date: { date: v.date, precision: v.precision as 'day' },
    ...(v.url.trim() ? { url: v.url.trim() } : {}),
    ...(v.text.trim() ? { text: normaliseText(v.text) } : {}),
  };
}

/**
 * A report added (pasted, or opened from a .txt, .md or .html file) or changed. A document may have no text:
 * it is then a citation only. Editing the text of a document with claims keeps their highlights on their
 * words; a claim whose words are gone is flagged, never moved.
 */
export function DocumentDialog({ id, onClose }: { id?: string; onClose: () => void }) {
  const dataset = useDataset();
  const { apply } = useEditor();
  const openDialog = useEditingStore((s) => s.openDialog);
  const existing = id ? dataset.documents.find((d) => d.id === id) : undefined;
  const form = useForm<Values>(
    {
      title: existing?.title ?? '',
      publisher: existing?.publisher ?? '',
      kind: existing?.kind ?? 'news-report',
      date: existing?.date.date ?? today(),
      precision: existing?.date.precision ?? 'day',
      url: existing?.url ?? '',
      text: existing?.text ?? '',
    },
    DocumentSchema as z.ZodType,
    (v: Values) => ({ ...documentFields(v), id: 'new' }),
  );
  const { values, set, error } = form;
  const [textMessage, setTextMessage] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const claimsOf = existing ? dataset.claims.filter((c) => c.documentId === existing.id).length : 0;

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = e.clipboardData.getData('text/plain');
    const field = e.currentTarget;
    const kept = values.text.length - (field.selectionEnd - field.selectionStart);
    if (kept + pasted.length <= LIMITS.articleText) {
      setTextMessage(null);
      return;
    }
    // Refused whole rather than cut: a document silently missing its end is worse than none.
    e.preventDefault();
    setTextMessage(
      `Nothing was pasted: the text is ${formatNumber(pasted.length)} characters, and a document holds at ` +
        `most ${formatNumber(LIMITS.articleText)}. Paste a shorter part, or split the report into several documents.`,
    );
  };

  const onFile = async (file: File) => {
    const read = await readTextFile(file);
    if (!read.ok) {
      setTextMessage(read.message);
      return;
    }
    if (read.text.length > LIMITS.articleText) {
      setTextMessage(
        `“${file.name}” holds ${formatNumber(read.text.length)} characters of text; a document holds at most ` +
          `${formatNumber(LIMITS.articleText)}. Nothing was read into the form.`,
      );
      return;
    }
    setTextMessage(`Read “${file.name}”: ${formatNumber(read.text.length)} characters of text.`);
    set('text', read.text);
    if (!values.title.trim() && read.title) set('title', read.title);
  };

  const save = () => {
    form.tryToSave();
    if (form.problems.size > 0) return;
    const shown = documentFields(values);
    // What the form has no field for (how sure the date is, and why) is kept as it was.
    const fields: DocumentFields = existing
      ? {
          ...(existing.dateConfidence ? { dateConfidence: existing.dateConfidence } : {}),
          ...(existing.dateReasoning ? { dateReasoning: existing.dateReasoning } : {}),
          ...shown,
          date: keepDateExtras(existing.date, shown.date as FuzzyDate),
        }
      : shown;
    const result = existing
      ? apply(`Edit document “${fields.title}”`, (d) => updateDocument(d, existing.id, fields))
      : apply(`Add document “${fields.title}”`, (d) => addDocument(d, fields));
    if (!result.ok) {
      setRefusal(result.message);
      return;
    }
    onClose();
    if (!existing) openDialog(null);
  };

  return (
    <EditorForm
      title={existing ? `Edit document “${existing.title}”` : 'Add document'}
      onClose={onClose}
      submitLabel={existing ? 'Save the document' : 'Add the document'}
      onSubmit={save}
      invalid={form.tried && form.problems.size > 0}
      refusal={refusal}
    >
      <Field label="Title" error={error('title')}>
        {(p) => <input {...p} value={values.title} onChange={(e) => set('title', e.target.value)} />}
      </Field>
      <div className="authoring-form__row">
        <Field label="Publisher (optional)" error={error('publisher')}>
          {(p) => (
            <input {...p} value={values.publisher} onChange={(e) => set('publisher', e.target.value)} />
          )}
        </Field>
        <Field label="Kind" error={error('kind')}>
          {(p) => (
            <select {...p} value={values.kind} onChange={(e) => set('kind', e.target.value)}>
              {DocumentKindSchema.options.map((k) => (
                <option key={k} value={k}>
                  {DOCUMENT_KIND_LABEL[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <DateFields
        label="Date"
        form={form}
        dateKey="date"
        precisionKey="precision"
        path="date"
        hint={PRECISION_HINT}
      />
      <Field label="Link to the original (optional)" error={error('url')}>
        {(p) => <input {...p} type="url" value={values.url} onChange={(e) => set('url', e.target.value)} />}
      </Field>
      <Field
        label="Text"
        error={error('text') ?? textMessage}
        hint={
          <>
            Paste the report, or{' '}
            <button type="button" className="link-button" onClick={() => fileInput.current?.click()}>
              open a .txt, .md or .html file
            </button>{' '}
            (HTML is reduced to its text). Leave it empty for a citation only.{' '}
            {formatNumber(values.text.length)} of {formatNumber(LIMITS.articleText)} characters.
            {claimsOf > 0
              ? ` ${claimsOf} claim${claimsOf === 1 ? ' quotes' : 's quote'} this text: highlights follow their words, and a claim whose words you remove is flagged.`
              : ''}
          </>
        }
      >
        {(p) => (
          <textarea
            {...p}
            rows={10}
            value={values.text}
            onPaste={onPaste}
            onChange={(e) => set('text', e.target.value)}
          />
        )}
      </Field>
      <input
        ref={fileInput}
        type="file"
        accept={DOCUMENT_FILE_TYPES}
        className="visually-hidden"
        aria-label="Open a document file"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void onFile(file);
        }}
      />
    </EditorForm>
  );
}
