import { describe, expect, it } from 'vitest';
import { labelBox, pickLabels, rankLimit, type LabelCandidate } from '../../src/features/map/labels';

describe('rankLimit', () => {
  it('labels only the largest towns at low zoom and every town when zoomed in', () => {
    expect(rankLimit(5)).toBe(1);
    expect(rankLimit(8)).toBe(3);
    expect(rankLimit(13)).toBe(5);
    for (let z = 5; z < 13; z += 0.5) expect(rankLimit(z + 0.5)).toBeGreaterThanOrEqual(rankLimit(z));
  });
});

describe('pickLabels', () => {
  const at = (id: string, x: number, y: number, priority: number, text = id): LabelCandidate => ({
    id,
    x,
    y,
    priority,
    text,
  });

  it('keeps the higher-priority label where two would overlap', () => {
    const kept = pickLabels([at('Sudzha', 100, 100, 2), at('Kursk', 102, 104, 1), at('Sumy', 100, 200, 3)]);
    expect(kept.map((c) => c.id)).toEqual(['Kursk', 'Sumy']);
  });

  it('never returns overlapping boxes', () => {
    const many = Array.from({ length: 200 }, (_, i) => at(`t${i}`, (i * 37) % 300, (i * 53) % 200, i % 7));
    const boxes = pickLabels(many).map((c) => labelBox(c));
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
      }
    }
    expect(boxes.length).toBeGreaterThan(5);
  });

  it('respects reserved space', () => {
    const c = at('Sudzha', 10, 10, 0);
    expect(pickLabels([c], [labelBox(c)])).toEqual([]);
  });
});
