import { ProblemReport } from '../../components/ProblemReport';
import type { Problems } from '../../data/validate';
import { useDeviceStore } from '../../state/device';
import { DropOverlay } from './DropOverlay';
import { lazy, Suspense } from 'react';
import { useImportStore, type SameEdition } from './import-store';
import { useImportFile } from './use-import';
import './import.css';

// Loaded when a table or places file is chosen: the mapper, its schema and the reader stay out of the first load.
const TableImportDialog = lazy(() =>
  import('./TableImportDialog').then((m) => ({ default: m.TableImportDialog })),
);
const PlacesImportDialog = lazy(() =>
  import('./PlacesImportDialog').then((m) => ({ default: m.PlacesImportDialog })),
);

/**
 * Below the header: storage notices, why a file was refused (imported, or opened by a `?data=` link or
 * from this device), and what the last import did.
 */
export function ImportMessages() {
  const notices = useDeviceStore((s) => s.notices);
  const dismiss = useDeviceStore((s) => s.dismiss);
  const refused = useDeviceStore((s) => s.refused);
  const dismissRefused = useDeviceStore((s) => s.dismissRefused);
  const problems = useImportStore((s) => s.problems);
  const sameEdition = useImportStore((s) => s.sameEdition);
  const done = useImportStore((s) => s.done);
  const table = useImportStore((s) => s.table);

  return (
    <div className="import-messages">
      {notices.map((notice) => (
        <div key={notice.id} className="notice" role="status">
          <p>{notice.text}</p>
          <button type="button" onClick={() => dismiss(notice.id)} aria-label="Dismiss notice">
            Dismiss
          </button>
        </div>
      ))}
      {refused ? (
        <RefusedFile
          message={refused.reason}
          label="Problems in the dataset file"
          fileName={refused.fileName}
          problems={refused.problems}
          onDismiss={dismissRefused}
        />
      ) : null}
      {problems ? (
        <RefusedFile
          message={`${problems.fileName} was not imported. The dataset on screen is unchanged.`}
          label="Problems in the imported file"
          fileName={problems.fileName}
          problems={problems.problems}
          onDismiss={() => useImportStore.setState({ problems: null })}
        />
      ) : null}
      {sameEdition ? <SameEditionChoice pending={sameEdition} /> : null}
      <p role="status" className="import-messages__done">
        {done}
      </p>
      <DropOverlay />
      <Suspense fallback={<p role="status">Opening {table?.file.name}…</p>}>
        {table?.kind === 'table' ? <TableImportDialog key={table.file.name} file={table.file} /> : null}
        {table?.kind === 'places' ? <PlacesImportDialog key={table.file.name} file={table.file} /> : null}
      </Suspense>
    </div>
  );
}

interface RefusedFileProps {
  message: string;
  label: string;
  fileName: string;
  problems: Problems;
  onDismiss: () => void;
}

/** A file that was not shown: why, as an alert, then its problems grouped. */
function RefusedFile({ message, label, fileName, problems, onDismiss }: RefusedFileProps) {
  return (
    <div className="import-problems">
      <div className="import-problems__head">
        <p role="alert">
          <strong>{message}</strong>
        </p>
        <button type="button" onClick={onDismiss} aria-label={`Dismiss problems of ${fileName}`}>
          Dismiss problems
        </button>
      </div>
      <ProblemReport problems={problems} label={label} fileName={fileName} />
    </div>
  );
}

/** A file of an edition already kept from another file: the analyst chooses; nothing is replaced unasked. */
function SameEditionChoice({ pending }: { pending: SameEdition }) {
  const { resolve } = useImportFile();
  const { dataset, kept, fileName } = pending;
  const keptFrom = kept.fileName ? ` from ${kept.fileName}` : '';
  return (
    <section className="import-problems" aria-label="A dataset with the same id and version is kept">
      <p role="alert">
        <strong>
          {fileName} is “{dataset.title}”, id {dataset.id}, version {dataset.version}: this device already
          keeps a different file under that id and version (imported {kept.importedAt.slice(0, 10)}
          {keptFrom}). Nothing is replaced until you choose.
        </strong>
      </p>
      <div className="import-choice">
        <button type="button" onClick={() => void resolve('keep-both')}>
          Keep both (the new one under its own id)
        </button>
        <button type="button" onClick={() => void resolve('replace')}>
          Replace the kept one
        </button>
        <button type="button" onClick={() => void resolve('cancel')}>
          Import nothing
        </button>
      </div>
    </section>
  );
}
