import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetAppStore } from '../../src/state/store';

afterEach(() => {
  cleanup();
  resetAppStore();
});
