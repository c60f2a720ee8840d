import { useRef, useState } from 'react';
import { BUNDLED_DATASET_URL } from '../../data/dataset-keys';
import { useDeviceStore } from '../../state/device';
import { DatasetsDialog } from './DatasetsDialog';
import { useImportStore } from './import-store';
import { useImportFile } from './use-import';
import './import.css';

const STAGE_TEXT = {
  queued: 'reading',
  read: 'read, parsing',
  parsed: 'parsed, validating',
  validated: 'validated',
} as const;

/** The header's data controls: import a file, see the datasets on this device, go back to the bundled one. */
export function ImportControls() {
  const input = useRef<HTMLInputElement>(null);
  const { importFile } = useImportFile();
  const busy = useImportStore((s) => s.busy);
  const activeKey = useDeviceStore((s) => s.activeKey);
  const open = useDeviceStore((s) => s.open);
  const [listOpen, setListOpen] = useState(false);
  const bundled = activeKey === BUNDLED_DATASET_URL;

  return (
    <div className="import-controls">
      <button type="button" onClick={() => input.current?.click()} disabled={busy !== null}>
        Import dataset
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json,.csv,.tsv,.txt,.xlsx,.geojson,text/csv"
        className="visually-hidden"
        aria-label="Import dataset"
        // The button above is the one control people and screen readers use; this is what it opens.
        aria-hidden="true"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) fires again.
          event.currentTarget.value = '';
          if (file) void importFile(file);
        }}
      />
      <button type="button" onClick={() => setListOpen(true)}>
        Datasets on this device
      </button>
      {bundled ? null : (
        <button type="button" onClick={() => open(BUNDLED_DATASET_URL)}>
          Switch to the bundled dataset
        </button>
      )}
      <span role="status" className="import-controls__status">
        {busy ? `Checking ${busy.fileName}: ${STAGE_TEXT[busy.stage]}…` : ''}
      </span>
      {listOpen ? <DatasetsDialog onClose={() => setListOpen(false)} /> : null}
    </div>
  );
}
