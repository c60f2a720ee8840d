import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetAppStore } from '../../src/state/store';

// `findBy…` waits for the app to import, store and render a dataset: on a loaded 2-core machine that can
// take longer than the default second, which would fail a test for load, not for behaviour.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  resetAppStore();
});

// jsdom has no ResizeObserver; the panel splits (react-resizable-panels) observe their elements. Nothing
// is ever laid out in jsdom, so an observer that never reports is what the browser would do here.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
