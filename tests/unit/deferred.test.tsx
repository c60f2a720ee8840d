import { act, render, screen } from '@testing-library/react';
import { lazy } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Deferred } from '../../src/components/Deferred';
import { preloadable } from '../../src/components/preloadable';
import { DrawnWhenNear } from '../../src/app/DrawnWhenNear';

const Hello = ({ name }: { name: string }) => <p>Hello {name}</p>;

describe('Deferred', () => {
  it('says what is loading, then shows it', async () => {
    let resolve: (m: { default: typeof Hello }) => void = () => {};
    const Lazy = lazy(() => new Promise<{ default: typeof Hello }>((r) => (resolve = r)));
    render(
      <Deferred what="the greeting">
        <Lazy name="analyst" />
      </Deferred>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading the greeting…');
    await act(async () => resolve({ default: Hello }));
    expect(await screen.findByText('Hello analyst')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says what could not be loaded, and why', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Lazy = lazy(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    render(
      <Deferred what="the editing form">
        <Lazy />
      </Deferred>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The editing form could not be loaded: Failed to fetch dynamically imported module',
    );
  });
});

describe('preloadable', () => {
  it('renders at once, without a loading state, once its code has arrived', async () => {
    const chunk = preloadable(() => Promise.resolve(Hello));
    expect(chunk.isLoaded()).toBe(false);
    await chunk.preload();
    expect(chunk.isLoaded()).toBe(true);
    render(
      <Deferred what="the greeting">
        <chunk.Component name="there" />
      </Deferred>,
    );
    expect(screen.getByText('Hello there')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('loads on first render when nothing asked for it before', async () => {
    const chunk = preloadable(() => Promise.resolve(Hello));
    render(
      <Deferred what="the greeting">
        <chunk.Component name="later" />
      </Deferred>,
    );
    expect(await screen.findByText('Hello later')).toBeInTheDocument();
  });
});

describe('DrawnWhenNear', () => {
  const observers: { callback: IntersectionObserverCallback; target: Element | null }[] = [];
  afterEach(() => {
    observers.length = 0;
    vi.unstubAllGlobals();
  });
  const stubObserver = () =>
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        private entry: { callback: IntersectionObserverCallback; target: Element | null };
        constructor(callback: IntersectionObserverCallback) {
          this.entry = { callback, target: null };
          observers.push(this.entry);
        }
        observe(target: Element) {
          this.entry.target = target;
        }
        disconnect() {}
      },
    );

  it('draws a stacked panel once the page scrolls near it, and keeps it drawn', () => {
    stubObserver();
    const { rerender } = render(
      <DrawnWhenNear active what="the map">
        <p>the map itself</p>
      </DrawnWhenNear>,
    );
    expect(screen.getByText('The map is drawn when it scrolls into view.')).toBeInTheDocument();
    expect(screen.queryByText('the map itself')).toBeNull();
    const [observer] = observers;
    act(() =>
      observer?.callback(
        [{ isIntersecting: true, target: observer.target } as IntersectionObserverEntry],
        {} as IntersectionObserver,
      ),
    );
    expect(screen.getByText('the map itself')).toBeInTheDocument();
    rerender(
      <DrawnWhenNear active what="the map">
        <p>the map itself</p>
      </DrawnWhenNear>,
    );
    expect(screen.getByText('the map itself')).toBeInTheDocument();
  });

  it('draws at once side by side, where every panel is on the first screen', () => {
    stubObserver();
    render(
      <DrawnWhenNear active={false} what="the map">
        <p>the map itself</p>
      </DrawnWhenNear>,
    );
    expect(screen.getByText('the map itself')).toBeInTheDocument();
    expect(observers).toHaveLength(0);
  });
});
