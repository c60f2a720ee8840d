/// <reference lib="webworker" />
/** Parses and validates a dataset file off the main thread, reporting each stage as it passes. */
import type { ValidateRequest, ValidateMessage } from './validate-file';
import { sendDataset } from './dataset-slices';
import { parseDatasetText } from './validate';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (message: MessageEvent<ValidateRequest>) => {
  const post = (m: ValidateMessage) => scope.postMessage(m);
  const file = message.data.file;
  const text = typeof file === 'string' ? file : await file.text();
  post({ type: 'progress', stage: 'read' });
  const result = parseDatasetText(text, (stage) => post({ type: 'progress', stage }));
  if (result.ok && message.data.slices) {
    // The migration is not reported here: a file this large is one the app wrote, in the current version.
    await sendDataset(result.data, post);
    return;
  }
  // A valid dataset crosses back as one JSON string: for 100,000 events, stringify here and parse on
  // the page take about half the time of structured-cloning the object graph.
  post(
    result.ok
      ? { type: 'dataset', json: JSON.stringify(result.data), migratedFrom: result.migratedFrom }
      : { type: 'result', result },
  );
};
