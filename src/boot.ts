/**
 * The page's entry, kept small: it starts the first screen's downloads, then loads the app, so they overlap
 * the loading and evaluation of the app's code instead of following it (app/first-downloads.ts).
 */
import { startFirstDownloads } from './app/first-downloads';

startFirstDownloads();

void import('./main');
