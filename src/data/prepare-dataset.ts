/**
 * What every panel derives from a dataset once (the filter index, every figure as an estimate) is made
 * before the panels first draw a large dataset, in slices that yield to the page between them. Drawn
 * straight away, a quarter of a million events held the page for over half a second in one panel's
 * first render; prepared, each panel finds the work done.
 */
import { yieldToPage } from '../lib/background';
import { prepareDatasetIndex } from './dataset-index';
import { prepareDatasetEstimates } from './estimates';
import type { Dataset } from './validate';

/** Below this many rows, everything is made in the first render's time without a long task. */
const PREPARE_FROM_ROWS = 20_000;

export async function prepareDataset(dataset: Dataset): Promise<Dataset> {
  if (dataset.claims.length + dataset.events.length < PREPARE_FROM_ROWS) return dataset;
  await prepareDatasetIndex(dataset);
  await prepareDatasetEstimates(dataset);
  await yieldToPage();
  return dataset;
}
