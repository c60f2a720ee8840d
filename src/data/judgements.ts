/**
 * Analyst judgements as a pure transformation of the dataset: a re-grade replaces the grade every panel,
 * filter and export reads, while the untouched dataset keeps the original for comparison.
 */
import type {
  AnalystJudgements,
  AssessedRange,
  ClaimJudgement,
  Credibility,
  Reliability,
  SourceJudgement,
} from './schema';
import type { Dataset } from './validate';

export const EMPTY_JUDGEMENTS: AnalystJudgements = { sources: [], claims: [], ranges: [] };

export function hasJudgements(judgements: AnalystJudgements): boolean {
  return judgements.sources.length > 0 || judgements.claims.length > 0 || judgements.ranges.length > 0;
}

/**
 * The dataset as the analyst judges it. Judgements naming rows the dataset lacks are ignored. With none
 * to apply it is the same dataset object, so what panels derived from it (the filter index over every
 * row, the estimates) is kept when the stored judgements arrive empty.
 */
export function applyJudgements(dataset: Dataset, judgements: AnalystJudgements): Dataset {
  if (!hasJudgements(judgements) && !(dataset.analystJudgements && hasJudgements(dataset.analystJudgements)))
    return dataset;
  const reliability = new Map<string, Reliability>();
  for (const j of judgements.sources) if (j.reliability) reliability.set(j.sourceId, j.reliability);
  const credibility = new Map<string, Credibility>();
  for (const j of judgements.claims) if (j.credibility) credibility.set(j.claimId, j.credibility);
  return {
    ...dataset,
    sources: dataset.sources.map((s) => {
      const grade = reliability.get(s.id);
      return grade && grade !== s.reliability ? { ...s, reliability: grade } : s;
    }),
    claims: dataset.claims.map((c) => {
      const grade = credibility.get(c.id);
      return grade && grade !== c.credibility ? { ...c, credibility: grade } : c;
    }),
    analystJudgements: judgements,
  };
}

/** A judgement with nothing in it is dropped, so "back to the original" leaves no trace. */
function isEmpty(j: { note?: string | undefined; reliability?: unknown; credibility?: unknown }): boolean {
  return !j.note?.trim() && j.reliability === undefined && j.credibility === undefined;
}

export function withSourceJudgement(judgements: AnalystJudgements, next: SourceJudgement): AnalystJudgements {
  const others = judgements.sources.filter((j) => j.sourceId !== next.sourceId);
  const clean = { ...next, note: next.note?.trim() || undefined };
  return { ...judgements, sources: isEmpty(clean) ? others : [...others, stripUndefined(clean)] };
}

export function withClaimJudgement(judgements: AnalystJudgements, next: ClaimJudgement): AnalystJudgements {
  const others = judgements.claims.filter((j) => j.claimId !== next.claimId);
  const clean = { ...next, note: next.note?.trim() || undefined };
  return { ...judgements, claims: isEmpty(clean) ? others : [...others, stripUndefined(clean)] };
}

/** The analyst's assessed range of a measure replaces any earlier one of that measure; null removes it. */
export function withAssessedRange(
  judgements: AnalystJudgements,
  measure: string,
  next: AssessedRange | null,
): AnalystJudgements {
  const others = judgements.ranges.filter((r) => r.measure !== measure);
  return { ...judgements, ranges: next ? [...others, stripUndefined(next)] : others };
}

// The strict schema and IndexedDB's structured clone both keep `undefined` fields; written files should not.
function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** What the UI shows for one graded row: the grade in force, whether it is the analyst's, and the original. */
export interface GradeView<G> {
  /** The grade in force; undefined for a source neither the dataset nor the analyst graded. */
  current: G | undefined;
  original: G | undefined;
  byAnalyst: boolean;
  note: string | undefined;
}

export interface GradeIndex {
  /** Undefined only for a row the dataset does not have. */
  source: (id: string) => GradeView<Reliability> | undefined;
  claim: (id: string) => GradeView<Credibility> | undefined;
}

function view<G>(original: G | undefined, analyst: G | undefined, note: string | undefined): GradeView<G> {
  const current = analyst ?? original;
  return { current, original, byAnalyst: current !== original, note };
}

/** Look-ups built once per change, so a table of many rows never searches lists row by row. */
export function indexGrades(original: Dataset, judgements: AnalystJudgements): GradeIndex {
  const sources = new Map(original.sources.map((s) => [s.id, { grade: s.reliability }]));
  const claims = new Map(original.claims.map((c) => [c.id, c.credibility]));
  const sourceJ = new Map(judgements.sources.map((j) => [j.sourceId, j]));
  const claimJ = new Map(judgements.claims.map((j) => [j.claimId, j]));
  return {
    source: (id) => {
      const source = sources.get(id);
      const j = sourceJ.get(id);
      return source === undefined ? undefined : view(source.grade, j?.reliability, j?.note);
    },
    claim: (id) => {
      const grade = claims.get(id);
      const j = claimJ.get(id);
      return grade === undefined ? undefined : view(grade, j?.credibility, j?.note);
    },
  };
}

