import { describe, expect, it } from 'vitest';
import { imageSources, readPagePolicy, tilePolicyProblem } from '../../src/features/map/tile-policy';
import { initialTileState, tileReducer } from '../../src/features/map/tiles';
import { contentSecurityPolicyText as buildPolicy } from '../../vite.config';

const PAGE = 'https://claimscope.example.org/app/';
const TILES = 'https://tiles.example.internal/{z}/{x}/{y}.png';

describe('the page policy and online tiles', () => {
  it('reads the governing directive: img-src, else default-src', () => {
    expect(imageSources("default-src 'self'; img-src 'self' data:")).toEqual(["'self'", 'data:']);
    expect(imageSources("default-src 'self'")).toEqual(["'self'"]);
    expect(imageSources("script-src 'self'")).toBeNull();
  });

  it('blocks a foreign tile server under the default build, and says why and what to do', () => {
    const problem = tilePolicyProblem(TILES, buildPolicy(undefined), PAGE);
    expect(problem).toContain('blocks map images from https://tiles.example.internal');
    expect(problem).toContain('this site only');
    expect(problem).toContain('VITE_TILE_URL');
  });

  it('allows the server the build was made for, subdomains included, and the page’s own origin', () => {
    expect(tilePolicyProblem(TILES, buildPolicy(TILES), PAGE)).toBeNull();
    const sub = 'https://{s}.tile.example.net/{z}/{x}/{y}.png';
    expect(tilePolicyProblem(sub, buildPolicy(sub), PAGE)).toBeNull();
    expect(
      tilePolicyProblem(`${new URL(PAGE).origin}/tiles/{z}/{x}/{y}.png`, buildPolicy(undefined), PAGE),
    ).toBeNull();
    // Another server than the one the build allows is still refused, naming the one allowed.
    expect(tilePolicyProblem('https://other.example/{z}/{x}/{y}.png', buildPolicy(TILES), PAGE)).toContain(
      'this site and https://tiles.example.internal',
    );
  });

  it('follows ports, schemes and wildcards as a browser does', () => {
    const policy = 'img-src https://maps.example:8443 https: http://*.lan';
    expect(
      tilePolicyProblem(
        'https://maps.example:8443/{z}/{x}/{y}.png',
        'img-src https://maps.example:8443',
        PAGE,
      ),
    ).toBeNull();
    expect(
      tilePolicyProblem('https://maps.example/{z}/{x}/{y}.png', 'img-src https://maps.example:8443', PAGE),
    ).not.toBeNull();
    expect(tilePolicyProblem('https://anything.example/{z}/{x}/{y}.png', policy, PAGE)).toBeNull();
    expect(tilePolicyProblem('http://a.tiles.lan/{z}/{x}/{y}.png', policy, PAGE)).toBeNull();
    expect(tilePolicyProblem('http://tiles.lan.evil/{z}/{x}/{y}.png', policy, PAGE)).not.toBeNull();
    expect(tilePolicyProblem(TILES, 'img-src *', PAGE)).toBeNull();
    expect(tilePolicyProblem(TILES, "img-src 'none'", PAGE)).not.toBeNull();
  });

  it('has nothing to say without a policy (the dev server) or without an image directive', () => {
    expect(tilePolicyProblem(TILES, null, PAGE)).toBeNull();
    expect(tilePolicyProblem(TILES, "script-src 'self'", PAGE)).toBeNull();
    expect(readPagePolicy(document)).toBeNull();
  });

  it('a blocked server starts failed with its reason, and retrying does not try it', () => {
    const state = initialTileState(TILES, 'blocked: reason');
    expect(state).toEqual({ status: 'failed', url: TILES, errors: 0, blocked: 'blocked: reason' });
    expect(tileReducer(state, { type: 'retry' })).toBe(state);
    expect(tileReducer(state, { type: 'configure', url: TILES, blocked: null })).toMatchObject({
      status: 'on',
    });
  });
});
