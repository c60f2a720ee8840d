/**
 * Where a key moves the focus in a group with one Tab stop (WAI-ARIA's roving tabindex): arrows step,
 * Home and End jump to the ends, Page Up and Page Down move by `page`. In a grid of `columns`, Up and Down
 * move by a row and Left and Right by one. Returns null for a key the group does not handle; never leaves
 * the group (no wrapping: the ends are where a screen-reader user expects them).
 */
export function rovingTarget(
  key: string,
  at: number,
  count: number,
  { columns = 1, page = 10 }: { columns?: number; page?: number } = {},
): number | null {
  if (count <= 0) return null;
  const step: Record<string, number> = {
    ArrowDown: columns,
    ArrowUp: -columns,
    ArrowRight: 1,
    ArrowLeft: -1,
    PageDown: page,
    PageUp: -page,
  };
  let to: number;
  if (key === 'Home') to = 0;
  else if (key === 'End') to = count - 1;
  else {
    const delta = step[key];
    if (delta === undefined) return null;
    to = at + delta;
  }
  return Math.max(0, Math.min(count - 1, to));
}
