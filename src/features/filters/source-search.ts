/** Finding sources by name in the filter rail's list (a real monitor's export has over a thousand). */
import type { Source } from '../../data/schema';

/** Case and accents set aside, words split at anything but letters and digits: "ZELENSKÝ" is "zelensky". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

/**
 * The sources whose name or short name has a word starting with each word of `query` ("zel" finds
 * Zelensky, "149" finds Source 149 but not Source 1149), in the dataset's order; an empty query keeps every
 * source. `folded` is each source's searchable text, folded once per dataset (see below).
 */
export function matchSources(
  sources: readonly Source[],
  folded: readonly string[],
  query: string,
): readonly Source[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return sources;
  return sources.filter((_, i) => {
    const text = ` ${folded[i] ?? ''}`;
    return words.every((w) => text.includes(` ${w}`));
  });
}

export function foldSources(sources: readonly Source[]): string[] {
  return sources.map((s) => foldForSearch(`${s.name} ${s.shortName}`));
}

/**
 * What "All sources" (or "All N matching") does: show every source in `scope` when any of them is hidden,
 * else hide them all. Sources outside the scope keep their state.
 */
export function toggleScope(hidden: readonly string[], scope: readonly string[]): string[] {
  const inScope = new Set(scope);
  const anyHidden = hidden.some((id) => inScope.has(id));
  if (anyHidden) return hidden.filter((id) => !inScope.has(id));
  return [...hidden, ...scope.filter((id) => !hidden.includes(id))];
}
