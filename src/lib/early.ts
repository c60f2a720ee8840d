/**
 * Work the first script (boot.ts) starts before the app's code has loaded, picked up once by whoever
 * would otherwise have started it. A failure is kept for that taker, never reported as unhandled.
 */
const started = new Map<string, Promise<unknown>>();

export function startEarly(key: string, work: () => Promise<unknown>): void {
  if (started.has(key)) return;
  const promise = work();
  promise.catch(() => {});
  started.set(key, promise);
}

/** The work started under `key`, handed over once; undefined if none was started (or it was taken). */
export function takeEarly<T>(key: string): Promise<T> | undefined {
  const promise = started.get(key) as Promise<T> | undefined;
  started.delete(key);
  return promise;
}
