/**
 * Whether this page's Content Security Policy lets the map load images from a tile server. The production
 * build allows one tile origin only (VITE_TILE_URL at build time, vite.config.ts); a tile server the user
 * names in the browser is blocked by the browser before any request, and Leaflet then only sees errors.
 * Checking the policy first lets the app say why, instead of "failed to load".
 */

/** The policy in the page's meta tag, or null when there is none (the dev server sets none). */
export function readPagePolicy(doc: Pick<Document, 'querySelector'> | undefined): string | null {
  const meta = doc?.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy" i]');
  return meta?.content ?? null;
}

/** The sources of the directive that governs images: img-src, else default-src; null when neither. */
export function imageSources(policy: string): string[] | null {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
  }
  return directives.get('img-src') ?? directives.get('default-src') ?? null;
}

const DEFAULT_PORT: Record<string, string> = { 'http:': '80', 'https:': '443' };

function sourceAllows(source: string, target: URL, page: URL): boolean {
  const s = source.toLowerCase();
  if (s === "'none'") return false;
  if (s === "'self'") return target.origin === page.origin;
  if (s === '*') return target.protocol === 'http:' || target.protocol === 'https:';
  // A scheme source ("https:"): any host over that scheme (http: also allows https:).
  if (/^[a-z][a-z0-9+.-]*:$/.test(s))
    return s === target.protocol || (s === 'http:' && target.protocol === 'https:');
  if (s.startsWith("'")) return false;
  const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([^/:]+|\*)(?::(\d+|\*))?(\/.*)?$/.exec(s);
  if (!match) return false;
  const [, scheme, wildcard, host, port, path] = match;
  const protocol = scheme ? `${scheme}:` : page.protocol;
  const schemeOk = target.protocol === protocol || (protocol === 'http:' && target.protocol === 'https:');
  if (!schemeOk) return false;
  const targetHost = target.hostname.toLowerCase();
  const hostOk = wildcard ? targetHost.endsWith(`.${host}`) : host === '*' || targetHost === host;
  if (!hostOk) return false;
  const targetPort = target.port || DEFAULT_PORT[target.protocol] || '';
  const portOk = port === '*' || (port ?? DEFAULT_PORT[protocol] ?? '') === targetPort;
  if (!portOk) return false;
  if (!path || path === '/') return true;
  return path.endsWith('/') ? target.pathname.startsWith(path) : target.pathname === path;
}

/** A tile template as one real URL: its {s} subdomain and {z}/{x}/{y} placeholders filled in. */
function sampleTile(template: string): URL | null {
  try {
    return new URL(
      template
        .trim()
        .replace(/\{s\}/g, 'a')
        .replace(/\{[^}]*\}/g, '0'),
    );
  } catch {
    return null;
  }
}

/**
 * Why the policy blocks tiles from this template, in words for the analyst; null when it allows them or
 * there is no policy to say otherwise.
 */
export function tilePolicyProblem(template: string, policy: string | null, pageUrl: string): string | null {
  if (!policy) return null;
  const sources = imageSources(policy);
  const tile = sampleTile(template);
  if (!sources || !tile) return null;
  const page = new URL(pageUrl);
  if (sources.some((source) => sourceAllows(source, tile, page))) return null;
  const others = sources.filter((s) => /^(https?:\/\/|\*\.)/i.test(s) || /^[a-z-]+\.[a-z.]+/i.test(s));
  const allowed = others.length > 0 ? `this site and ${others.join(', ')}` : 'this site only';
  return (
    `This build's Content Security Policy blocks map images from ${tile.origin}: it allows them from ` +
    `${allowed}. A deployment names its tile server when it is built (VITE_TILE_URL); ask for a build ` +
    'that allows this server.'
  );
}
