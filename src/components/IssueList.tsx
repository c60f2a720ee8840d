import type { DataIssue } from '../data/validate';

interface Props {
  issues: readonly DataIssue[];
  label: string;
  className?: string;
}

/** Every problem of a dataset by row and field, in a list a person can read and act on. */
export function IssueList({ issues, label, className }: Props) {
  return (
    // Focusable so that a keyboard user can scroll a long list.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <ul className={`issue-list ${className ?? ''}`} aria-label={label} tabIndex={0}>
      {issues.map((issue, i) => (
        <li key={`${issue.path}-${i}`}>
          <code>{issue.row}</code>
          {issue.field ? (
            <>
              {' › '}
              <code>{issue.field}</code>
            </>
          ) : null}
          : {issue.message}
        </li>
      ))}
    </ul>
  );
}
