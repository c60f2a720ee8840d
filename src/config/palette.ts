/**
 * One colour per source and per category, shared by every view and export.
 * Okabe–Ito first (colour-blind safe, distinct in greyscale print by lightness), then Paul Tol's
 * "muted" set for datasets with more sources than Okabe–Ito has colours.
 */
import type { Category, Origin } from '../data/schema';

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

export const CATEGORY_COLOUR: Record<Category, string> = {
  deployment: '#0072B2',
  equipment: '#E69F00',
  pact: '#CC79A7',
  'casualty-estimate': '#D55E00',
  identity: '#009E73',
  border: '#56B4E9',
  assessment: '#666666',
  acknowledgement: '#332288',
};

/** Origin is told apart by shape as well as colour (filled, outlined, hatched) in every view. */
export const ORIGIN_STYLE: Record<Origin, { fill: boolean; dash?: string }> = {
  article: { fill: true },
  context: { fill: false },
  'later-context': { fill: false, dash: '3 2' },
};
