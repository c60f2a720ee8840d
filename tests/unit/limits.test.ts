import { describe, expect, it } from 'vitest';
import { checkFileSize, LIMITS } from '../../src/data/limits';

describe('the file size limit', () => {
  it('refuses a file over the size limit before reading it, stating the limit', () => {
    expect(checkFileSize(LIMITS.fileBytes)).toEqual([]);
    expect(checkFileSize(LIMITS.fileBytes + 1)[0]).toMatchObject({
      row: 'file',
      message: 'is too large: just over 256 MB, at most 256 MB allowed',
    });
    expect(checkFileSize(300 * 1024 * 1024)[0]?.message).toBe('is too large: 300 MB, at most 256 MB allowed');
  });
});
