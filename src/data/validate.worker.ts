/// <reference lib="webworker" />
/** Parses and validates a dataset file off the main thread, reporting each stage as it passes. */
import type { ValidateRequest, ValidateMessage } from './validate-file';
import { parseDatasetText, type ParseInfo } from './validate';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (message: MessageEvent<ValidateRequest>) => {
  const post = (m: ValidateMessage) => scope.postMessage(m);
  const file = message.data.file;
  const text = typeof file === 'string' ? file : await file.text();
  post({ type: 'progress', stage: 'read' });
  const info: ParseInfo = {};
  const result = parseDatasetText(text, (stage) => post({ type: 'progress', stage }), info);
  if (!result.ok) {
    post({ type: 'result', result });
  } else if (info.eventsAsWritten) {
    // The rows are the file's own (events-as-written.ts): its text goes back, with the rest of the
    // dataset as validated, and the page parses once what it would have parsed anyway.
    post({ type: 'dataset-as-written', text, rest: JSON.stringify({ ...result.data, events: [] }) });
  } else {
    // A valid dataset crosses back as one JSON string: for 100,000 events, stringify here and parse on
    // the page take about half the time of structured-cloning the object graph.
    post({ type: 'dataset', json: JSON.stringify(result.data) });
  }
};
