import { describe, expect, it, vi } from 'vitest';
import { startEarly, takeEarly } from '../../src/lib/early';

describe('work started early', () => {
  it('is handed over once, then the taker starts its own', async () => {
    const work = vi.fn(() => Promise.resolve(42));
    startEarly('answer', work);
    startEarly('answer', work);
    expect(work).toHaveBeenCalledTimes(1);
    await expect(takeEarly<number>('answer')).resolves.toBe(42);
    expect(takeEarly('answer')).toBeUndefined();
    expect(takeEarly('never started')).toBeUndefined();
  });

  it('keeps a failure for its taker, without an unhandled rejection meanwhile', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    startEarly('broken', () => Promise.reject(new Error('offline')));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(unhandled).not.toHaveBeenCalled();
    process.off('unhandledRejection', unhandled);
    await expect(takeEarly('broken')).rejects.toThrow('offline');
  });
});
