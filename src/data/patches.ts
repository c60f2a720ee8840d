/**
 * What validation changed in a parsed file, as a short list of patches.
 *
 * A large file is parsed twice at once: by the worker that validates it and by the page that will show it.
 * Validation returns the file almost unchanged (defaults filled in, text trimmed, claim positions added),
 * so instead of sending the whole validated dataset back (stringify, copy, parse again: most of a second
 * for 100,000 events) the worker sends what differs, and the page applies that to its own parse.
 */

export type PatchPath = (string | number)[];
/** Set the value at `path` (the root when the path is empty). */
export interface Patch {
  path: PatchPath;
  value: unknown;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function keysKept(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const key in a) if (!Object.hasOwn(b, key)) return false;
  return true;
}

/**
 * The patches that turn `from` into `to`, both trees of JSON values (`to` may hold `undefined` for a key
 * `from` lacks). Null when more than `limit` are needed: then sending `to` whole is as cheap.
 * Recursive: callers pass trees whose depth is already bounded (see `checkStructure`).
 */
export function diffPatches(from: unknown, to: unknown, limit = Infinity): Patch[] | null {
  const patches: Patch[] = [];
  const path: PatchPath = [];
  const walk = (a: unknown, b: unknown): boolean => {
    if (Object.is(a, b)) return true;
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
      for (let i = 0; i < b.length; i++) {
        path.push(i);
        const ok = walk(a[i], b[i]);
        path.pop();
        if (!ok) return false;
      }
      return true;
    }
    // A key `from` has and `to` lacks cannot be expressed as a set: then the whole object is replaced.
    if (isPlainObject(a) && isPlainObject(b) && keysKept(a, b)) {
      for (const key in b) {
        path.push(key);
        const ok = walk(a[key], b[key]);
        path.pop();
        if (!ok) return false;
      }
      return true;
    }
    patches.push({ path: [...path], value: b });
    return patches.length <= limit;
  };
  return walk(from, to) ? patches : null;
}

/** Applies patches made by `diffPatches` to `target` (changed in place); returns the patched root. */
export function applyPatches(target: unknown, patches: readonly Patch[]): unknown {
  let root = target;
  for (const { path, value } of patches) {
    if (path.length === 0) {
      root = value;
      continue;
    }
    let node = root as Record<string | number, unknown>;
    for (let i = 0; i < path.length - 1; i++) node = node[path[i] as string | number] as typeof node;
    node[path[path.length - 1] as string | number] = value;
  }
  return root;
}
