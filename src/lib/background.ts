/**
 * Resolves when the page has nothing more urgent to do: work that can wait (the basemap's overview) then
 * runs after the first render and input, as its own task. Chromium's `scheduler.postTask` with background
 * priority; elsewhere a plain task.
 */
interface PostTask {
  postTask?: (callback: () => void, options: { priority: 'background' }) => Promise<void>;
}

export function background(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: PostTask }).scheduler;
  return scheduler?.postTask
    ? scheduler.postTask(() => undefined, { priority: 'background' })
    : new Promise((resolve) => setTimeout(resolve, 0));
}
