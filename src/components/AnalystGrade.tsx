import { useJudgements } from '../data/judgements-context';
import './analyst-grade.css';

interface Props {
  kind: 'source' | 'claim';
  id: string;
}

/**
 * Beside a grade (which already is the analyst's when they re-graded it): says so, keeps the dataset's
 * original in sight — "B (analyst) — was C" — and shows the analyst's note.
 */
export function AnalystGrade({ kind, id, withNote = true }: Props & { withNote?: boolean }) {
  const context = useJudgements();
  const view = context ? context.grades[kind](id) : undefined;
  const note = withNote ? view?.note : undefined;
  if (!view || (!view.byAnalyst && !note)) return null;
  return (
    <>
      {view.byAnalyst ? (
        <span className="analyst-grade"> (analyst) — was {view.original ?? 'not graded'}</span>
      ) : null}
      {note ? <span className="analyst-note">Note: {note}</span> : null}
    </>
  );
}

/** Opens the grade editor for one row; offered only where judgements can be kept (inside the app). */
export function GradeButton({ kind, id, label }: Props & { label: string }) {
  const context = useJudgements();
  if (!context) return null;
  return (
    <button
      type="button"
      className="link-button grade-button"
      aria-label={`Grade ${kind} ${label}`}
      onClick={() => context.edit({ kind, id })}
    >
      Grade
    </button>
  );
}
