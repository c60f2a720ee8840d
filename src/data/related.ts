/**
 * What a selection touches across the dataset, so every panel highlights the same things:
 * a claim → its places, the events that cite it; an event → its claims and places; a place → the claims
 * and events located there; a source → its claims and the events it reported.
 */
import type { Selection } from './selection';
import type { Dataset } from './validate';

export interface Related {
  claimIds: ReadonlySet<string>;
  eventIds: ReadonlySet<string>;
  placeIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
}

const EMPTY: Related = {
  claimIds: new Set(),
  eventIds: new Set(),
  placeIds: new Set(),
  sourceIds: new Set(),
};

export function relatedTo(dataset: Dataset, selection: Selection | null): Related {
  if (!selection) return EMPTY;
  const claimIds = new Set<string>();
  const eventIds = new Set<string>();
  const placeIds = new Set<string>();
  const sourceIds = new Set<string>();
  const { id } = selection;
  switch (selection.kind) {
    case 'claim': {
      const claim = dataset.claims.find((c) => c.id === id);
      if (!claim) break;
      claimIds.add(id);
      sourceIds.add(claim.sourceId);
      claim.placeIds.forEach((p) => placeIds.add(p));
      for (const e of dataset.events) if (e.claimIds.includes(id)) eventIds.add(e.id);
      break;
    }
    case 'event': {
      const event = dataset.events.find((e) => e.id === id);
      if (!event) break;
      eventIds.add(id);
      event.claimIds.forEach((c) => claimIds.add(c));
      event.placeIds.forEach((p) => placeIds.add(p));
      event.sourceIds.forEach((s) => sourceIds.add(s));
      break;
    }
    case 'place': {
      placeIds.add(id);
      for (const c of dataset.claims) if (c.placeIds.includes(id)) claimIds.add(c.id);
      for (const e of dataset.events) if (e.placeIds.includes(id)) eventIds.add(e.id);
      break;
    }
    case 'source': {
      sourceIds.add(id);
      for (const c of dataset.claims) if (c.sourceId === id) claimIds.add(c.id);
      for (const e of dataset.events) if (e.sourceIds.includes(id)) eventIds.add(e.id);
      break;
    }
  }
  return { claimIds, eventIds, placeIds, sourceIds };
}
