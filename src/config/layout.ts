/** Below this width the panels stack in one column (a tablet, a narrow window, a phone). */
// Screen only: a printed page keeps the side-by-side layout, whatever width the printer gives it.
export const STACKED_QUERY = 'screen and (max-width: 899px)';

/**
 * Whether the panels stack now; false where media queries are unknown. Plain, for the page's first script
 * (app/first-downloads.ts), which loads before React: components/use-stacked.ts follows it in React.
 */
export function stackedNow(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(STACKED_QUERY).matches
    : false;
}
