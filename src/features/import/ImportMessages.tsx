import { IssueList } from '../../components/IssueList';
import { useDeviceStore } from '../../state/device';
import { DropOverlay } from './DropOverlay';
import { useImportStore } from './import-store';
import './import.css';

/** Below the header: storage notices, why a file was refused, and what the last import did. */
export function ImportMessages() {
  const notices = useDeviceStore((s) => s.notices);
  const dismiss = useDeviceStore((s) => s.dismiss);
  const problems = useImportStore((s) => s.problems);
  const done = useImportStore((s) => s.done);

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
      {problems ? (
        <div className="import-problems" role="alert">
          <div className="import-problems__head">
            <p>
              <strong>
                {problems.fileName} was not imported: {problems.issues.length} problem
                {problems.issues.length === 1 ? '' : 's'} found.
              </strong>{' '}
              The dataset on screen is unchanged.
            </p>
            <button type="button" onClick={() => useImportStore.setState({ problems: null })}>
              Dismiss problems
            </button>
          </div>
          <IssueList
            issues={problems.issues}
            label="Problems in the imported file"
            className="import-problems__list"
          />
        </div>
      ) : null}
      <p role="status" className="import-messages__done">
        {done}
      </p>
      <DropOverlay />
    </div>
  );
}
