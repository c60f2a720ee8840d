/**
 * Which town labels to draw: few and large at low zoom, more as the user zooms in, never overlapping.
 * Pure and screen-space, so it is tested without Leaflet.
 */

/** The largest town rank (0 = capitals and cities of a million) labelled at a zoom level. */
export function rankLimit(zoom: number): number {
  if (zoom < 5) return 0;
  if (zoom < 7) return 1;
  if (zoom < 8) return 2;
  if (zoom < 9) return 3;
  if (zoom < 10) return 4;
  return 5;
}

export interface LabelCandidate {
  id: string;
  /** Screen position of the anchor (the label sits to its right). */
  x: number;
  y: number;
  text: string;
  /** Lower is placed first. */
  priority: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A rough text box: close enough for 12 px system-ui to keep labels apart. */
export function labelBox(c: LabelCandidate, fontPx = 12): Box {
  const width = c.text.length * fontPx * 0.58 + 8;
  return { x0: c.x + 4, y0: c.y - fontPx * 0.75, x1: c.x + 4 + width, y1: c.y + fontPx * 0.75 };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Greedy by priority: a label is kept when it overlaps nothing kept before it, nor any reserved box. */
export function pickLabels<T extends LabelCandidate>(
  candidates: readonly T[],
  reserved: readonly Box[] = [],
): T[] {
  const taken: Box[] = [...reserved];
  const kept: T[] = [];
  for (const c of [...candidates].sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id))) {
    const box = labelBox(c);
    if (taken.some((t) => overlaps(t, box))) continue;
    taken.push(box);
    kept.push(c);
  }
  return kept;
}
