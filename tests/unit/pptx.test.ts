import { describe, expect, it } from 'vitest';
import { fitBox } from '../../src/lib/export/pptx';

describe('the slide', () => {
  it('fits an image into a box keeping its aspect, centred', () => {
    expect(fitBox(200, 100, { x: 0, y: 0, w: 10, h: 10 })).toEqual({ x: 0, y: 2.5, w: 10, h: 5 });
    expect(fitBox(100, 200, { x: 1, y: 1, w: 10, h: 10 })).toEqual({ x: 3.5, y: 1, w: 5, h: 10 });
  });
});
