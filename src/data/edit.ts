/**
 * Every change an analyst makes to a dataset in the app, as pure operations on the canonical dataset. Each
 * returns the new dataset with the immer patches that make it and undo it, or says why it was refused; a
 * refused change leaves the dataset as it was. Rows are checked by their zod schema and every reference
 * they make must resolve, so a dataset edited here stays a valid file.
 */
import type { Patch } from 'immer';
import type { z } from 'zod';
import { immer } from '../lib/patches';
import { slugify, uniqueId } from '../lib/slug';
import { anchorAt, findQuote, type Span } from './anchor';
import {
  CategorySchema,
  ClaimSchema,
  DocumentSchema,
  EventSchema,
  MeasureSchema,
  PlaceSchema,
  SCHEMA_VERSION,
  SourceSchema,
  type Claim,
  type Event,
  type Place,
  type SourceInput,
} from './schema';
import { restoreRow, rowProblems } from './row-check';
import { shortNameOf } from './restore';
import type { Dataset } from './validate';

export type EditResult =
  | {
      ok: true;
      dataset: Dataset;
      patches: Patch[];
      inverse: Patch[];
      /** The id of a row the change created or changed. */
      id: string;
      /** What the analyst must be told beside the change (claims detached by a text edit). */
      notice?: string;
    }
  | { ok: false; message: string };

type Recipe = (draft: Dataset) => { id: string; notice?: string } | string;

function edit(dataset: Dataset, recipe: Recipe): EditResult {
  let outcome: { id: string; notice?: string } | string = '';
  const [next, patches, inverse] = immer.produceWithPatches(dataset, (draft: Dataset) => {
    outcome = recipe(draft);
    // A refusal leaves nothing changed: immer ignores a draft returned as it came.
    if (typeof outcome === 'string') return;
  });
  if (typeof outcome === 'string') return { ok: false, message: outcome };
  const done: { id: string; notice?: string } = outcome;
  return { ok: true, dataset: next, patches, inverse, ...done };
}

/**
 * Several operations as one change (one undo step): a new source, its category and the claim that needs
 * them. Each runs on the result of the one before and is handed the ids made so far; the first refusal
 * refuses the whole change.
 */
export function sequence(
  dataset: Dataset,
  ops: ReadonlyArray<(current: Dataset, made: readonly string[]) => EditResult>,
): EditResult {
  let current = dataset;
  const made: string[] = [];
  const patches: Patch[] = [];
  const inverse: Patch[] = [];
  const notices: string[] = [];
  for (const op of ops) {
    const result = op(current, made);
    if (!result.ok) return result;
    current = result.dataset;
    made.push(result.id);
    patches.push(...result.patches);
    inverse.unshift(...result.inverse);
    if (result.notice) notices.push(result.notice);
  }
  const id = made.at(-1);
  if (id === undefined) return { ok: false, message: 'nothing to change' };
  return {
    ok: true,
    dataset: current,
    patches,
    inverse,
    id,
    ...(notices.length > 0 ? { notice: notices.join(' ') } : {}),
  };
}

const ids = (rows: ReadonlyArray<{ id: string }>) => new Set(rows.map((r) => r.id));

/** The first problem of a row as one sentence: "quote: is too short". */
function refuse<T>(schema: z.ZodType<T>, row: unknown): string | null {
  const problem = rowProblems(schema, row)[0];
  return problem ? `${problem.field ? `${problem.field}: ` : ''}${problem.message}` : null;
}

function missing(list: ReadonlySet<string>, wanted: readonly string[], noun: string): string | null {
  const absent = wanted.find((id) => !list.has(id));
  return absent === undefined ? null : `refers to ${noun} "${absent}", which the dataset does not have`;
}

/** A new dataset: its id made from its title, version 1.0.0, nothing in it yet. */
export function createDataset(input: { title: string; description: string; region?: string }): Dataset {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: slugify(input.title) || 'dataset',
    version: '1.0.0',
    title: input.title.trim(),
    description: input.description.trim(),
    ...(input.region?.trim() ? { region: input.region.trim() } : {}),
    documents: [],
    categories: [],
    sources: [],
    measures: [],
    claims: [],
    events: [],
    places: [],
    notes: [],
  };
}

export type DocumentFields = Omit<z.input<typeof DocumentSchema>, 'id'>;

