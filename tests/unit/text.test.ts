/** Text an export can carry: what XML forbids dropped, direction controls closed, dataset text isolated. */
import { describe, expect, it } from 'vitest';
import {
  clip,
  closeBidi,
  exportText,
  firstXmlForbidden,
  hasVisibleText,
  hasXmlForbidden,
  isolateText,
} from '../../src/lib/text';

const RLO = '\u202E';
const PDF = '\u202C';
const RLI = '\u2067';
const PDI = '\u2069';

describe('text for exports', () => {
  it('finds what XML forbids: controls, non-characters, unpaired surrogates; not tabs, breaks or emoji', () => {
    for (const bad of ['a\u0001b', 'x\uFFFE', 'x\uFFFF', 'lone \uD800', 'lone \uDC00 low']) {
      expect(hasXmlForbidden(bad), JSON.stringify(bad)).toBe(true);
    }
    for (const good of ['tab\tand\nbreak\r', 'emoji 😀', 'Kyiv — Київ', 'عربي']) {
      expect(hasXmlForbidden(good), good).toBe(false);
    }
    expect(firstXmlForbidden('ok\u0007then\u0001')).toBe('U+0007');
    expect(exportText('a\u0001b\uFFFEc')).toBe('abc');
  });

  it('closes a direction control the text leaves open, and drops a closer with nothing to close', () => {
    expect(closeBidi(`${RLO}JCS`)).toBe(`${RLO}JCS${PDF}`);
    expect(closeBidi(`${RLI}a${RLO}b`)).toBe(`${RLI}a${RLO}b${PDF}${PDI}`);
    expect(closeBidi(`a${PDF}b${PDI}`)).toBe('ab');
    expect(closeBidi(`${RLO}balanced${PDF} text`)).toBe(`${RLO}balanced${PDF} text`);
    expect(closeBidi('plain')).toBe('plain');
  });

  it('isolates dataset text that carries direction controls, and leaves plain text as it is', () => {
    expect(isolateText(`${RLO}JCS`)).toBe(`\u2068${RLO}JCS${PDF}\u2069`);
    expect(isolateText('ROK JCS')).toBe('ROK JCS');
  });

  it('sees text of zero-width characters alone as empty', () => {
    expect(hasVisibleText('\u200B\u200D\uFEFF\u2060 ')).toBe(false);
    expect(hasVisibleText('\u200Bx')).toBe(true);
  });
});

describe('clip', () => {
  it('keeps text that fits, and cuts longer text to the limit with a mark', () => {
    expect(clip('Battles', 17)).toBe('Battles');
    expect(clip('Explosions/Remote violence', 17)).toBe('Explosions/Remot…');
    expect(clip('Explosions/Remote violence', 17)).toHaveLength(17);
    expect(clip('Strategic developments', 11)).toBe('Strategic…');
  });
});
