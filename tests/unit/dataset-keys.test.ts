import { describe, expect, it } from 'vitest';
import { deployedDatasetKey, refusedDataLink } from '../../src/data/dataset-keys';

describe('deployedDatasetKey', () => {
  it('opens a dataset file deployed beside the bundled one', () => {
    expect(deployedDatasetKey('?data=generated-100000.json')).toBe('/data/generated-100000.json');
  });

  it.each([
    '?data=../secrets.json',
    '?data=https://example.org/x.json',
    '?data=//example.org/x.json',
    '?data=sub/dir.json',
    '?data=x.js',
    '?data=.hidden.json',
    '?data=',
    '',
  ])('refuses anything but a bare .json file name: %s', (search) => {
    expect(deployedDatasetKey(search)).toBeNull();
  });
});

describe('a link’s ?data= that is not a file beside the app', () => {
  it('is refused with a reason, and a plain file name is not', () => {
    for (const value of ['http://evil.example/x.json', '//evil/x.json', 'javascript:alert(1)', '../x.json']) {
      expect(refusedDataLink(`?data=${encodeURIComponent(value)}`)).toMatch(/which was not opened/);
    }
    expect(refusedDataLink('?data=big-100k.json')).toBeNull();
    expect(refusedDataLink('?cat=x')).toBeNull();
  });
});
