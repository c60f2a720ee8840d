/**
 * Event rows as the file wrote them. When every event row passed the fast check (fast-rows.ts), zod's
 * result differs from the file's rows only by the list defaults it fills in. The worker then sends the
 * file's own text back instead of stringifying 100,000 validated rows again, and the page rebuilds them
 * here. No zod here: the page's entry loads this module before the validation code.
 */
import type { Dataset } from './validate';

/** zod's `.default([])` on an event's lists, applied to a row that lacks them. */
export function fillEventDefaults(row: Record<string, unknown>): void {
  row.alsoCategories ??= [];
  row.figures ??= [];
  row.placeIds ??= [];
  row.claimIds ??= [];
}

/**
 * The dataset the worker validated: `rest` is its JSON with no events, `text` the file whose event rows
 * all passed the fast check as written.
 */
export function datasetFromWrittenEvents(text: string, rest: string): Dataset {
  const events = (JSON.parse(text) as { events: Record<string, unknown>[] }).events;
  for (const row of events) fillEventDefaults(row);
  return { ...(JSON.parse(rest) as Dataset), events: events as unknown as Dataset['events'] };
}
