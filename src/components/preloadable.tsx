import { lazy, useState, type ComponentType } from 'react';

/**
 * A component whose code is a chunk of its own, with a way to start its download early. If the code has
 * arrived by the time the component first renders, it renders at once, without a Suspense fallback (React
 * holds a fallback on screen for a while before revealing what replaces it); otherwise it renders as a
 * `React.lazy` component, inside a `Deferred` for its loading and error states.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> =>
    (pending ??= load().then((component) => (loaded = component)));
  const Lazy = lazy(async () => ({ default: await preload() }));

  function Preloaded(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the component would mount it again.
    const [Ready] = useState(() => loaded);
    return Ready ? <Ready {...props} /> : <Lazy {...props} />;
  }
  /** Whether the download has ended, loaded or failed: the page may wait for it (app/App.tsx). */
  const settled = (): Promise<unknown> => preload().catch(() => undefined);
  return { Component: Preloaded, preload, settled, isLoaded: () => loaded !== null };
}
