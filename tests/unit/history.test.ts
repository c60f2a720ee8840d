import { describe, expect, it } from 'vitest';
import { EMPTY_HISTORY, record, type History } from '../../src/lib/history';
import { immer, redo, undo } from '../../src/lib/patches';

interface Doc {
  items: string[];
  title: string;
}

function change(history: History, doc: Doc, label: string, recipe: (d: Doc) => void) {
  const [next, patches, inverse] = immer.produceWithPatches(doc, recipe);
  return { doc: next, history: record(history, { label, patches, inverse }) };
}

describe('undo history of patches', () => {
  const start: Doc = { items: [], title: 'A' };
  const one = change(EMPTY_HISTORY, start, 'Add x', (d) => void d.items.push('x'));
  const two = change(one.history, one.doc, 'Rename', (d) => void (d.title = 'B'));

  it('undoes the last step, then the one before, back to the start', () => {
    const back = undo(two.history, two.doc);
    expect(back?.state).toEqual({ items: ['x'], title: 'A' });
    expect(back?.step.label).toBe('Rename');
    const again = back && undo(back.history, back.state);
    expect(again?.state).toEqual(start);
    expect(again && undo(again.history, again.state)).toBeNull();
  });

  it('redoes what was undone, in order', () => {
    const back = undo(two.history, two.doc);
    const back2 = back && undo(back.history, back.state);
    const fwd = back2 && redo(back2.history, back2.state);
    expect(fwd?.state).toEqual({ items: ['x'], title: 'A' });
    const fwd2 = fwd && redo(fwd.history, fwd.state);
    expect(fwd2?.state).toEqual(two.doc);
    expect(fwd2 && redo(fwd2.history, fwd2.state)).toBeNull();
  });

  it('drops what could be redone once a new change is made', () => {
    const back = undo(two.history, two.doc);
    if (!back) throw new Error('nothing to undo');
    const branched = change(back.history, back.state, 'Add y', (d) => void d.items.push('y'));
    expect(branched.history.future).toEqual([]);
    expect(branched.history.past.map((s) => s.label)).toEqual(['Add x', 'Add y']);
  });

  it('keeps at most the given number of steps, the oldest dropped first', () => {
    let h = EMPTY_HISTORY;
    for (let i = 0; i < 5; i++) h = record(h, { label: `s${i}`, patches: [], inverse: [] }, 3);
    expect(h.past.map((s) => s.label)).toEqual(['s2', 's3', 's4']);
  });

  it('keeps steps that survive a trip through storage (structured clone)', () => {
    const stored = structuredClone(two.history);
    expect(undo(stored, two.doc)?.state).toEqual({ items: ['x'], title: 'A' });
  });
});
