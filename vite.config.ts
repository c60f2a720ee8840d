/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';

/** The origin of the optional online map tiles, when configured at build time; empty otherwise. */
function tileOrigin(url: string | undefined): string {
  if (!url) return '';
  try {
    // Tile URLs carry {z}/{x}/{y} placeholders and maybe {s} subdomains; only the origin matters here.
    const origin = new URL(url.replace(/\{s\}/g, 'a').replace(/\{[^}]*\}/g, '0')).origin;
    return origin === 'null' ? '' : ` ${url.includes('{s}') ? origin.replace('//a.', '//*.') : origin}`;
  } catch {
    return '';
  }
}

/**
 * A Content Security Policy for the production build only: the dev server injects inline scripts that
 * a strict policy would block. Only the app's own origin may serve scripts, data and workers; the map's
 * optional tile layer (VITE_TILE_URL) is the one other origin allowed, for its images and requests.
 */
export function contentSecurityPolicyText(tileUrl: string | undefined): string {
  const tiles = tileOrigin(tileUrl);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tiles}`,
    "font-src 'self' data:",
    `connect-src 'self'${tiles}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function contentSecurityPolicy(tileUrl: string | undefined): Plugin {
  const policy = contentSecurityPolicyText(tileUrl);
  return {
    name: 'claimscope-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), contentSecurityPolicy(loadEnv(mode, process.cwd(), 'VITE_').VITE_TILE_URL)],
  build: {
    sourcemap: true,
    chunkSizeWarningLimit: 900,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    css: false,
    // Two cores: one worker keeps jsdom suites from starving each other.
    pool: 'threads',
    // Component tests that import, store and re-render a dataset take a few seconds on a loaded 2-core
    // machine; 5 s (the default) fails them for load, not for behaviour.
    testTimeout: 15_000,
  },
}));
