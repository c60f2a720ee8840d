/**
 * The keys that name a dataset (bundled, deployed beside the app, kept on this device), with no dependency:
 * the first script the page runs (boot.ts) reads them to start the download before the app's code has
 * loaded. Which one this device remembers is state/remembered-dataset.ts.
 */

export const BUNDLED_DATASET_URL = `${import.meta.env.BASE_URL}data/dataset.json`;

/**
 * `?data=<file>.json` opens another dataset deployed beside the bundled one in `data/` (same origin only:
 * a bare file name, never a path or URL). Used for large datasets and by the benchmark.
 */
const DEPLOYED_FILE = /^[\w][\w.-]{0,120}\.json$/;

export function deployedDatasetKey(search: string): string | null {
  const file = new URLSearchParams(search).get('data');
  return file && DEPLOYED_FILE.test(file) ? `${import.meta.env.BASE_URL}data/${file}` : null;
}

/**
 * Why a link's `?data=` was not opened, when it names something other than a file deployed beside the app
 * (another site, a `data:` or `javascript:` address, a path with `..`): nothing is requested, and the
 * page must say so rather than show the bundled dataset under an address that names another.
 */
export function refusedDataLink(search: string): string | null {
  const value = new URLSearchParams(search).get('data');
  if (value === null || DEPLOYED_FILE.test(value)) return null;
  const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return (
    `The link asks for the dataset “${shown}”, which was not opened: a link can open only a .json file ` +
    'deployed beside this app (for example ?data=mine.json), never another site, path or kind of address. ' +
    'Nothing was requested.'
  );
}

export const LOCAL_PREFIX = 'local:';

/** The file or stored dataset a key names, for messages and file names: `big.json`, or the stored id. */
export function datasetKeyName(key: string): string {
  if (key.startsWith(LOCAL_PREFIX)) return key.slice(LOCAL_PREFIX.length);
  return key.split('/').pop() || key;
}

/**
 * One edition of one dataset, `id@version`: what stored datasets, an analyst's judgements and a link's
 * pin are kept under. A new version is another edition (its authors may have changed rows and grades).
 */
export function editionKey(dataset: { id: string; version: string }): string {
  return `${dataset.id}@${dataset.version}`;
}
