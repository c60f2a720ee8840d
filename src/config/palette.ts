/**
 * One colour per source and per category, shared by every view and export.
 * Okabe–Ito first (colour-blind safe, distinct in greyscale print by lightness), then Paul Tol's
 * "muted" set for datasets with more sources than Okabe–Ito has colours.
 */

export const SOURCE_PALETTE = [
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#E69F00', // orange
  '#882255', // wine
  '#117733', // green
  '#332288', // indigo
  '#56B4E9', // sky blue: after the dark colours so it never sits beside blue in a small dataset
  '#999933', // olive
  '#AA4499', // purple
  '#44AA99', // teal
  '#661100', // brown
  '#6699CC', // steel
  '#888888', // grey
] as const;

/** A source's colour depends on its place in the dataset's source list, so it is stable per dataset. */
export function sourceColour(sourceIds: readonly string[], sourceId: string): string {
  const index = sourceIds.indexOf(sourceId);
  return SOURCE_PALETTE[(index < 0 ? sourceIds.length : index) % SOURCE_PALETTE.length] ?? '#888888';
}

/**
 * Colours for a dataset's categories that it does not colour itself, in the order they are handed out:
 * Okabe–Ito's and Paul Tol's colour-blind-safe sets (without black, and without the yellow that vanishes
 * on white), ordered so that each next colour is the one farthest from those before it for normal,
 * protan and deutan vision: any first twelve stay apart (palette.test.ts measures it). Past twelve some
 * pairs come close for colour-blind readers, and past sixteen colours repeat; labels tell them apart.
 */
export const CATEGORY_PALETTE = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#88CCEE', // cyan
  '#DDCC77', // sand
  '#332288', // indigo
  '#882255', // wine
  '#117733', // green
  '#CC79A7', // reddish purple
  '#999933', // olive
  '#D55E00', // vermillion
  '#56B4E9', // sky blue
  '#777777', // grey
  '#AA4499', // purple
  '#44AA99', // teal
  '#CC6677', // rose
] as const;
