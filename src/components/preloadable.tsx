import { lazy, useEffect, useState, type ComponentType } from 'react';
import { background } from '../lib/background';

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

/**
 * Whether a chunk asked for only once the page has painted has arrived (or failed): false on the first
 * render, so the first screen is drawn without waiting for the chunk's download, and true once it has
 * settled, so the component then renders at once rather than behind a Suspense fallback.
 */
export function useSettledAfterPaint(chunk: Pick<ReturnType<typeof preloadable>, 'settled' | 'isLoaded'>) {
  const [settled, setSettled] = useState(chunk.isLoaded);
  useEffect(() => {
    if (settled) return;
    let live = true;
    // Once the frame showing this commit has been presented (the second animation frame from here begins
    // after it) and the page has nothing more urgent: asked for sooner, the chunk would share the first
    // screen's bandwidth and main thread.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        void background()
          .then(() => (live ? chunk.settled() : undefined))
          .then(() => live && setSettled(true));
      });
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [chunk, settled]);
  return settled;
}
