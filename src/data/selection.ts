/** What the analyst has selected: one claim, event, place or source, shared by every panel. */
export type SelectionKind = 'claim' | 'event' | 'place' | 'source';

export interface Selection {
  kind: SelectionKind;
  id: string;
}

export const SELECTION_KINDS: readonly SelectionKind[] = ['claim', 'event', 'place', 'source'];

export function isSelected(selection: Selection | null, kind: SelectionKind, id: string): boolean {
  return selection !== null && selection.kind === kind && selection.id === id;
}
