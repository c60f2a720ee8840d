import { useEffect, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import {
  convertTableFile,
  previewTableFile,
  rowErrorsAsProblems,
  type ConvertOutcome,
} from '../../data/table-import';
import type { ReadOptions, TablePreview } from '../../data/table-job';
import { suggestMapping, type TableMapping } from '../../data/table-mapping';
import { ColumnMapper } from './ColumnMapper';
import { ConvertReview } from './ConvertReview';
import { ReadOptionsBar } from './ReadOptionsBar';
import { RowErrorsReport } from './RowErrorsReport';
import { TablePreviewTable } from './TablePreviewTable';
import { useImportStore } from './import-store';
import { useShowDataset } from './use-import';
import './table-import.css';

type Stage =
  | { name: 'reading' }
  | { name: 'unreadable'; outcome: Extract<ConvertOutcome, { kind: 'refused' }> }
  | { name: 'mapping'; preview: TablePreview }
  | { name: 'converting'; preview: TablePreview; rows: number; fraction: number }
  | { name: 'review'; preview: TablePreview; outcome: Extract<ConvertOutcome, { kind: 'converted' }> };

/**
 * A table file, from its first rows to a dataset: how it is read (encoding, delimiter), which column fills
 * which field, then every row converted and checked in a worker with a progress bar, then the rows that
 * cannot be used listed before the analyst chooses to import the good rows or none.
 */
export function TableImportDialog({ file }: { file: File }) {
  const [options, setOptions] = useState<ReadOptions>({});
  const [stage, setStage] = useState<Stage>({ name: 'reading' });
  const [mapping, setMapping] = useState<TableMapping | null>(null);
  const show = useShowDataset();
  const close = () => useImportStore.setState({ table: null });
  // A converted dataset waits in its worker until it is kept; leaving lets the worker go.
  useEffect(() => () => (stage.name === 'review' ? stage.outcome.release() : undefined), [stage]);

  useEffect(() => {
    let live = true;
    void previewTableFile(file, options).then((result) => {
      if (!live) return;
      if (!result.ok) {
        setStage({ name: 'unreadable', outcome: { kind: 'refused', errors: result.errors } });
        return;
      }
      setStage({ name: 'mapping', preview: result.preview });
      setMapping((m) => m ?? suggestMapping(result.preview.headers, result.preview.rows));
    });
    return () => {
      live = false;
    };
  }, [file, options]);

  const convert = async (preview: TablePreview, chosen: TableMapping) => {
    setStage({ name: 'converting', preview, rows: 0, fraction: 0 });
    const read = { encoding: preview.encoding, delimiter: preview.delimiter };
    const outcome = await convertTableFile(file, read, chosen, (rows, fraction) =>
      setStage({ name: 'converting', preview, rows, fraction }),
    );
    if (outcome.kind === 'refused') setStage({ name: 'unreadable', outcome });
    else setStage({ name: 'review', preview, outcome });
  };

  const accept = async (outcome: Extract<ConvertOutcome, { kind: 'converted' }>) => {
    if (!outcome.dataset) return;
    close();
    // The description says what was read, dropped and assumed: shown once here, kept in the dataset.
    await show(outcome.dataset, file.name, {
      extra: ` ${outcome.dataset.description}`,
      save: () => outcome.keep(file.name),
    });
  };

  return (
    <Dialog title={`Import table: ${file.name}`} onClose={close} className="table-import">
      {stage.name === 'reading' ? <p role="status">Reading the first rows of {file.name}…</p> : null}
      {stage.name === 'unreadable' ? (
        <>
          <p role="alert">
            <strong>{file.name} cannot be imported. The dataset on screen is unchanged.</strong>
          </p>
          <RowErrorsReport
            problems={rowErrorsAsProblems(stage.outcome.errors, stage.outcome.errors.length)}
            fileName={file.name}
          />
          <button type="button" onClick={close}>
            Close
          </button>
        </>
      ) : null}
      {stage.name === 'mapping' && mapping ? (
        <>
          <ReadOptionsBar preview={stage.preview} options={options} onChange={setOptions} />
          <TablePreviewTable preview={stage.preview} fileName={file.name} />
          <ColumnMapper
            headers={stage.preview.headers}
            mapping={mapping}
            onChange={setMapping}
            onSubmit={() => void convert(stage.preview, mapping)}
            onCancel={close}
          />
        </>
      ) : null}
      {stage.name === 'converting' ? (
        <div className="table-import__progress">
          <label>
            <span role="status">Rows read: {stage.rows.toLocaleString('en-GB')}</span>
            {/* The row count is not known before the end: the bar moves through the file instead. */}
            <progress max={1} value={stage.fraction} />
          </label>
        </div>
      ) : null}
      {stage.name === 'review' ? (
        <ConvertReview
          fileName={file.name}
          outcome={stage.outcome}
          onImport={() => void accept(stage.outcome)}
          onBack={() => setStage({ name: 'mapping', preview: stage.preview })}
          onCancel={close}
        />
      ) : null}
    </Dialog>
  );
}
