/// <reference lib="webworker" />
/** Parses and validates a dataset file off the main thread, reporting each stage as it passes. */
import type { ValidateRequest, ValidateMessage } from './validate-file';
import { parseDatasetText } from './validate';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (message: MessageEvent<ValidateRequest>) => {
  const post = (m: ValidateMessage) => scope.postMessage(m);
  const file = message.data.file;
  const text = typeof file === 'string' ? file : await file.text();
  post({ type: 'progress', stage: 'read' });
  const result = parseDatasetText(text, (stage) => post({ type: 'progress', stage }));
  post({ type: 'result', result });
};
