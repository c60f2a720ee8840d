import { useId, useState, type FormEvent } from 'react';
import { tileUrlProblem } from './tiles';
import { blockedByPolicy } from './use-tiles';

interface Props {
  userUrl: string | null;
  buildTimeUrl: string | null;
  /** Why the setting will not outlast this page, when this browser refused to store it. */
  storageProblem: string | null;
  onSave: (url: string | null) => void;
}

/** "Online tiles": a tile server of the user's own (kept in this browser); empty means offline only. */
export function TileSettings({ userUrl, buildTimeUrl, storageProblem, onSave }: Props) {
  const [draft, setDraft] = useState(userUrl ?? '');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = draft.trim();
    const malformed = value ? tileUrlProblem(value) : null;
    // A server the page's policy refuses would only ever fail: it is not saved, and the analyst is told why.
    const problem = malformed ? `The URL ${malformed}.` : blockedByPolicy(value || null);
    setError(problem);
    if (!problem) onSave(value || null);
  };

  return (
    <details className="map-tiles">
      <summary>Online tiles</summary>
      <form className="map-tiles__form" onSubmit={submit} noValidate>
        <label htmlFor={inputId}>Tile URL template</label>
        <input
          id={inputId}
          type="url"
          value={draft}
          placeholder="https://tiles.example.internal/{z}/{x}/{y}.png"
          aria-describedby={`${hintId}${error ? ` ${errorId}` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setDraft(e.target.value)}
        />
        <p id={hintId} className="map-tiles__hint">
          Only for a tile server you may use. Kept in this browser; leave empty for the offline map only.
          {buildTimeUrl ? ` This deployment's default: ${buildTimeUrl}` : ' This deployment sets no default.'}
        </p>
        {error && (
          <p id={errorId} className="map-tiles__error" role="alert">
            {error}
          </p>
        )}
        {storageProblem && (
          <p className="map-tiles__error" role="status">
            {storageProblem}
          </p>
        )}
        <div className="map-tiles__actions">
          <button type="submit">Save</button>
          <button
            type="button"
            onClick={() => {
              setDraft('');
              setError(null);
              onSave(null);
            }}
          >
            Clear
          </button>
        </div>
      </form>
    </details>
  );
}
