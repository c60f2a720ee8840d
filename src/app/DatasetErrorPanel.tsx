import { ProblemReport } from '../components/ProblemReport';
import type { Problems } from '../data/validate';

interface Props {
  title: string;
  message: string;
  fileName: string;
  problems: Problems;
}

/** Why the dataset cannot be shown, with every problem found in it, grouped. */
export function DatasetErrorPanel({ title, message, fileName, problems }: Props) {
  return (
    <main className="dataset-error">
      <div role="alert">
        <h1>{title}</h1>
        <p>{message}</p>
      </div>
      {problems.issues.length > 0 ? (
        <ProblemReport problems={problems} label="Problems in the dataset" fileName={fileName} />
      ) : null}
    </main>
  );
}
