import { describe, expect, it } from 'vitest';
import { deployedDatasetKey } from '../../src/data/dataset-keys';

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
