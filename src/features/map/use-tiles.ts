import { useCallback, useReducer } from 'react';
import { readPagePolicy, tilePolicyProblem } from './tile-policy';
import { useTileSetting } from './tile-setting';
import { resolveTileUrl, tileReducer } from './tiles';

const BUILD_TIME_URL: string | undefined = import.meta.env.VITE_TILE_URL;

/** Why this page's Content Security Policy would block tiles from `url`, or null. */
export function blockedByPolicy(url: string | null): string | null {
  if (!url || typeof document === 'undefined') return null;
  return tilePolicyProblem(url, readPagePolicy(document), window.location.href);
}

function configure(url: string | null) {
  return { type: 'configure', url, blocked: blockedByPolicy(url) } as const;
}

/** The tile layer's state plus the user's setting; the deployment default comes from VITE_TILE_URL. */
export function useTiles() {
  const userUrl = useTileSetting((s) => s.userUrl);
  const setUserUrl = useTileSetting((s) => s.setUserUrl);
  const storageProblem = useTileSetting((s) => s.problem);
  const [state, dispatch] = useReducer(tileReducer, resolveTileUrl(BUILD_TIME_URL, userUrl), (url) =>
    tileReducer({ status: 'off' }, configure(url)),
  );

  const saveUserUrl = useCallback(
    (url: string | null) => {
      setUserUrl(url);
      dispatch(configure(resolveTileUrl(BUILD_TIME_URL, url)));
    },
    [setUserUrl],
  );

  return { state, dispatch, userUrl, storageProblem, buildTimeUrl: BUILD_TIME_URL || null, saveUserUrl };
}
