import { useCallback, useReducer, useState } from 'react';
import { initialTileState, readUserTileUrl, resolveTileUrl, tileReducer, writeUserTileUrl } from './tiles';

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

const BUILD_TIME_URL: string | undefined = import.meta.env.VITE_TILE_URL;

/** The tile layer's state plus the user's setting; the deployment default comes from VITE_TILE_URL. */
export function useTiles() {
  const [userUrl, setUserUrl] = useState(() => readUserTileUrl(storage()));
  const [state, dispatch] = useReducer(
    tileReducer,
    resolveTileUrl(BUILD_TIME_URL, userUrl),
    initialTileState,
  );

  const saveUserUrl = useCallback((url: string | null) => {
    writeUserTileUrl(storage(), url);
    setUserUrl(url);
    dispatch({ type: 'configure', url: resolveTileUrl(BUILD_TIME_URL, url) });
  }, []);

  return { state, dispatch, userUrl, buildTimeUrl: BUILD_TIME_URL || null, saveUserUrl };
}
