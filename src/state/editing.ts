/**
 * Editing is a mode: while it is off, nothing on screen can change the dataset. This store holds the mode,
 * the editing session of the dataset on screen (where it was copied from, its undo history), which editing
 * dialog is open, and what the article and the map hand to the editor: a chosen passage, a picked point.
 * The dataset itself stays in the query cache, as every other dataset does.
 */
import { create } from 'zustand';
import type { EditSession } from '../data/device-datasets';

/** A passage chosen in a document's text, for a new claim or to attach a flagged one again. */
export interface Passage {
  documentId: string;
  start: number;
  end: number;
  /** The claim to attach again to this passage; absent for a new claim. */
  claimId?: string;
}

export type EditorDialog =
  | { kind: 'new-dataset' }
  | { kind: 'contents' }
  | { kind: 'document'; id?: string }
  /** A claim to change (`id`), or a new one of a document whose quote is typed or pasted (`documentId`). */
  | { kind: 'claim'; id?: string; documentId?: string }
  | { kind: 'source'; id?: string }
  | { kind: 'event'; id?: string }
  | { kind: 'place'; id?: string };

/** A place form put aside while the analyst clicks the map for its point. */
export interface PlaceDraft {
  id?: string;
  values: Record<string, string>;
}

export type SaveState = 'saved' | 'saving' | 'failed';

export interface EditingState {
  editing: boolean;
  /** The editing session of the dataset on screen; null when it is not an editable dataset. */
  session: EditSession | null;
  dialog: EditorDialog | null;
  passage: Passage | null;
  /** The place form waiting for a point on the map, while the map is being clicked. */
  picking: PlaceDraft | null;
  /** The place form's values handed back by the map, read once by the form when it opens again. */
  placeDraft: PlaceDraft | null;
  saveState: SaveState;
  setEditing: (editing: boolean) => void;
  setSession: (session: EditSession | null) => void;
  openDialog: (dialog: EditorDialog | null) => void;
  choosePassage: (passage: Passage | null) => void;
  startPicking: (draft: PlaceDraft) => void;
  /** The map was clicked: the place form comes back with the point filled in. */
  picked: (point: { lat: number; lon: number } | null) => void;
  setSaveState: (state: SaveState) => void;
}

const round = (v: number) => String(Math.round(v * 1e5) / 1e5);

type Data = Pick<
  EditingState,
  'editing' | 'session' | 'dialog' | 'passage' | 'picking' | 'placeDraft' | 'saveState'
>;

const INITIAL: Data = {
  editing: false,
  session: null,
  dialog: null,
  passage: null,
  picking: null,
  placeDraft: null,
  saveState: 'saved',
};

export const useEditingStore = create<EditingState>()((set, get) => ({
  ...INITIAL,
  setEditing: (editing) =>
    set(editing ? { editing } : { editing, dialog: null, passage: null, picking: null, placeDraft: null }),
  setSession: (session) => set({ session }),
  openDialog: (dialog) => set({ dialog }),
  choosePassage: (passage) => set({ passage }),
  startPicking: (draft) => set({ picking: draft, dialog: null }),
  picked: (point) => {
    const draft = get().picking;
    if (!draft) return;
    const values = point ? { ...draft.values, lat: round(point.lat), lon: round(point.lon) } : draft.values;
    set({
      picking: null,
      dialog: { kind: 'place', ...(draft.id ? { id: draft.id } : {}) },
      placeDraft: { ...draft, values },
    });
  },
  setSaveState: (saveState) => set({ saveState }),
}));

/** The place form's values handed back by the map, read once by the form. */
export function takePlaceDraft(): PlaceDraft | null {
  const draft = useEditingStore.getState().placeDraft;
  useEditingStore.setState({ placeDraft: null });
  return draft;
}

export function resetEditingStore(): void {
  useEditingStore.setState(INITIAL);
}
