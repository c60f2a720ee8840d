/// <reference lib="webworker" />
/** Parses and validates a dataset file off the main thread, reporting each stage as it passes. */
import { diffPatches } from './patches';
import type { ValidateRequest, ValidateMessage } from './validate-file';
import { readDatasetText } from './validate';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/**
 * Past this many patches the validated dataset goes back whole: a file that left out every optional list
 * needs several patches per row, and then one JSON string is as quick to send and read.
 */
const PATCH_LIMIT = 500_000;

scope.onmessage = async (message: MessageEvent<ValidateRequest>) => {
  const post = (m: ValidateMessage) => scope.postMessage(m);
  const { file, pageParses } = message.data;
  const text = typeof file === 'string' ? file : await file.text();
  post({ type: 'progress', stage: 'read' });
  const { result, raw } = readDatasetText(text, (stage) => post({ type: 'progress', stage }));
  if (!result.ok) {
    post({ type: 'result', result });
    return;
  }
  // The page parsed the same text meanwhile: what validation changed is all it still needs.
  const patches = pageParses ? diffPatches(raw, result.data, PATCH_LIMIT) : null;
  // Both cross as JSON text: for 100,000 rows, stringify here and parse on the page take about half the
  // time of structured-cloning as many small objects.
  post(
    patches
      ? { type: 'patches', json: JSON.stringify(patches) }
      : { type: 'dataset', json: JSON.stringify(result.data) },
  );
};