/** Text as the app keeps it: one kind of line end, so offsets mean the same on every system. */
export const normaliseText = (text: string) => text.replace(/\r\n?/g, '\n');

export function addDocument(dataset: Dataset, fields: DocumentFields): EditResult {
  return edit(dataset, (d) => {
    const id = uniqueId(`d-${slugify(fields.title, 50)}`, ids(d.documents), 'document');
    const row = { ...fields, id, ...(fields.text ? { text: normaliseText(fields.text) } : {}) };
    const problem = refuse(DocumentSchema, row);
    if (problem) return problem;
    d.documents.push(restoreRow(DocumentSchema, row));
    return { id };
  });
}

/**
 * A document changed. When its text changes, each of its claims is found again by its words and anchor
 * (the highlight follows the words); a claim whose words are gone is detached and flagged, never moved.
 */
export function updateDocument(dataset: Dataset, id: string, fields: DocumentFields): EditResult {
  return edit(dataset, (d) => {
    const index = d.documents.findIndex((doc) => doc.id === id);
    if (index < 0) return `the document "${id}" is not in the dataset`;
    const row = { ...fields, id, ...(fields.text ? { text: normaliseText(fields.text) } : {}) };
    const problem = refuse(DocumentSchema, row);
    if (problem) return problem;
    const next = restoreRow(DocumentSchema, row);
    d.documents[index] = next;
    const detached: string[] = [];
    for (const claim of d.claims) {
      if (claim.documentId !== id) continue;
      if (next.text === undefined) {
        delete claim.position;
        continue;
      }
      const span = claim.anchor?.detached
        ? null
        : findQuote(next.text, claim.quote, claim.anchor, claim.position?.start);
      if (span) {
        claim.position = span;
        claim.anchor = anchorAt(next.text, span);
      } else {
        if (!claim.anchor?.detached) detached.push(claim.id);
        delete claim.position;
        claim.anchor = { ...(claim.anchor ?? { prefix: '', suffix: '' }), detached: true };
      }
    }
    return {
      id,
      ...(detached.length > 0
        ? {
            notice:
              `${detached.length === 1 ? 'One claim quotes' : `${detached.length} claims quote`} words no ` +
              `longer in the edited text (${detached.join(', ')}): flagged, not moved. Choose the passage ` +
              'again or undo the edit.',
          }
        : {}),
    };
  });
}

export function removeDocument(dataset: Dataset, id: string): EditResult {
  return edit(dataset, (d) => {
    const cited = d.claims.filter((c) => c.documentId === id).length;
    if (cited > 0)
      return `${cited} claim${cited === 1 ? ' cites' : 's cite'} this document: delete them first`;
    d.documents = d.documents.filter((doc) => doc.id !== id);
    return { id };
  });
}

export type ClaimFields = Omit<z.input<typeof ClaimSchema>, 'id' | 'position' | 'anchor'>;

function placeClaim(d: Dataset, row: ClaimFields & { id: string }, span?: Span): Claim | string {
  const doc = d.documents.find((x) => x.id === row.documentId);
  if (!doc) return `refers to document "${row.documentId}", which the dataset does not have`;
  const base = { ...row };
  let claim: Record<string, unknown> = base;
  if (doc.text !== undefined) {
    const at =
      span && doc.text.slice(span.start, span.end) === row.quote ? span : findQuote(doc.text, row.quote);
    if (!at) return 'quote: is not found word for word in the document’s text';
    claim = { ...base, position: at, anchor: anchorAt(doc.text, at) };
  }
  const problem =
    refuse(ClaimSchema, claim) ??
    missing(ids(d.sources), [row.sourceId], 'source') ??
    missing(ids(d.categories), [row.category], 'category') ??
    missing(ids(d.places), row.placeIds ?? [], 'place') ??
    (row.figure ? missing(ids(d.measures), [row.figure.measure], 'measure') : null);
  return problem ?? restoreRow(ClaimSchema, claim);
}

/** Claims are numbered as they are made: c-1, c-2… (ids never reused, so an undo never renames one). */
function nextClaimId(d: Dataset): string {
  const taken = ids(d.claims);
  let n = d.claims.length + 1;
  while (taken.has(`c-${n}`)) n += 1;
  return `c-${n}`;
}

