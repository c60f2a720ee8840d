import { describe, expect, it } from 'vitest';
import { rng } from '../../src/data/generate';
import { decodePositions, encodePositions, fingerprint } from '../../src/lib/position-set';

const TAG = fingerprint('a,b,c');

function randomSet(random: () => number, n: number): Uint8Array {
  const members = new Uint8Array(n);
  const shape = Math.floor(random() * 4);
  const density = random();
  if (shape === 0) members.forEach((_, i) => (members[i] = random() < density ? 1 : 0));
  else if (shape === 1) {
    // Stretches, as "the first thousand hidden" or a block of neighbouring places.
    let at = 0;
    let value = random() < 0.5 ? 1 : 0;
    while (at < n) {
      const length = 1 + Math.floor(random() * n * density * 0.2);
      members.fill(value, at, at + length);
      at += length;
      value = 1 - value;
    }
  } else {
    // A few members, or all but a few.
    const few = Math.floor(random() * 40);
    members.fill(shape === 2 ? 0 : 1);
    for (let k = 0; k < few; k++) members[Math.floor(random() * n)] = shape === 2 ? 1 : 0;
  }
  return members;
}

describe('a set of positions as text', () => {
  it('round-trips random sets of every shape and size, URL-safe', () => {
    const random = rng(11);
    for (let trial = 0; trial < 400; trial++) {
      const n = Math.floor(random() * 9_000);
      const members = randomSet(random, n);
      const text = encodePositions(members, TAG);
      expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
      // Compared as text: a deep equality over 9,000 numbers 400 times is slow for no gain.
      expect(decodePositions(text, n, TAG)?.join('')).toBe(members.join(''));
    }
  });

  it('is never longer than a bitset, and far shorter for sparse or stretched sets', () => {
    const random = rng(12);
    const n = 8_000;
    const bitsetChars = Math.ceil(((5 + n / 8) * 4) / 3);
    for (let trial = 0; trial < 100; trial++) {
      expect(encodePositions(randomSet(random, n), TAG).length).toBeLessThanOrEqual(bitsetChars);
    }
    const firstHalf = new Uint8Array(n).fill(1, 0, n / 2);
    expect(encodePositions(firstHalf, TAG).length).toBeLessThan(15);
    const three = new Uint8Array(n);
    three[10] = three[4_000] = three[7_999] = 1;
    expect(encodePositions(three, TAG).length).toBeLessThan(15);
    expect(
      encodePositions(
        three.map((m) => 1 - m),
        TAG,
      ).length,
    ).toBeLessThan(15);
  });

  it('refuses a set read against other data, or text that is not a whole set', () => {
    const members = new Uint8Array(100).fill(1, 3, 50);
    const text = encodePositions(members, TAG);
    expect(decodePositions(text, 100, fingerprint('a,b,d'))).toBeNull();
    expect(decodePositions(text, 40, TAG)).toBeNull(); // a stretch past the end
    // Alternate members: only a bitset is short.
    const bits = encodePositions(
      new Uint8Array(64).map((_, i) => i % 2),
      TAG,
    );
    expect(bits.length).toBeLessThan(20);
    expect(decodePositions(bits, 64, TAG)).not.toBeNull();
    expect(decodePositions(bits, 60, TAG)).toBeNull(); // a bitset of another length
    expect(decodePositions(`${bits}AA`, 64, TAG)).toBeNull();
    expect(decodePositions(`B${text.slice(1)}`, 100, TAG)).toBeNull(); // a layout this code does not know
    for (const bad of ['', 'A', '!!!!', 'AAAAAA', 'CQAAAA', '_____w']) {
      expect(decodePositions(bad, 100, TAG)).toBeNull();
    }
  });
});
