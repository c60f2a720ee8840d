import { useId, useState, type FormEvent } from 'react';
import { markingChanges, useMarkingStore } from '../state/marking';
import { Dialog } from './Dialog';

/** Set, change or clear the handling marking printed on every export; kept in this browser only. */
export function MarkingDialog({ onClose }: { onClose: () => void }) {
  const marking = useMarkingStore((s) => s.marking);
  const problem = useMarkingStore((s) => s.problem);
  const setMarking = useMarkingStore((s) => s.setMarking);
  const [draft, setDraft] = useState(marking);
  const inputId = useId();
  const hintId = useId();

  const changes = markingChanges(draft);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setMarking(draft);
    // A refused write is reported a moment later: wait for it, and where the browser refuses to store the
    // marking, stay open so the user reads why.
    await Promise.resolve();
    if (!useMarkingStore.getState().problem) onClose();
  };

  return (
    <Dialog title="Handling marking" onClose={onClose} className="marking-dialog">
      <form onSubmit={(event) => void save(event)}>
        <label htmlFor={inputId}>Marking line</label>
        <input
          id={inputId}
          type="text"
          value={draft}
          aria-describedby={hintId}
          onChange={(e) => setDraft(e.target.value)}
        />
        <p id={hintId} className="muted">
          Printed at the top and bottom of every exported image and slide, e.g. “OFFICIAL — for briefing use
          only”. Kept in this browser only. Leave it empty for none.
        </p>
        <div role="status">
          {changes.map((change) => (
            <p key={change} className="marking-dialog__change">
              {change}
            </p>
          ))}
          {problem && <p>{problem}</p>}
        </div>
        <div className="marking-dialog__actions">
          <button type="submit">Save marking</button>
          <button type="button" onClick={() => setDraft('')}>
            Clear
          </button>
        </div>
      </form>
    </Dialog>
  );
}
