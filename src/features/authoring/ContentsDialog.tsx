import { useState, type ReactNode } from 'react';
import { Dialog } from '../../components/Dialog';
import { gradeMark } from '../../data/labels';
import { useDataset } from '../../data/dataset-context';
import {
  removeClaim,
  removeDocument,
  removeEvent,
  removePlace,
  removeSource,
  type EditResult,
} from '../../data/edit';
import type { Dataset } from '../../data/validate';
import { formatFuzzyDate } from '../../lib/format';
import { useEditingStore, type EditorDialog } from '../../state/editing';
import { FormMessage } from './Field';
import { useEditor } from './use-editor';

interface Row {
  id: string;
  name: ReactNode;
  /** What the delete button says it deletes: "claim c-3". */
  noun: string;
  edit: EditorDialog;
  remove: (d: Dataset) => EditResult;
  flag?: string;
}

/** Everything in the dataset, each row with Edit and Delete; deleting a row still cited is refused, said why. */
export function ContentsDialog({ onClose }: { onClose: () => void }) {
  const dataset = useDataset();
  const { apply } = useEditor();
  const openDialog = useEditingStore((s) => s.openDialog);
  const [message, setMessage] = useState<string | null>(null);
  const remove = (row: Row) => {
    const result = apply(`Delete ${row.noun}`, row.remove);
    setMessage(result.ok ? `Deleted ${row.noun}. Undo brings it back.` : `Not deleted: ${result.message}.`);
  };
  const sections: Array<{ title: string; add?: EditorDialog; addLabel?: string; rows: Row[] }> = [
    {
      title: 'Documents',
      add: { kind: 'document' },
      addLabel: 'Add document',
      rows: dataset.documents.map((d) => ({
        id: d.id,
        name: (
          <>
            <bdi>{d.title}</bdi>{' '}
            <span className="muted">
              ({formatFuzzyDate(d.date)}
              {d.text === undefined ? ', citation only' : ''})
            </span>
          </>
        ),
        noun: `document “${d.title}”`,
        edit: { kind: 'document', id: d.id },
        remove: (x) => removeDocument(x, d.id),
      })),
    },
    {
      title: 'Claims',
      rows: dataset.claims.map((c) => ({
        id: c.id,
        name: (
          <>
            <code>{c.id}</code> <bdi>{c.summary}</bdi>
          </>
        ),
        noun: `claim ${c.id}`,
        edit: { kind: 'claim', id: c.id },
        remove: (x) => removeClaim(x, c.id),
        ...(c.anchor?.detached ? { flag: 'its words are no longer in the document’s text' } : {}),
      })),
    },
    {
      title: 'Sources',
      add: { kind: 'source' },
      addLabel: 'Add source',
      rows: dataset.sources.map((s) => ({
        id: s.id,
        name: (
          <>
            <bdi>{s.name}</bdi> <span className="muted">({gradeMark(s.reliability)})</span>
          </>
        ),
        noun: `source “${s.shortName}”`,
        edit: { kind: 'source', id: s.id },
        remove: (x) => removeSource(x, s.id),
      })),
    },
    {
      title: 'Events',
      add: { kind: 'event' },
      addLabel: 'Add event',
      rows: dataset.events.slice(0, 500).map((e) => ({
        id: e.id,
        name: (
          <>
            {formatFuzzyDate(e.date)} <bdi>{e.description}</bdi>
          </>
        ),
        noun: `event ${e.id}`,
        edit: { kind: 'event', id: e.id },
        remove: (x) => removeEvent(x, e.id),
      })),
    },
    {
      title: 'Places',
      add: { kind: 'place' },
      addLabel: 'Add place',
      rows: dataset.places.slice(0, 500).map((p) => ({
        id: p.id,
        name: <bdi>{p.name}</bdi>,
        noun: `place “${p.name}”`,
        edit: { kind: 'place', id: p.id },
        remove: (x) => removePlace(x, p.id),
      })),
    },
  ];
  return (
    <Dialog
      title={`Contents of “${dataset.title}”`}
      onClose={onClose}
      className="authoring-dialog authoring-dialog--wide"
    >
      <FormMessage message={message} />
      {sections.map((section) => (
        <section key={section.title} className="contents-section" aria-label={section.title}>
          <h3 className="subheading">
            {section.title} <span className="muted">({section.rows.length})</span>{' '}
            {section.add ? (
              <button type="button" onClick={() => openDialog(section.add ?? null)}>
                {section.addLabel}
              </button>
            ) : null}
          </h3>
          {section.rows.length === 0 ? (
            <p className="muted">None yet.</p>
          ) : (
            <ul className="contents-list">
              {section.rows.map((row) => (
                <li key={row.id}>
                  <span className="contents-list__name">
                    {row.name}
                    {row.flag ? <strong className="flag"> ⚠ Flagged: {row.flag}</strong> : null}
                  </span>
                  <button type="button" onClick={() => openDialog(row.edit)} aria-label={`Edit ${row.noun}`}>
                    Edit
                  </button>
                  <button type="button" onClick={() => remove(row)} aria-label={`Delete ${row.noun}`}>
                    Delete
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </Dialog>
  );
}
