import type { ConvertOutcome } from '../../data/table-import';
import { rowErrorsAsProblems } from '../../data/table-import';
import { formatNumber } from '../../lib/format';
import { ProblemReport } from '../../components/ProblemReport';
import { RowErrorsReport } from './RowErrorsReport';

interface Props {
  fileName: string;
  outcome: Extract<ConvertOutcome, { kind: 'converted' }>;
  onImport: () => void;
  onBack: () => void;
  onCancel: () => void;
}

const rows = (n: number, noun: string) => `${formatNumber(n)} ${noun}${n === 1 ? '' : 's'}`;

/** Every row read: how many can be used, every one that cannot, and the choice of the good rows or none. */
export function ConvertReview({ fileName, outcome, onImport, onBack, onCancel }: Props) {
  const { summary, dataset, problems } = outcome;
  const good = summary.rowsUsed;
  return (
    <div className="convert-review">
      <p role="status">
        {formatNumber(summary.rowsRead)} rows read ({outcome.readAs}): {formatNumber(good)} can be imported
        {summary.errorCount > 0 ? `, ${formatNumber(summary.errorCount)} cannot` : ''}.
      </p>
      {summary.errorCount > 0 ? (
        <RowErrorsReport
          problems={rowErrorsAsProblems(summary.errors, summary.errorCount)}
          fileName={fileName}
        />
      ) : null}
      {problems ? (
        <>
          <p role="alert">
            The rows that could be used still do not make a valid dataset; nothing can be imported.
          </p>
          <ProblemReport problems={problems} label="Problems in the converted dataset" fileName={fileName} />
        </>
      ) : null}
      {dataset && summary.errorCount > 0 ? (
        <p>What is left out is written into the dataset&apos;s description.</p>
      ) : null}
      <div className="table-import__actions">
        {dataset ? (
          <button type="button" onClick={onImport}>
            {summary.errorCount > 0 ? `Import the ${rows(good, 'good row')}` : `Import ${rows(good, 'row')}`}
          </button>
        ) : null}
        <button type="button" onClick={onBack}>
          Change the mapping
        </button>
        <button type="button" onClick={onCancel}>
          Import none
        </button>
      </div>
    </div>
  );
}
