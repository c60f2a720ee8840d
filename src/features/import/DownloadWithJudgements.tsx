import { datasetWithJudgements, hasJudgements } from '../../data/judgements';
import type { JudgementsValue } from '../../data/judgements-context';

/** Saves the dataset on screen as a file, the analyst's grades and notes beside the original ones. */
export function DownloadWithJudgements({ context }: { context: JudgementsValue }) {
  const { original, judgements } = context;
  const download = () => {
    const data = datasetWithJudgements(original, judgements);
    const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${original.id}-${original.version}${hasJudgements(judgements) ? '-judged' : ''}.json`;
    link.click();
    // Revoked later: Chromium may still be reading the blob when click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <p className="download-judged">
      <button type="button" onClick={download}>
        Download the dataset on screen with my grades and notes (JSON)
      </button>
      <span className="muted">
        {' '}
        Importing that file on another device restores the grades and notes with it.
      </span>
    </p>
  );
}
