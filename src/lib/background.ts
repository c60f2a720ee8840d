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

/**
 * Lets the page handle input and paint between two slices of work; `scheduler.yield` resumes ahead of
 * other queued tasks, so sliced work is not starved by them.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
