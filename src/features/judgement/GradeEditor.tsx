import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { CREDIBILITY_LABEL, RELIABILITY_LABEL } from '../../data/labels';
import { withClaimJudgement, withSourceJudgement } from '../../data/judgements';
import { useJudgements, type GradeTarget, type JudgementsValue } from '../../data/judgements-context';
import { LIMITS } from '../../data/limits';
import { CredibilitySchema, ReliabilitySchema } from '../../data/schema';
import './judgement.css';

/** The one place a grade is changed: opened from a claim row or from the sources list. */
export function GradeEditor() {
  const context = useJudgements();
  if (!context?.editing) return null;
  return (
    <EditorDialog
      key={`${context.editing.kind}:${context.editing.id}`}
      context={context}
      target={context.editing}
    />
  );
}

function describeTarget(context: JudgementsValue, target: GradeTarget) {
  if (target.kind === 'source') {
    const source = context.original.sources.find((s) => s.id === target.id);
    return {
      title: `Grade source: ${source?.name ?? target.id}`,
      gradeName: 'Reliability (A–F)',
      options: ReliabilitySchema.options.map((g) => ({ value: g, label: RELIABILITY_LABEL[g] })),
      rationale: source?.reliabilityRationale,
    };
  }
  const claim = context.original.claims.find((c) => c.id === target.id);
  return {
    title: `Grade claim: ${claim?.summary ?? target.id}`,
    gradeName: 'Credibility (1–6)',
    options: CredibilitySchema.options.map((o) => ({
      value: String(o.value),
      label: CREDIBILITY_LABEL[o.value],
    })),
    rationale: claim?.credibilityRationale,
  };
}

function EditorDialog({ context, target }: { context: JudgementsValue; target: GradeTarget }) {
  const view = context.grades[target.kind](target.id);
  const info = describeTarget(context, target);
  const [grade, setGrade] = useState(view?.byAnalyst ? String(view.current) : '');
  const [note, setNote] = useState(view?.note ?? '');
  const close = () => context.edit(null);
  if (!view) return null;

  const save = (nextGrade: string, nextNote: string) => {
    const updatedAt = new Date().toISOString();
    const base = { note: nextNote, updatedAt };
    const next =
      target.kind === 'source'
        ? withSourceJudgement(context.judgements, {
            ...base,
            sourceId: target.id,
            reliability: ReliabilitySchema.safeParse(nextGrade).data,
          })
        : withClaimJudgement(context.judgements, {
            ...base,
            claimId: target.id,
            credibility: CredibilitySchema.safeParse(Number(nextGrade)).data,
          });
    context.save(next);
    close();
  };

  return (
    <Dialog title={info.title} onClose={close} className="grade-editor">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save(grade, note);
        }}
      >
        <p>
          Grade in the dataset: <strong>{String(view.original)}</strong>
          {info.rationale ? <span className="muted"> — {info.rationale}</span> : null}
        </p>
        <label className="grade-editor__field">
          <span>Your grade — {info.gradeName}</span>
          <select value={grade} onChange={(e) => setGrade(e.currentTarget.value)}>
            <option value="">Keep the dataset’s grade ({String(view.original)})</option>
            {info.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label className="grade-editor__field">
          <span>Your note</span>
          <textarea
            value={note}
            rows={4}
            maxLength={LIMITS.longText}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
        </label>
        <div className="grade-editor__actions">
          <button type="submit">Save grade and note</button>
          {view.byAnalyst || view.note ? (
            <button type="button" onClick={() => save('', '')}>
              Remove my grade and note
            </button>
          ) : null}
          <button type="button" onClick={close}>
            Cancel
          </button>
        </div>
        <p className="muted grade-editor__hint">Kept on this device for this dataset and version.</p>
      </form>
    </Dialog>
  );
}
