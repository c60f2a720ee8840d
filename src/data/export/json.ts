/**
 * The filtered view as a dataset file in the published schema: same id and version, the claims and events
 * the filters let through, every reference still resolving — so it re-imports and passes `parseDataset`.
 * The dataset's own grades are written untouched; the analyst's re-grades travel beside them, as the
 * "download with my grades" file does.
 */
import { datasetWithJudgements } from '../judgements';
import type { AnalystJudgements } from '../schema';
import type { Dataset } from '../validate';

export function filteredDataset(
  original: Dataset,
  judgements: AnalystJudgements | null,
  claimIds: Iterable<string>,
  eventIds: Iterable<string>,
): Dataset {
  const keepClaims = new Set(claimIds);
  const keepEvents = new Set(eventIds);
  const base = judgements ? datasetWithJudgements(original, judgements) : original;
  const claims = base.claims.filter((c) => keepClaims.has(c.id));
  const events = base.events
    .filter((e) => keepEvents.has(e.id))
    .map((e) => ({ ...e, claimIds: e.claimIds.filter((id) => keepClaims.has(id)) }));
  const notes = base.notes.flatMap((n) => {
    const kept = {
      ...n,
      claimIds: n.claimIds.filter((id) => keepClaims.has(id)),
      eventIds: n.eventIds.filter((id) => keepEvents.has(id)),
    };
    // A note about rows no longer in the file would explain nothing; a general note stays.
    const general = n.claimIds.length + n.eventIds.length === 0;
    return general || kept.claimIds.length + kept.eventIds.length > 0 ? [kept] : [];
  });
  const result: Dataset = { ...base, claims, events, notes };
  if (base.analystJudgements) {
    const judged = {
      sources: base.analystJudgements.sources,
      claims: base.analystJudgements.claims.filter((j) => keepClaims.has(j.claimId)),
      // An assessed range stays whole; it cites only the claims and events the file still holds.
      ranges: base.analystJudgements.ranges.map((r) => ({
        ...r,
        claimIds: r.claimIds.filter((id) => keepClaims.has(id)),
        eventIds: r.eventIds.filter((id) => keepEvents.has(id)),
      })),
    };
    if (judged.sources.length + judged.claims.length + judged.ranges.length > 0) {
      result.analystJudgements = judged;
    } else delete result.analystJudgements;
  }
  return result;
}

export function datasetJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
