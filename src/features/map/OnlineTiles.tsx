import { useMemo, type Dispatch } from 'react';
import { TileLayer } from 'react-leaflet';
import { MAX_ZOOM } from './map-config';
import type { TileAction, TileState } from './tiles';

/** The configured XYZ layer, below the basemap's lines; it reports each tile's fate to the reducer. */
export function OnlineTiles({ state, dispatch }: { state: TileState; dispatch: Dispatch<TileAction> }) {
  const handlers = useMemo(
    () => ({
      tileerror: () => dispatch({ type: 'tileerror' }),
      tileload: () => dispatch({ type: 'tileload' }),
    }),
    [dispatch],
  );
  if (state.status !== 'on') return null;
  let host = state.url;
  try {
    host = new URL(state.url.replace(/\{[^}]*\}/g, '0')).host;
  } catch {
    // Attribution falls back to the template itself.
  }
  return (
    <TileLayer
      key={state.url}
      url={state.url}
      attribution={`Tiles: ${host}`}
      maxZoom={MAX_ZOOM}
      eventHandlers={handlers}
    />
  );
}
