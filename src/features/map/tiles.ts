/**
 * Optional online tiles. The offline basemap is always the default; tiles appear only when a deployment
 * (VITE_TILE_URL at build time) or the user (a setting kept in this browser) names a tile server. There is
 * never a public server by default: the air-gapped build must make no outbound request.
 */

/** Consecutive tile errors after which the online layer is dropped for the offline basemap. */
export const TILE_ERROR_LIMIT = 3;

/** An XYZ template this app can use: http(s), with {z}, {x} and {y}. Returns the problem, or null. */
export function tileUrlProblem(url: string): string | null {
  const value = url.trim();
  if (!/^https?:\/\/[^/\s]+/i.test(value)) return 'must start with http:// or https:// and a host';
  const missing = ['{z}', '{x}', '{y}'].filter((p) => !value.includes(p));
  if (missing.length > 0) return `must contain ${missing.join(', ')}`;
  return null;
}

/** The user's own setting wins over the deployment's; an invalid one is ignored rather than tried. */
export function resolveTileUrl(buildTime: string | undefined, user: string | null): string | null {
  for (const candidate of [user, buildTime]) {
    if (candidate && candidate.trim() && tileUrlProblem(candidate) === null) return candidate.trim();
  }
  return null;
}

/** The online layer's life: off (not configured), on (errors counted since the last good tile), failed. */
export type TileState =
  | { status: 'off' }
  | { status: 'on'; url: string; errors: number }
  | { status: 'failed'; url: string; errors: number; blocked?: string };

export type TileAction =
  | { type: 'configure'; url: string | null; blocked?: string | null }
  | { type: 'tileload' }
  | { type: 'tileerror' }
  | { type: 'retry' };

/** `blocked` says why the page's policy would refuse every tile (tile-policy.ts): then none is tried. */
export function initialTileState(url: string | null, blocked: string | null = null): TileState {
  if (!url) return { status: 'off' };
  return blocked ? { status: 'failed', url, errors: 0, blocked } : { status: 'on', url, errors: 0 };
}

export function tileReducer(state: TileState, action: TileAction): TileState {
  switch (action.type) {
    case 'configure':
      return initialTileState(action.url, action.blocked);
    case 'retry':
      if (state.status === 'off' || (state.status === 'failed' && state.blocked)) return state;
      return { status: 'on', url: state.url, errors: 0 };
    case 'tileload':
      return state.status === 'on' && state.errors > 0 ? { ...state, errors: 0 } : state;
    case 'tileerror': {
      if (state.status !== 'on') return state;
      const errors = state.errors + 1;
      return errors >= TILE_ERROR_LIMIT ? { status: 'failed', url: state.url, errors } : { ...state, errors };
    }
  }
}
