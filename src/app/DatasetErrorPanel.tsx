import { IssueList } from '../components/IssueList';
import type { DataIssue } from '../data/validate';

interface Props {
  title: string;
  message: string;
  issues: readonly DataIssue[];
}

/** Every problem of a dataset, by row and field, in a list a person can read and act on. */
export function DatasetErrorPanel({ title, message, issues }: Props) {
  return (
    <main className="dataset-error">
      <div role="alert">
        <h1>{title}</h1>
        <p>{message}</p>
      </div>
      {issues.length > 0 ? (
        <>
          <h2>
            {issues.length} problem{issues.length === 1 ? '' : 's'} found
          </h2>
          <IssueList issues={issues} label="Problems in the dataset" />
        </>
      ) : null}
    </main>
  );
}
