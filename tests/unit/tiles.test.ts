import { describe, expect, it, vi } from 'vitest';
import { TILE_SETTING_KEY, useTileSetting } from '../../src/features/map/tile-setting';
import {
  TILE_ERROR_LIMIT,
  initialTileState,
  resolveTileUrl,
  tileReducer,
  tileUrlProblem,
  type TileAction,
  type TileState,
} from '../../src/features/map/tiles';

const URL_A = 'https://tiles.example.internal/{z}/{x}/{y}.png';
const run = (state: TileState, ...actions: TileAction[]) => actions.reduce(tileReducer, state);

describe('the online tile state machine', () => {
  it('is off with no configured URL: the offline basemap alone', () => {
    expect(initialTileState(null)).toEqual({ status: 'off' });
    expect(run(initialTileState(null), { type: 'tileerror' }, { type: 'retry' })).toEqual({ status: 'off' });
  });

  it(`falls back after ${TILE_ERROR_LIMIT} errors in a row`, () => {
    const on = initialTileState(URL_A);
    const errors = Array.from({ length: TILE_ERROR_LIMIT - 1 }, (): TileAction => ({ type: 'tileerror' }));
    expect(run(on, ...errors)).toMatchObject({ status: 'on', errors: TILE_ERROR_LIMIT - 1 });
    expect(run(on, ...errors, { type: 'tileerror' })).toEqual({
      status: 'failed',
      url: URL_A,
      errors: TILE_ERROR_LIMIT,
    });
  });

  it('forgives sporadic errors: a tile that loads resets the count', () => {
    const state = run(
      initialTileState(URL_A),
      { type: 'tileerror' },
      { type: 'tileerror' },
      { type: 'tileload' },
      { type: 'tileerror' },
      { type: 'tileerror' },
    );
    expect(state).toMatchObject({ status: 'on', errors: 2 });
  });

  it('stays failed until the user retries or configures another URL', () => {
    const failed = run(
      initialTileState(URL_A),
      ...Array<TileAction>(TILE_ERROR_LIMIT).fill({ type: 'tileerror' }),
    );
    expect(run(failed, { type: 'tileload' })).toBe(failed);
    expect(run(failed, { type: 'retry' })).toEqual({ status: 'on', url: URL_A, errors: 0 });
    expect(run(failed, { type: 'configure', url: null })).toEqual({ status: 'off' });
  });
});

describe('tile configuration', () => {
  it('accepts only http(s) XYZ templates', () => {
    expect(tileUrlProblem(URL_A)).toBeNull();
    expect(tileUrlProblem('ftp://x/{z}/{x}/{y}')).toMatch(/http/);
    expect(tileUrlProblem('https://x.example/tiles.png')).toBe('must contain {z}, {x}, {y}');
    expect(tileUrlProblem('javascript:alert(1)//{z}{x}{y}')).toMatch(/http/);
  });

  it('prefers the user setting, then the build-time default, and never invents one', () => {
    expect(resolveTileUrl(undefined, null)).toBeNull();
    expect(resolveTileUrl('', null)).toBeNull();
    expect(resolveTileUrl(URL_A, null)).toBe(URL_A);
    const mine = 'http://127.0.0.1:8080/{z}/{x}/{y}.png';
    expect(resolveTileUrl(URL_A, mine)).toBe(mine);
    expect(resolveTileUrl(URL_A, 'not a url')).toBe(URL_A);
  });

  it('keeps the user setting in this browser, reads an earlier bare entry, and says when storage refuses', async () => {
    localStorage.setItem(TILE_SETTING_KEY, URL_A);
    await useTileSetting.persist.rehydrate();
    expect(useTileSetting.getState().userUrl).toBe(URL_A);

    useTileSetting.getState().setUserUrl(null);
    expect(localStorage.getItem(TILE_SETTING_KEY)).toBeNull();
    useTileSetting.getState().setUserUrl(URL_A);
    expect(JSON.parse(localStorage.getItem(TILE_SETTING_KEY) ?? '{}')).toMatchObject({
      state: { userUrl: URL_A },
    });

    const refuse = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      expect(() =>
        useTileSetting.getState().setUserUrl('https://other.example/{z}/{x}/{y}.png'),
      ).not.toThrow();
      await Promise.resolve();
      expect(useTileSetting.getState().problem).toMatch(/would not store the tile server/);
      expect(useTileSetting.getState().userUrl).toBe('https://other.example/{z}/{x}/{y}.png');
    } finally {
      refuse.mockRestore();
      useTileSetting.getState().setUserUrl(null);
    }
  });
});
