import { useState } from 'react';
import { datasetWithJudgements, EMPTY_JUDGEMENTS } from '../../data/judgements';
import { useJudgements } from '../../data/judgements-context';
import { parseDataset } from '../../data/validate';
import { downloadBlob, MIME } from '../../lib/export/download';
import { useDeviceStore } from '../../state/device';
import { useEditSteps } from './use-edit-steps';

/**
 * The whole dataset as a file in the schema, with the analyst's grades and notes: checked as an import
 * would check it before it is written, so the file always imports back to the same view. A changed
 * dataset is a new edition: its version is bumped first.
 */
export function ExportDataset() {
  const { prepareExport } = useEditSteps();
  const judgements = useJudgements()?.judgements ?? EMPTY_JUDGEMENTS;
  const notify = useDeviceStore((s) => s.notify);
  const [last, setLast] = useState<string | null>(null);
  const exportFile = () => {
    const dataset = prepareExport();
    if (!dataset) return;
    const file = datasetWithJudgements(dataset, judgements);
    const text = `${JSON.stringify(file, null, 2)}\n`;
    const check = parseDataset(JSON.parse(text));
    if (!check.ok) {
      const first = check.issues[0];
      notify(
        `The dataset was not exported: it does not pass its own checks (${check.issues.length} problem` +
          `${check.issues.length === 1 ? '' : 's'}; first: ${first ? `${first.row} › ${first.field}: ${first.message}` : 'unknown'}).`,
      );
      return;
    }
    const name = `${dataset.id}-${dataset.version}.json`;
    downloadBlob(new Blob([text], { type: MIME.json }), name);
    setLast(`Exported ${name}`);
  };
  return (
    <>
      <button type="button" onClick={exportFile}>
        Export JSON
      </button>
      <span role="status" className="visually-hidden">
        {last ?? ''}
      </span>
    </>
  );
}
