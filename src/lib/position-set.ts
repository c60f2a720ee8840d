/**
 * A set of positions 0 … n−1 (1 = a member) as short URL-safe text: bytes in base64url, laid out whichever
 * of four ways is shortest for this set. A bitset costs n/8 bytes whatever the set; run lengths win when
 * members come in stretches ("the first 4,000 hidden"); the gaps between members win when there are few,
 * and the gaps between non-members when there are few of those. Numbers are LEB128 varints.
 *
 * The first byte names the layout, the next four carry a 32-bit `tag` the caller checks on reading (a
 * fingerprint of what the positions index), so a set read against other data is refused, not misread.
 * Reading is strict: any byte too few or too many, or a position past n, reads as null.
 */

const BITSET = 0;
const RUNS = 1;
const MEMBER_GAPS = 2;
const OTHER_GAPS = 3;

function pushVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** Reads varints one after another; null past the end or on a number longer than 32 bits. */
function varintReader(bytes: Uint8Array, from: number) {
  let at = from;
  return {
    done: () => at >= bytes.length,
    next: (): number | null => {
      let value = 0;
      for (let shift = 0; shift < 35; shift += 7) {
        const byte = bytes[at++];
        if (byte === undefined) return null;
        value += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) return value;
      }
      return null;
    },
  };
}

function bitset(members: Uint8Array): number[] {
  const out = new Array<number>(Math.ceil(members.length / 8)).fill(0);
  members.forEach((m, i) => {
    if (m === 1) out[i >> 3] = (out[i >> 3] ?? 0) | (1 << (i & 7));
  });
  return out;
}

/** Lengths of alternating stretches, starting with non-members (maybe 0); the last stretch is implied. */
function runs(members: Uint8Array): number[] {
  const out: number[] = [];
  let inSet = 0;
  let length = 0;
  for (const m of members) {
    if (m === inSet) length++;
    else {
      pushVarint(out, length);
      inSet = m;
      length = 1;
    }
  }
  return out;
}

/** Each position with `value`, as the gap since the previous one (the first: its position). */
function gaps(members: Uint8Array, value: number): number[] {
  const out: number[] = [];
  let next = 0;
  members.forEach((m, i) => {
    if (m !== value) return;
    pushVarint(out, i - next);
    next = i + 1;
  });
  return out;
}

function toBase64Url(bytes: readonly number[]): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The set as text: the shortest layout, behind its layout byte and the tag. */
export function encodePositions(members: Uint8Array, tag: number): string {
  const layouts = [bitset(members), runs(members), gaps(members, 1), gaps(members, 0)];
  let best = 0;
  layouts.forEach((bytes, i) => {
    if (bytes.length < (layouts[best]?.length ?? Infinity)) best = i;
  });
  const header = [best, (tag >>> 24) & 0xff, (tag >>> 16) & 0xff, (tag >>> 8) & 0xff, tag & 0xff];
  return toBase64Url([...header, ...(layouts[best] ?? [])]);
}

/** The set of `n` positions the text holds, or null when it is malformed or its tag is not `tag`. */
export function decodePositions(text: string, n: number, tag: number): Uint8Array | null {
  const bytes = fromBase64Url(text);
  if (!bytes || bytes.length < 5) return null;
  const [layout = -1, t0 = 0, t1 = 0, t2 = 0, t3 = 0] = bytes;
  if (((t0 << 24) | (t1 << 16) | (t2 << 8) | t3) >>> 0 !== tag >>> 0) return null;
  const members = new Uint8Array(n);
  if (layout === BITSET) {
    if (bytes.length - 5 !== Math.ceil(n / 8)) return null;
    for (let i = 0; i < n; i++) members[i] = ((bytes[5 + (i >> 3)] ?? 0) >> (i & 7)) & 1;
    // Bits past n would be a set this data cannot hold.
    for (let i = n; i < Math.ceil(n / 8) * 8; i++)
      if (((bytes[5 + (i >> 3)] ?? 0) >> (i & 7)) & 1) return null;
    return members;
  }
  const read = varintReader(bytes, 5);
  if (layout === RUNS) {
    let at = 0;
    let inSet = 0;
    while (!read.done()) {
      const length = read.next();
      if (length === null || at + length > n) return null;
      members.fill(inSet, at, at + length);
      at += length;
      inSet = 1 - inSet;
    }
    members.fill(inSet, at);
    return members;
  }
  if (layout === MEMBER_GAPS || layout === OTHER_GAPS) {
    const value = layout === MEMBER_GAPS ? 1 : 0;
    members.fill(1 - value);
    let next = 0;
    while (!read.done()) {
      const gap = read.next();
      if (gap === null || next + gap >= n) return null;
      members[next + gap] = value;
      next += gap + 1;
    }
    return members;
  }
  return null;
}

/** FNV-1a over the text's UTF-16 code units: a fingerprint, not a defence against a chosen collision. */
export function fingerprint(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
