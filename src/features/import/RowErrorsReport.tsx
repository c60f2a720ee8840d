import { ProblemReport } from '../../components/ProblemReport';
import type { Problems } from '../../data/validate';

/** Rows that cannot be used, grouped, each named by row number, column and reason; all of them as CSV. */
export function RowErrorsReport({ problems, fileName }: { problems: Problems; fileName: string }) {
  return <ProblemReport problems={problems} label="Rows that cannot be imported" fileName={fileName} />;
}
