/** The filter, timeline and detail panels tried in jsdom: two events to show, and a layout to show them in. */
import { afterAll, beforeAll } from 'vitest';
import { event, makeDataset } from './factories';

export const PANELS_DATASET = makeDataset({
  events: [
    event({ id: 'e-1', claimIds: ['c-jcs'], description: 'NIS briefing on casualties.' }),
    event({
      id: 'e-2',
      sourceIds: ['zelensky'],
      origin: 'later-context',
      category: 'deployment',
      date: { date: '2025-01-01', precision: 'month' },
      description: 'Zelensky says more troops arrived.',
    }),
  ],
});

/** jsdom has no layout: give elements a size (for this file's tests) so the virtualised list renders its rows. */
export function giveElementsASize(): void {
  const sizes = ['offsetHeight', 'offsetWidth', 'clientHeight', 'clientWidth'] as const;
  beforeAll(() => {
    for (const prop of sizes)
      Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, value: 600 });
  });
  afterAll(() => {
    for (const prop of sizes) Reflect.deleteProperty(HTMLElement.prototype, prop);
  });
}
