import { describe, expect, it } from 'vitest';
import { dataUrlToBytes } from '../../src/lib/export/raster';

describe('a data URL', () => {
  it('decodes a base64 data URL without fetch (the build’s CSP blocks data: requests)', () => {
    expect(Array.from(dataUrlToBytes('data:image/png;base64,iVBORw=='))).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(() => dataUrlToBytes('data:text/plain,hello')).toThrow();
  });
});
