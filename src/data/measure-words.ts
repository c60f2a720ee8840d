/**
 * The measure a figure's words propose: an existing measure of the dataset when its label says the same
 * thing, or a new one with a label and unit read from the words. A proposal only: the analyst confirms it.
 */
import type { Measure } from './schema';

export interface MeasureProposal {
  /** An existing measure that fits, or null for a new one. */
  existing: Measure | null;
  label: string;
  unit: string;
}

const KILLED = /\b(?:killed|dead|died|deaths?|fatalit(?:y|ies)|lost their lives)\b/i;
const WOUNDED = /\b(?:wounded|injured|injur(?:y|ies)|hurt)\b/i;
const CASUALTIES = /\b(?:casualt(?:y|ies)|losses|lost)\b/i;
const MISSING = /\b(?:missing)\b/i;
const CAPTURED = /\b(?:captured|prisoners?|pows?|taken prisoner)\b/i;
const DEPLOYED = /\b(?:deployed|sent|active|arrived|stationed|fighting|in (?:russia|combat))\b/i;
const SOLDIERS = /\b(?:troops|soldiers|fighters|forces|personnel|infantry|servicemen|special forces)\b/i;
const PEOPLE = /\b(?:people|civilians|men|women|children|refugees|residents|[A-Z][a-z]+ans|[A-Z][a-z]+ese)\b/;

/** The plural noun a figure counts: "containers", "shells", else "troops" or "people" from the words. */
function unitOf(words: string): string {
  if (SOLDIERS.test(words)) return 'troops';
  const noun = /\b([a-z]{3,}s)\b/.exec(words)?.[1];
  if (PEOPLE.test(words)) return 'people';
  if (KILLED.test(words) || WOUNDED.test(words) || CASUALTIES.test(words)) return 'people';
  return noun ?? 'items';
}

/** A label in words for what the figure counts. */
function labelOf(words: string): string {
  const killed = KILLED.test(words);
  const wounded = WOUNDED.test(words);
  if ((killed && wounded) || CASUALTIES.test(words)) return 'Killed and wounded';
  if (killed) return 'Killed';
  if (wounded) return 'Wounded';
  if (MISSING.test(words)) return 'Missing';
  if (CAPTURED.test(words)) return 'Prisoners of war taken';
  if (DEPLOYED.test(words) || SOLDIERS.test(words)) return 'Troops deployed';
  const short = words.split(/\s+/).slice(0, 6).join(' ').trim();
  return short ? short.charAt(0).toUpperCase() + short.slice(1) : '';
}

/** The labels `labelOf` gives for the kinds of figure it knows. */
const KINDS = new Set([
  'Killed and wounded',
  'Killed',
  'Wounded',
  'Missing',
  'Prisoners of war taken',
  'Troops deployed',
]);

const tokens = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length > 2 && w !== 'and' && w !== 'the'),
  );

export function proposeMeasure(measureWords: string, measures: readonly Measure[]): MeasureProposal {
  const label = labelOf(measureWords);
  const unit = unitOf(measureWords);
  const exact = measures.find((m) => m.label.toLowerCase() === label.toLowerCase());
  if (exact) return { existing: exact, label: exact.label, unit: exact.unit };
  // Words of a known kind (killed, wounded, both…) match only a measure of the same kind: "some 300 were
  // killed" must not land in "Killed and wounded", which shares its word but counts something else.
  if (KINDS.has(label)) {
    const same = measures.find((m) => labelOf(m.label) === label);
    return same ? { existing: same, label: same.label, unit: same.unit } : { existing: null, label, unit };
  }
  const wanted = tokens(label);
  let best: Measure | null = null;
  let bestShare = 0;
  for (const m of measures) {
    const have = tokens(`${m.label} ${m.id}`);
    const shared = [...wanted].filter((w) => have.has(w)).length;
    // Every word of the proposal must be in the measure, and the measure should say little more.
    const share = shared === wanted.size && wanted.size > 0 ? shared / have.size : 0;
    if (share > bestShare) {
      bestShare = share;
      best = m;
    }
  }
  return best ? { existing: best, label: best.label, unit: best.unit } : { existing: null, label, unit };
}
