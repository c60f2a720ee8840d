/**
 * From any file Claimscope has written to the canonical dataset every view reads, in two named steps:
 *  - `migrate`: a file of an older schema version is reshaped into the current one, before it is checked
 *    (one pure function per version step, as excalidraw restores old scenes);
 *  - `normalise`: a checked dataset gets what the schema leaves to defaults computed from other fields —
 *    category colours, source short names, claim positions in their document.
 * Nothing here decides whether a file is valid: validate.ts does, on what `migrate` returns.
 */
import { CATEGORY_PALETTE } from '../config/palette';
import { findQuote } from './anchor';
import { LIMITS } from './limits';
import { SCHEMA_VERSION, type Category, type ParsedDataset, type Source } from './schema';

/** The schema versions this app reads; it writes only the current one. */
export const READABLE_VERSIONS = [1, SCHEMA_VERSION] as const;

type Raw = Record<string, unknown>;

const isRecord = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v);

export type Migrated =
  { ok: true; value: unknown; from: number } | { ok: false; field: string; message: string };

/**
 * A file of any readable version, reshaped into the current version. A file without a version, or of a
 * version not listed, is passed on unchanged for the schema to word its problem, except a newer one: that
 * needs a newer Claimscope, and saying so is the only useful message.
 */
export function migrate(raw: Raw): Migrated {
  const version = raw.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
    return {
      ok: false,
      field: 'schemaVersion',
      message:
        `is ${version}: the file was written by a newer version of Claimscope. This version reads ` +
        `schema versions ${READABLE_VERSIONS.join(' and ')}; open the file in a newer Claimscope, or ` +
        `export it from there as version ${SCHEMA_VERSION}.`,
    };
  }
  if (version === 1) return { ok: true, value: migrateV1toV2(raw), from: 1 };
  return { ok: true, value: raw, from: typeof version === 'number' ? version : SCHEMA_VERSION };
}

/**
 * Version 1 had exactly one article and a fixed list of eight categories. Its categories and colours are
 * declared here, as version 1 fixed them, so a version 1 file looks as it always did.
 */
const V1_CATEGORIES: readonly Category[] = [
  { id: 'deployment', label: 'Deployment', colour: '#0072B2' },
  { id: 'equipment', label: 'Equipment', colour: '#E69F00' },
  { id: 'pact', label: 'Pact', colour: '#CC79A7' },
  { id: 'casualty-estimate', label: 'Casualty estimate', colour: '#D55E00' },
  { id: 'identity', label: 'Identity', colour: '#009E73' },
  { id: 'border', label: 'Border', colour: '#56B4E9' },
  { id: 'assessment', label: 'Assessment', colour: '#666666' },
  { id: 'acknowledgement', label: 'Acknowledgement', colour: '#332288' },
];
/** Version 1 opened its chart on this measure and drew this one for scale, when a dataset had them. */
const V1_DEFAULT_MEASURE = 'killed-wounded';
const V1_REFERENCE_MEASURE = 'troops-deployed';
/** The id the one article of a version 1 file gets as a document. */
export const V1_ARTICLE_ID = 'article';

/**
 * Version 1 → 2. The article becomes the one document (a news report, its date known to the day, with the
 * confidence and reasoning version 1 gave) and every claim cites it; the eight categories are declared.
 * Fields are moved only where they are there: a broken version 1 file stays broken, and its problems are
 * reported against the places they now have (`articlePath` names them as version 1 did).
 */
function migrateV1toV2(v1: Raw): Raw {
  const { article, claims, measures, ...rest } = v1;
  const out: Raw = { ...rest, schemaVersion: 2, categories: V1_CATEGORIES };
  if (isRecord(article)) {
    const { date, ...fields } = article;
    out.documents = [
      {
        id: V1_ARTICLE_ID,
        kind: 'news-report',
        ...fields,
        ...(date === undefined ? {} : { date: { date, precision: 'day' } }),
      },
    ];
  } else if (article !== undefined) {
    out.documents = article;
  }
  if (measures !== undefined) out.measures = measures;
  if (Array.isArray(measures)) {
    const has = (id: string) => measures.some((m) => isRecord(m) && m.id === id);
    if (has(V1_DEFAULT_MEASURE)) out.defaultMeasure = V1_DEFAULT_MEASURE;
    if (has(V1_REFERENCE_MEASURE)) out.referenceMeasure = V1_REFERENCE_MEASURE;
  }
  if (Array.isArray(claims)) {
    out.claims = claims.map((c) => (isRecord(c) ? { ...c, documentId: V1_ARTICLE_ID } : c));
  } else if (claims !== undefined) {
    out.claims = claims;
  }
  return out;
}

/** A problem found in a migrated version 1 file, named where version 1 had it: `documents[0]` was `article`. */
export function articlePath(path: string): string {
  return path.replace(/^documents\[0\](?=\.|$)/, 'article');
}

/**
 * Colours for categories the file gives none: the palette's colours in order, skipping those the file
 * already gave, so a category keeps its colour across reloads and two categories share one only past the
 * palette's length.
 */
export function assignCategoryColours(
  categories: readonly ParsedDataset['categories'][number][],
): Category[] {
  const taken = new Set(categories.flatMap((c) => (c.colour ? [c.colour.toLowerCase()] : [])));
  const free = CATEGORY_PALETTE.filter((c) => !taken.has(c.toLowerCase()));
  const pool = free.length > 0 ? free : CATEGORY_PALETTE;
  let next = 0;
  return categories.map((c) => {
    if (c.colour) return c as Category;
    const colour = pool[next % pool.length] ?? '#666666';
    next += 1;
    return { ...c, colour };
  });
}

/** "Joint Chiefs of Staff of South Korea" → itself when short enough, else cut at a word and marked "…". */
export function shortNameOf(name: string): string {
  if (name.length <= LIMITS.shortName) return name;
  const cut = name.slice(0, LIMITS.shortName - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > LIMITS.shortName / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function normaliseSources(sources: ParsedDataset['sources']): Source[] {
  return sources.map((s) => (s.shortName ? (s as Source) : { ...s, shortName: shortNameOf(s.name) }));
}

/**
 * Claim positions: a claim quoting a document with text gets the position of its quote (the match its
 * anchor points to, else the first, unless the file gave one); a claim of a document without text, or a
 * detached one, has none. The checks have passed, so every other quote is there.
 */
function normaliseClaims(data: ParsedDataset): ParsedDataset['claims'] {
  const texts = new Map(data.documents.map((d) => [d.id, d.text]));
  return data.claims.map((claim) => {
    const text = texts.get(claim.documentId);
    if (text === undefined) {
      if (!claim.position) return claim;
      const rest = { ...claim };
      delete rest.position;
      return rest;
    }
    if (claim.position || claim.anchor?.detached) return claim;
    // The anchor tells which occurrence is meant when the quote is in the text more than once.
    const span = findQuote(text, claim.quote, claim.anchor) ?? { start: -1, end: -1 };
    return { ...claim, position: span };
  });
}

/** The canonical dataset: a checked file with the defaults that depend on other fields filled in. */
export function normalise<T extends ParsedDataset>(
  data: T,
): Omit<T, 'categories' | 'sources'> & { categories: Category[]; sources: Source[] } {
  return {
    ...data,
    categories: assignCategoryColours(data.categories),
    sources: normaliseSources(data.sources),
    claims: normaliseClaims(data),
  };
}
