/**
 * A form never drops what it has no field for: a row edited in a form keeps its other fields as they were.
 */
import type { EventFields } from '../../data/edit';
import type { Event, FuzzyDate } from '../../data/schema';

/**
 * A date changed in a form that shows only its day and precision: its note is kept, and its end while the
 * date and precision stay as they were.
 */
export function keepDateExtras<D extends FuzzyDate>(old: D | undefined, next: D): D {
  if (!old) return next;
  const same = old.date === next.date && old.precision === next.precision;
  return {
    ...next,
    ...(old.note ? { note: old.note } : {}),
    ...(old.end && same && next.end === undefined ? { end: old.end } : {}),
  };
}

/**
 * An event changed in the form keeps its figures, further categories, linked claims, confidence note, date
 * note, each citation's date, and the citations past those the form shows.
 */
export function keepUnshown(existing: Event, shown: EventFields, citationsShown: number): EventFields {
  const citations = shown.citations.map((c, i) => {
    const date = existing.citations[i]?.date;
    return date ? { ...c, date } : c;
  });
  return {
    alsoCategories: existing.alsoCategories,
    figures: existing.figures,
    claimIds: existing.claimIds,
    ...(existing.confidenceNote ? { confidenceNote: existing.confidenceNote } : {}),
    ...shown,
    date: keepDateExtras(existing.date, shown.date as FuzzyDate),
    citations: [...citations, ...existing.citations.slice(citationsShown)],
  };
}