/** The file an analyst exports: the dataset's own grades untouched, their judgements beside them. */
export function datasetWithJudgements(original: Dataset, judgements: AnalystJudgements): Dataset {
  const rest: Dataset = { ...original };
  delete rest.analystJudgements;
  return hasJudgements(judgements) ? { ...rest, analystJudgements: judgements } : rest;
}

type Kind = 'sources' | 'claims' | 'ranges';
type JudgementOf<K extends Kind> = AnalystJudgements[K][number];
/** Judgements as written before assessed ranges existed may lack them. */
type JudgementsIn = Omit<AnalystJudgements, 'ranges'> & { ranges?: AnalystJudgements['ranges'] };
/** One judgement per source, per claim, and per measure for an assessed range. */
const idOf = (kind: Kind, j: SourceJudgement | ClaimJudgement | AssessedRange): string =>
  kind === 'sources'
    ? (j as SourceJudgement).sourceId
    : kind === 'claims'
      ? (j as ClaimJudgement).claimId
      : (j as AssessedRange).measure;
const KIND_NAME = { sources: 'source', claims: 'claim', ranges: 'range' } as const;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const byId = <K extends Kind>(kind: K, list: readonly JudgementOf<K>[] | undefined) =>
  new Map((list ?? []).map((j) => [idOf(kind, j), j]));

/** A row this tab changed that another tab had changed too since this tab read it. */
export interface Overwritten {
  /** A range is the assessed range of the measure `id`. */
  kind: 'source' | 'claim' | 'range';
  id: string;
  /** When the other tab's change was made, where it says. */
  at: string | undefined;
}

/**
 * Writes one tab's change without losing another's. `before` is what this tab had, `after` what it wants;
 * only the rows it changed are taken from `after`, every other row stays as `stored` (what is on the device
 * now, maybe written by another tab). A row both changed since this tab read it goes to this tab, the
 * newest change, and is listed so the analyst is told.
 */
export function mergeJudgements(
  stored: JudgementsIn,
  before: JudgementsIn,
  after: JudgementsIn,
): { merged: AnalystJudgements; overwritten: Overwritten[] } {
  const overwritten: Overwritten[] = [];
  const mergeKind = <K extends Kind>(kind: K): JudgementOf<K>[] => {
    const s = byId(kind, stored[kind]);
    const b = byId(kind, before[kind]);
    const a = byId(kind, after[kind]);
    const out = new Map(s);
    for (const id of new Set([...b.keys(), ...a.keys()])) {
      if (same(b.get(id), a.get(id))) continue;
      if (!same(s.get(id), b.get(id))) {
        overwritten.push({ kind: KIND_NAME[kind], id, at: s.get(id)?.updatedAt });
      }
      const next = a.get(id);
      if (next) out.set(id, next);
      else out.delete(id);
    }
    return [...out.values()];
  };
  const merged = { sources: mergeKind('sources'), claims: mergeKind('claims'), ranges: mergeKind('ranges') };
  return { merged, overwritten };
}

/** How a file's judgements met the ones on this device. */
export interface ImportedJudgements {
  merged: AnalystJudgements;
  added: number;
  /** Rows where this device's judgement is newer than the file's: kept. */
  keptOwn: number;
  /** Rows where the file's judgement is newer: taken. */
  tookFile: number;
}

/**
 * A file's judgements brought in beside the analyst's own: rows the device has no judgement on are added;
 * where both judge a row differently the newer is kept (a judgement without a time is the older).
 */
export function importJudgements(stored: JudgementsIn, fromFile: JudgementsIn): ImportedJudgements {
  let added = 0;
  let keptOwn = 0;
  let tookFile = 0;
  const mergeKind = <K extends Kind>(kind: K): JudgementOf<K>[] => {
    const out = byId(kind, stored[kind]);
    for (const [id, theirs] of byId(kind, fromFile[kind])) {
      const ours = out.get(id);
      if (!ours) {
        out.set(id, theirs);
        added += 1;
      } else if (!same(ours, theirs)) {
        if ((theirs.updatedAt ?? '') > (ours.updatedAt ?? '')) {
          out.set(id, theirs);
          tookFile += 1;
        } else {
          keptOwn += 1;
        }
      }
    }
    return [...out.values()];
  };
  const merged = { sources: mergeKind('sources'), claims: mergeKind('claims'), ranges: mergeKind('ranges') };
  return { merged, added, keptOwn, tookFile };
}
