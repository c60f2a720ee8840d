/** Ids from words: "Zelensky on X!" → "zelensky-on-x"; accents dropped, anything else made a hyphen. */
export function slugify(words: string, maxLength = 60): string {
  const slug = words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug;
}

/** `base`, or `base-2`, `base-3`… the first not taken; `fallback` when the words give no letters. */
export function uniqueId(base: string, taken: ReadonlySet<string>, fallback = 'item'): string {
  const root = base || fallback;
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) if (!taken.has(`${root}-${n}`)) return `${root}-${n}`;
}