/** A claim quoting `span` of its document's text (or its quote as cited, for a document without text). */
export function addClaim(dataset: Dataset, fields: ClaimFields, span?: Span): EditResult {
  return edit(dataset, (d) => {
    const id = nextClaimId(d);
    const claim = placeClaim(d, { ...fields, id }, span);
    if (typeof claim === 'string') return claim;
    d.claims.push(claim);
    return { id };
  });
}

/** A claim changed; `span` when its passage was chosen again (which also clears a detached flag). */
export function updateClaim(dataset: Dataset, id: string, fields: ClaimFields, span?: Span): EditResult {
  return edit(dataset, (d) => {
    const index = d.claims.findIndex((c) => c.id === id);
    const old = d.claims[index];
    if (!old) return `the claim "${id}" is not in the dataset`;
    if (old.anchor?.detached && !span && fields.quote === old.quote) {
      // Still detached: its words stay as they were, with no place in the text.
      const problem = refuse(ClaimSchema, { ...fields, id, anchor: old.anchor });
      if (problem) return problem;
      d.claims[index] = restoreRow(ClaimSchema, { ...fields, id, anchor: old.anchor });
      return { id };
    }
    const claim = placeClaim(d, { ...fields, id }, span ?? old.position);
    if (typeof claim === 'string') return claim;
    d.claims[index] = claim;
    return { id };
  });
}

export function removeClaim(dataset: Dataset, id: string): EditResult {
  return edit(dataset, (d) => {
    if (!d.claims.some((c) => c.id === id)) return `the claim "${id}" is not in the dataset`;
    d.claims = d.claims.filter((c) => c.id !== id);
    for (const e of d.events) if (e.claimIds.includes(id)) e.claimIds = e.claimIds.filter((x) => x !== id);
    for (const n of d.notes) if (n.claimIds.includes(id)) n.claimIds = n.claimIds.filter((x) => x !== id);
    if (d.analystJudgements) {
      d.analystJudgements.claims = d.analystJudgements.claims.filter((j) => j.claimId !== id);
    }
    return { id };
  });
}

export type SourceFields = Omit<SourceInput, 'id' | 'shortName'> & { shortName?: string };

/** A source added (no `id`) or changed. */
export function saveSource(dataset: Dataset, fields: SourceFields, id?: string): EditResult {
  return edit(dataset, (d) => {
    const sourceId = id ?? uniqueId(slugify(fields.name, 50), ids(d.sources), 'source');
    const problem = refuse(SourceSchema, { ...fields, id: sourceId });
    if (problem) return problem;
    const row = restoreRow(SourceSchema, { ...fields, id: sourceId });
    const source = { ...row, shortName: row.shortName ?? shortNameOf(row.name) };
    const index = d.sources.findIndex((s) => s.id === sourceId);
    if (index >= 0) d.sources[index] = source;
    else if (id) return `the source "${id}" is not in the dataset`;
    else d.sources.push(source);
    return { id: sourceId };
  });
}

