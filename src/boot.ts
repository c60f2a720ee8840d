/**
 * The page's entry, kept small: it asks for the dataset and the basemap at once, then loads the app. Their
 * download so overlaps the loading and evaluation of the app's code instead of following it. The app's
 * queries pick up what was started here (lib/early.ts). A local dataset (kept in this browser) is left to the app: reading it needs the storage
 * code.
 */
import { initialDatasetKey, LOCAL_PREFIX } from './data/dataset-keys';
import { fetchDataset } from './data/fetch-dataset';
import { BASEMAP_URL, fetchBasemap } from './features/map/basemap-fetch';
import { startEarly } from './lib/early';

const key = initialDatasetKey();
if (!key.startsWith(LOCAL_PREFIX)) startEarly(`dataset:${key}`, () => fetchDataset(key));
startEarly(`basemap:${BASEMAP_URL}`, () => fetchBasemap(BASEMAP_URL));

void import('./main');
