/**
 * Keeps the view and the URL in step: the link is read once when a dataset is first shown, then every
 * change is written back with history.replaceState (a filter click is not a history entry).
 */
import { useEffect, useRef, useState } from 'react';
import { editionKey } from '../data/dataset-keys';
import type { Dataset } from '../data/validate';
import { useDeviceStore } from './device';
import { useAppStore } from './store';
import { readView, urlDomain, viewForDataset, writeView, type ViewState } from './url';

const URL_WRITE_DELAY_MS = 120;

function currentView(): ViewState {
  const { filters, selection, ui } = useAppStore.getState();
  return { filters, selection, ui };
}

function otherDatasetNotice(other: { id: string; version: string }, dataset: Dataset): string {
  return other.id === dataset.id
    ? `This link was made for version ${other.version} of the dataset; version ${dataset.version} is shown, so some items may differ or be missing.`
    : `This link was made for the dataset “${other.id}” (version ${other.version}); “${dataset.id}” is shown, so filters and selection naming other items were dropped.`;
}

/** "sources", "sources and places", "sources, categories and places". */
function inWords(nouns: readonly string[]): string {
  return nouns.length < 2 ? (nouns[0] ?? '') : `${nouns.slice(0, -1).join(', ')} and ${nouns.at(-1) ?? ''}`;
}

/** A compact set in the link indexes a list of ids this dataset does not have: it is not guessed at. */
export function misfitNotice(nouns: readonly string[]): string {
  const what = inWords(nouns);
  return `This link's choice of ${what} was made for a dataset with other ${what}, so it could not be applied: all ${what} are shown.`;
}

/** Mount once, above every panel: the first restore happens during render, before the map reads its view. */
export function useUrlSync(dataset: Dataset): void {
  const notify = useDeviceStore((s) => s.notify);
  const key = editionKey(dataset);
  // First render of the dashboard: no panel has mounted yet, so the store is set before any of them reads it.
  const [opened] = useState(() => {
    const { state, otherDataset, misfits } = readView(location.search, urlDomain(dataset));
    useAppStore.getState().restore(state);
    return { key, otherDataset, misfits };
  });
  const shownKey = useRef(opened.key);

  useEffect(() => {
    if (opened.otherDataset) notify(otherDatasetNotice(opened.otherDataset, dataset));
    if (opened.misfits.length > 0) notify(misfitNotice(opened.misfits));
    // Only the link the page was opened with is checked; later URLs are written by this app.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);

  useEffect(() => {
    const domain = urlDomain(dataset);
    if (shownKey.current !== key) {
      // Another dataset is shown: keep what still applies to it, drop ids it does not have.
      shownKey.current = key;
      useAppStore.getState().restore(viewForDataset(currentView(), dataset));
    }
    // Written a moment after the last change, not inside it: a burst of keys is one URL write, and
    // replaceState stays out of the frame that answers the key. Leaving the page writes at once.
    let pending = 0;
    const write = () => {
      window.clearTimeout(pending);
      pending = 0;
      const search = writeView(currentView(), domain, location.search);
      if (search !== location.search) {
        history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
      }
    };
    const schedule = () => {
      window.clearTimeout(pending);
      pending = window.setTimeout(write, URL_WRITE_DELAY_MS);
    };
    const flush = () => {
      if (pending) write();
    };
    write();
    const unsubscribe = useAppStore.subscribe(schedule);
    window.addEventListener('pagehide', flush);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [dataset, key]);
}
