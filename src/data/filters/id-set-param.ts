/**
 * A set of a dimension's ids (hidden sources, shown categories or places) in one URL parameter, written
 * whichever of three ways is shortest (the ids by name while they are nearly as short), so a link stays short on a dataset of thousands of sources and
 * places (a browser, a chat or a mail client may cut a long one):
 *
 * - `a,b,c`   the ids themselves: the form every earlier link used, read exactly as before (unknown ids are
 *             dropped when the value is clamped into the data);
 * - `!a,b`    every id of the dataset except these (so `hide=!` hides every source);
 * - `~1…`     version 1 of a compact form: positions in the dataset's ids sorted by code unit, in base64url
 *             (lib/position-set.ts), behind a fingerprint of that sorted list.
 *
 * Ids start with a letter or digit (schema.ts), so the markers cannot be read as an id. The compact form
 * means nothing without the exact list it indexes, and the `!` form turns into a different set when an id
 * it names has gone: a value of either that does not fit the dataset opened is a misfit, which the caller
 * shows as everything, with a notice, rather than as some other set.
 */
import { z } from 'zod';
import { decodePositions, encodePositions, fingerprint } from '../../lib/position-set';
import { listOf, MAX_PARAM_LENGTH } from './url-params';

const COMPACT = '~1';
const EXCEPT = '!';
/** Ids an analyst can read ("hide=Reuters,TASS") are kept while they are at most this much longer. */
const READABLE_MARGIN = 20;

/**
 * Anything is read as a list of ids as before, except a compact value that is not base64url after its
 * marker: that is garbage, read as absent. (A compact value of a version this app does not know is let
 * through, and then does not fit.)
 */
export const idSetParam = () =>
  z
    .string()
    .max(MAX_PARAM_LENGTH)
    .refine((v) => !v.startsWith('~') || /^~[A-Za-z0-9_-]+$/.test(v))
    .optional()
    .catch(undefined);

interface SortedIds {
  sorted: readonly string[];
  /** Each id's place in `sorted`. */
  rank: ReadonlyMap<string, number>;
  tag: number;
}

const sortedCache = new WeakMap<readonly string[], SortedIds>();

/** Sorted so a dataset that lists the same ids in another order reads the same links. */
function sortedIds(ids: readonly string[]): SortedIds {
  let cached = sortedCache.get(ids);
  if (!cached) {
    const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    cached = {
      sorted,
      rank: new Map(sorted.map((id, i) => [id, i])),
      tag: fingerprint(sorted.join(',')),
    };
    sortedCache.set(ids, cached);
  }
  return cached;
}

/** The value for a set of `ids` (the dataset's, in any order): null for the empty set. */
export function writeIdSet(chosen: readonly string[], ids: readonly string[]): string | null {
  if (chosen.length === 0) return null;
  const { sorted, rank, tag } = sortedIds(ids);
  const members = new Uint8Array(sorted.length);
  for (const id of chosen) {
    const at = rank.get(id);
    if (at !== undefined) members[at] = 1;
  }
  const chosenSet = new Set(chosen);
  const named = [chosen.join(','), EXCEPT + ids.filter((id) => !chosenSet.has(id)).join(',')];
  const readable = named.reduce((best, c) => (c.length < best.length ? c : best));
  const compact = COMPACT + encodePositions(members, tag);
  return readable.length <= compact.length + READABLE_MARGIN ? readable : compact;
}

export type IdSetRead = { ok: true; ids: string[] } | { ok: false };

/**
 * The ids a value names, against the dataset's `ids`. A plain list is returned as given (clamping drops
 * what the data lacks, as it always has); a compact or `!` value that does not fit is `{ ok: false }`.
 */
export function readIdSet(value: string | undefined, ids: readonly string[]): IdSetRead {
  if (value === undefined) return { ok: true, ids: [] };
  if (value.startsWith('~')) {
    if (!value.startsWith(COMPACT)) return { ok: false };
    const { sorted, tag } = sortedIds(ids);
    const members = decodePositions(value.slice(COMPACT.length), sorted.length, tag);
    return members ? { ok: true, ids: sorted.filter((_, i) => members[i] === 1) } : { ok: false };
  }
  if (value.startsWith(EXCEPT)) {
    const { rank } = sortedIds(ids);
    const except = listOf(value.slice(EXCEPT.length));
    if (except.some((id) => !rank.has(id))) return { ok: false };
    const set = new Set(except);
    return { ok: true, ids: ids.filter((id) => !set.has(id)) };
  }
  return { ok: true, ids: listOf(value) };
}
