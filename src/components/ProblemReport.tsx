import { Fragment, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  cappedNote,
  groupCount,
  groupIssues,
  inRows,
  issuesCsv,
  reportHeading,
  type IssueGroup,
} from '../data/issue-report';
import type { DataIssue, Problems } from '../data/validate';
import { downloadBlob, exportFileName, MIME } from '../lib/export/download';
import { formatNumber } from '../lib/format';
import './problem-report.css';

interface Props {
  problems: Problems;
  /** The report's accessible name, e.g. "Problems in the imported file". */
  label: string;
  /** The file at fault, for the download's name. */
  fileName: string;
}

/** Groups and rows are drawn a step at a time: a hostile file can have 100,000 problems. */
const GROUP_STEP = 25;
const ROW_STEP = 100;

/**
 * A refused file's problems, grouped so that one fix clears a group: the exact total, each group with its
 * count and first rows (expandable to every row), and every problem as CSV. Text from the file is isolated
 * (`<bdi>`) so a bidi control in an id cannot reorder the line around it.
 */
export function ProblemReport({ problems, label, fileName }: Props) {
  const report = useMemo(() => groupIssues(problems), [problems]);
  const [groupsShown, setGroupsShown] = useState(GROUP_STEP);
  const note = cappedNote(report);
  const hiddenGroups = report.groups.length - groupsShown;

  const download = () => {
    const csv = issuesCsv(problems.issues);
    const base = fileName.replace(/\.[^.]*$/, '');
    downloadBlob(new Blob([csv], { type: MIME.csv }), exportFileName(base, 'problems', new Date(), 'csv'));
  };

  return (
    <section className="problem-report" aria-label={label}>
      <div className="problem-report__head">
        <h2 className="problem-report__heading">{reportHeading(report)}</h2>
        <button type="button" onClick={download}>
          Download all problems (CSV)
        </button>
      </div>
      {note ? <p className="problem-report__note">{note}</p> : null}
      <ul className="problem-report__groups" aria-label="Problem groups, largest first">
        {report.groups.slice(0, groupsShown).map((group, i) => (
          // The first group a "Show more" drew takes the focus the vanishing button had.
          <ProblemGroup
            key={group.key}
            group={group}
            focusOnMount={i === groupsShown - GROUP_STEP && i > 0}
          />
        ))}
      </ul>
      {hiddenGroups > 0 ? (
        <button type="button" className="link-button" onClick={() => setGroupsShown((n) => n + GROUP_STEP)}>
          Show {Math.min(GROUP_STEP, hiddenGroups)} more of {formatNumber(hiddenGroups)} groups
        </button>
      ) : null}
    </section>
  );
}

function ProblemGroup({ group, focusOnMount }: { group: IssueGroup; focusOnMount: boolean }) {
  const [open, setOpen] = useState(false);
  const [rowsShown, setRowsShown] = useState(ROW_STEP);
  const rowsId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusOnMount) toggle.current?.focus();
    // Only when drawn: a later render must not pull the focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const showMoreRows = () => {
    setRowsShown((n) => n + ROW_STEP);
    // The button goes when the last rows are drawn; the focus goes back to the group.
    if (rowsShown + ROW_STEP >= group.count) toggle.current?.focus();
  };
  const hiddenRows = group.count - rowsShown;
  const title = <Located row={group.list} field={group.field} message={group.message} />;

  return (
    <li className="problem-group">
      <button
        ref={toggle}
        type="button"
        className="problem-group__toggle"
        aria-expanded={open}
        aria-controls={rowsId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="problem-group__marker" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        <span className="problem-group__title">{title}</span>
        {' — '}
        <span className="problem-group__count">{groupCount(group)}</span>
      </button>
      {inRows(group) && !open ? (
        <p className="problem-group__first">
          {group.firstRows.map((row, i) => (
            <Fragment key={row}>
              {i > 0 ? ', ' : null}
              <bdi>{row}</bdi>
            </Fragment>
          ))}
          {group.rowCount > group.firstRows.length ? ', …' : null}
        </p>
      ) : null}
      <div id={rowsId} hidden={!open}>
        {open ? (
          <>
            <ul className="problem-group__rows">
              {group.issues.slice(0, rowsShown).map((issue, i) => (
                <li key={i}>
                  <IssueLine issue={issue} />
                </li>
              ))}
            </ul>
            {hiddenRows > 0 ? (
              <button type="button" className="link-button" onClick={showMoreRows}>
                Show {Math.min(ROW_STEP, hiddenRows)} more of {formatNumber(hiddenRows)} (all are in the CSV)
              </button>
            ) : null}
          </>
        ) : null}
      </div>
    </li>
  );
}

const IssueLine = ({ issue }: { issue: DataIssue }) => (
  <Located row={issue.row} field={issue.field} message={issue.message} />
);

/** "row › field: message", each part isolated. */
function Located({ row, field, message }: { row: string; field: string; message: string }) {
  return (
    <>
      <code>
        <bdi>{row}</bdi>
      </code>
      {field ? (
        <>
          {' › '}
          <code>
            <bdi>{field}</bdi>
          </code>
        </>
      ) : null}
      : <bdi>{message}</bdi>
    </>
  );
}
