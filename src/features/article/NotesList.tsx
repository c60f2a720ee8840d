import type { Dataset } from '../../data/validate';

interface Props {
  dataset: Dataset;
  numbers: ReadonlyMap<string, number>;
  onPickClaim: (claimId: string) => void;
}

/** The dataset's notes on discrepancies between sources, each leading to the claims it concerns. */
export function NotesList({ dataset, numbers, onPickClaim }: Props) {
  if (dataset.notes.length === 0) return null;
  return (
    <details className="notes-list" open>
      <summary>
        <h3 className="subheading notes-list__heading">Discrepancies and notes ({dataset.notes.length})</h3>
      </summary>
      <ul>
        {dataset.notes.map((note) => (
          <li key={note.id}>
            <strong>{note.title}.</strong> {note.text}
            {note.claimIds.length > 0 ? (
              <span className="notes-list__claims">
                {' '}
                Claims:{' '}
                {note.claimIds.map((id) => (
                  <button
                    key={id}
                    type="button"
                    className="link-button"
                    onClick={() => onPickClaim(id)}
                    aria-label={`Show claim C${numbers.get(id) ?? '?'} in the article`}
                  >
                    C{numbers.get(id) ?? '?'}
                  </button>
                ))}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
