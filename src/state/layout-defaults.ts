/**
 * The splits' first sizes (percentages of their group), before the analyst drags anything. Pure: tested
 * without a browser.
 */

/** The height of a collapsed split: its panel's heading alone. */
export const COLLAPSED_PX = 44;
/** Below this workspace height the article and claims start collapsed to their heading. */
export const READING_SHOWN_FROM_PX = 900;
/** What the chart, the map and the timeline keep above a shown article, at the least. */
const MAIN_MIN_PX = 700;

export interface Rows {
  main: number;
  reading: number;
}

/**
 * Rows for a workspace `height` pixels tall. On a laptop screen the estimates, the places and the dates
 * take the height and the article waits, collapsed to its heading; a taller screen shows the article and
 * claims under them.
 */
export function defaultRows(height: number): Rows {
  const h = Math.max(1, height);
  const reading =
    h >= READING_SHOWN_FROM_PX
      ? round(Math.max(20, Math.min(30, ((h - MAIN_MIN_PX) / h) * 100)))
      : round(Math.min(20, (COLLAPSED_PX / h) * 100));
  return { main: round(100 - reading), reading };
}

/** The chart's width on a laptop screen: readable (its marks and labels) at 600 px and more. */
const CHART_PX = 640;

/**
 * The chart at the left, as tall as the row, at least 640 px wide (its drawing scales with its width, so
 * on a wide screen a wider chart would also be taller than the row); the map over the timeline at the
 * right takes the rest.
 */
export function defaultMain(width: number): { chart: number; side: number } {
  const chart = round(Math.min(60, Math.max(50, (CHART_PX / Math.max(1, width)) * 100)));
  return { chart, side: round(100 - chart) };
}
export const DEFAULT_SIDE = { map: 42, timeline: 58 };
/** Article and claims side by side. */
export const DEFAULT_READING = { text: 42, claims: 58 };

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
