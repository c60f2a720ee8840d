/**
 * The analyst's own tile server, kept in this browser through zustand's `persist`. What is stored is read
 * as untrusted (an invalid template is dropped, tiles.ts), and a browser that refuses to store it keeps the
 * setting for this session and says so.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { bareStringAs, guardedLocalStorage } from '../../state/guarded-storage';

export const TILE_SETTING_KEY = 'claimscope.map.tileUrl';

const REFUSED = 'This browser would not store the tile server: it applies until the page is closed.';

interface TileSettingState {
  userUrl: string | null;
  /** Why the setting could not be kept on this device, if it could not. */
  problem: string | null;
  setUserUrl: (url: string | null) => void;
}

export const useTileSetting = create<TileSettingState>()(
  persist(
    (set) => ({
      userUrl: null,
      problem: null,
      setUserUrl: (url) => {
        set({ userUrl: url, problem: null });
        // No setting is no entry at all, as before the setting existed.
        if (!url) void useTileSetting.persist.clearStorage();
      },
    }),
    {
      name: TILE_SETTING_KEY,
      storage: createJSONStorage(() =>
        guardedLocalStorage({
          // Earlier versions stored the bare template.
          read: bareStringAs('userUrl'),
          onRefused: () => {
            if (useTileSetting.getState().problem !== REFUSED) useTileSetting.setState({ problem: REFUSED });
          },
        }),
      ),
      partialize: (state) => ({ userUrl: state.userUrl }),
      merge: (stored, current) => {
        const url = (stored as { userUrl?: unknown } | null)?.userUrl;
        return { ...current, userUrl: typeof url === 'string' && url.trim() ? url : null };
      },
    },
  ),
);
