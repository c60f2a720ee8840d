import { useState } from 'react';
import { AnalystGrade, GradeButton } from '../../components/AnalystGrade';
import { Dialog } from '../../components/Dialog';
import { gradeMark, reliabilityLabel } from '../../data/labels';
import { useDataset } from '../../data/dataset-context';
import { useJudgements } from '../../data/judgements-context';
import './judgement.css';

/** Header button and dialog: every source with its grade in force, the original beside it, and a way to re-grade. */
export function SourcesGrades() {
  const [open, setOpen] = useState(false);
  const dataset = useDataset();
  const context = useJudgements();
  if (!context) return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Sources and grades
      </button>
      {open ? (
        <Dialog title="Sources and grades" onClose={() => setOpen(false)} className="sources-grades">
          <p className="muted">
            Your grades replace the dataset’s everywhere: filters, chart, exports. The original stays shown.
          </p>
          <table className="data-table">
            <caption className="visually-hidden">Sources with their reliability grade</caption>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Reliability</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {dataset.sources.map((source) => (
                <tr key={source.id} data-source-row={source.id}>
                  <td>
                    <bdi>{source.name}</bdi>{' '}
                    <span className="muted">
                      (<bdi>{source.shortName}</bdi>)
                    </span>
                  </td>
                  <td>
                    <abbr className="grade" title={reliabilityLabel(source.reliability)}>
                      {gradeMark(source.reliability)}
                    </abbr>
                    <AnalystGrade kind="source" id={source.id} />
                  </td>
                  <td>
                    <GradeButton kind="source" id={source.id} label={source.shortName} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Dialog>
      ) : null}
    </>
  );
}