/** Who refers to a row, in words, for a refusal: "claims c-1, c-3". */
function usedBy(d: Dataset, kind: 'source' | 'place', id: string): string | null {
  const claims = d.claims
    .filter((c) => (kind === 'source' ? c.sourceId === id : c.placeIds.includes(id)))
    .map((c) => c.id);
  const events = d.events
    .filter((e) =>
      kind === 'source'
        ? e.sourceIds.includes(id) || e.figures.some((f) => f.sourceId === id)
        : e.placeIds.includes(id),
    )
    .map((e) => e.id);
  const parts = [
    claims.length > 0 ? `claim${claims.length === 1 ? '' : 's'} ${claims.join(', ')}` : '',
    events.length > 0 ? `event${events.length === 1 ? '' : 's'} ${events.join(', ')}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' and ') : null;
}

export function removeSource(dataset: Dataset, id: string): EditResult {
  return edit(dataset, (d) => {
    const users = usedBy(d, 'source', id);
    if (users) return `${users} cite this source: change or delete them first`;
    d.sources = d.sources.filter((s) => s.id !== id);
    if (d.analystJudgements) {
      d.analystJudgements.sources = d.analystJudgements.sources.filter((j) => j.sourceId !== id);
    }
    return { id };
  });
}

/** A measure added from the words of a figure ("Killed and wounded", counted in troops). */
export function addMeasure(dataset: Dataset, fields: { label: string; unit: string }): EditResult {
  return edit(dataset, (d) => {
    const id = uniqueId(slugify(fields.label, 50), ids(d.measures), 'measure');
    const problem = refuse(MeasureSchema, { ...fields, id });
    if (problem) return problem;
    d.measures.push(restoreRow(MeasureSchema, { ...fields, id }));
    // The chart opens on the first measure the analyst writes a figure for.
    d.defaultMeasure ??= id;
    return { id };
  });
}

export function addCategory(dataset: Dataset, fields: { label: string }): EditResult {
  return edit(dataset, (d) => {
    const id = uniqueId(slugify(fields.label, 50), ids(d.categories), 'category');
    const problem = refuse(CategorySchema, { ...fields, id });
    if (problem) return problem;
    const taken = new Set(d.categories.map((c) => c.colour.toLowerCase()));
    d.categories.push({ ...restoreRow(CategorySchema, { ...fields, id }), colour: freeColour(taken) });
    return { id };
  });
}

/** Colour-blind-safe (Okabe–Ito), handed out in order, skipping colours already used. */
const CATEGORY_COLOURS = ['#0072B2', '#E69F00', '#CC79A7', '#D55E00', '#009E73', '#56B4E9', '#666666'];
function freeColour(taken: ReadonlySet<string>): string {
  return CATEGORY_COLOURS.find((c) => !taken.has(c.toLowerCase())) ?? '#666666';
}

export type EventFields = Omit<z.input<typeof EventSchema>, 'id'>;

export function saveEvent(dataset: Dataset, fields: EventFields, id?: string): EditResult {
  return edit(dataset, (d) => {
    const eventId =
      id ?? uniqueId(`e-${fields.date.date}-${slugify(fields.description, 30)}`, ids(d.events), 'event');
    const row = { ...fields, id: eventId };
    const parsed = row as Event;
    const problem =
      refuse(EventSchema, row) ??
      missing(ids(d.categories), [parsed.category, ...(parsed.alsoCategories ?? [])], 'category') ??
      missing(ids(d.sources), parsed.sourceIds, 'source') ??
      missing(ids(d.places), parsed.placeIds ?? [], 'place') ??
      missing(ids(d.claims), parsed.claimIds ?? [], 'claim') ??
      ((parsed.origin === 'context' || parsed.origin === 'later-context') && parsed.citations.length === 0
        ? 'citations: a context event must cite at least one source'
        : null);
    if (problem) return problem;
    const event = restoreRow(EventSchema, row);
    const index = d.events.findIndex((e) => e.id === eventId);
    if (index >= 0) d.events[index] = event;
    else if (id) return `the event "${id}" is not in the dataset`;
    else d.events.push(event);
    return { id: eventId };
  });
}

export function removeEvent(dataset: Dataset, id: string): EditResult {
  return edit(dataset, (d) => {
    if (!d.events.some((e) => e.id === id)) return `the event "${id}" is not in the dataset`;
    d.events = d.events.filter((e) => e.id !== id);
    for (const n of d.notes) if (n.eventIds.includes(id)) n.eventIds = n.eventIds.filter((x) => x !== id);
    return { id };
  });
}

export type PlaceFields = Omit<Place, 'id'>;

export function savePlace(dataset: Dataset, fields: PlaceFields, id?: string): EditResult {
  return edit(dataset, (d) => {
    const placeId = id ?? uniqueId(`p-${slugify(fields.name, 50)}`, ids(d.places), 'place');
    const problem = refuse(PlaceSchema, { ...fields, id: placeId });
    if (problem) return problem;
    const place = restoreRow(PlaceSchema, { ...fields, id: placeId });
    const index = d.places.findIndex((p) => p.id === placeId);
    if (index >= 0) d.places[index] = place;
    else if (id) return `the place "${id}" is not in the dataset`;
    else d.places.push(place);
    return { id: placeId };
  });
}

export function removePlace(dataset: Dataset, id: string): EditResult {
  return edit(dataset, (d) => {
    const users = usedBy(d, 'place', id);
    if (users) return `${users} name this place: change or delete them first`;
    d.places = d.places.filter((p) => p.id !== id);
    return { id };
  });
}

/** "1.4.2" → "1.5.0": a changed dataset written out is a new edition, told apart by its version. */
export function nextVersion(version: string): string {
  const [major = 1, minor = 0] = version.split('.').map(Number);
  return `${major}.${minor + 1}.0`;
}

export function setVersion(dataset: Dataset, version: string): EditResult {
  return edit(dataset, (d) => {
    d.version = version;
    return { id: d.id };
  });
}
