/**
 * A static host for the benchmark: serves dist/ as a production web server does, each text file
 * gzip-compressed once up front (like nginx's gzip_static), not per request. `vite preview` compresses
 * every response on the fly: for a 38 MB dataset that alone is 0.7 s of server time on this machine,
 * which no deployment would pay on each load.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.map', '.txt']);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Writes `<file>.gz` beside every compressible file under `root` (level 6, the usual server default). */
export function precompress(root: string): void {
  for (const file of walk(root)) {
    if (COMPRESSIBLE.has(extname(file))) {
      writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 6 }));
    }
  }
}

/** Serves `root` on 127.0.0.1:`port`; `/` is index.html; a `.gz` twin is sent to clients that accept gzip. */
export function serveStatic(root: string, port: number): Promise<Server> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      path = '';
    }
    const file = resolve(base, `.${path === '/' ? '/index.html' : path}`);
    if (!path || !file.startsWith(base + sep) || !existsSync(file) || file.endsWith('.gz')) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const gzip =
      /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) && existsSync(`${file}.gz`);
    const body = readFileSync(gzip ? `${file}.gz` : file);
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolveServer) => server.listen(port, '127.0.0.1', () => resolveServer(server)));
}
