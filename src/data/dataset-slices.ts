/**
 * A checked dataset crossing from a worker to the page in slices: the head without its events, then the
 * events a slice at a time. The page copies each message in one task, so a slice is kept small enough to
 * copy in a few tens of milliseconds; a 250,000-event dataset in one message held the page for seconds.
 */
import type { Event } from './schema';
import type { Dataset } from './validate';

export const EVENTS_PER_SLICE = 2_500;

export type SliceMessage =
  | { type: 'dataset-head'; head: Dataset }
  | { type: 'dataset-events'; events: Event[] }
  | { type: 'dataset-end' };

export async function sendDataset(
  dataset: Dataset,
  post: (message: SliceMessage) => void | Promise<void>,
): Promise<void> {
  await post({ type: 'dataset-head', head: { ...dataset, events: [] } });
  for (let i = 0; i < dataset.events.length; i += EVENTS_PER_SLICE) {
    await post({ type: 'dataset-events', events: dataset.events.slice(i, i + EVENTS_PER_SLICE) });
  }
  await post({ type: 'dataset-end' });
}

/** Puts the slices back together; `done()` is the dataset once its end has arrived. */
export function datasetReceiver() {
  let head: Dataset | null = null;
  let complete = false;
  const events: Event[] = [];
  return {
    take(message: SliceMessage): void {
      if (message.type === 'dataset-head') head = message.head;
      else if (message.type === 'dataset-events') for (const e of message.events) events.push(e);
      else complete = true;
    },
    done: (): Dataset | null => (complete && head ? { ...head, events } : null),
  };
}
