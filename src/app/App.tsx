import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useState } from 'react';
import { stackedNow } from '../config/layout';
import { BUNDLED_DATASET_URL, datasetKeyName } from '../data/dataset-keys';
import { datasetQueryOptions } from '../data/dataset-query';
import { DatasetError } from '../data/fetch-dataset';
import type { Problems } from '../data/validate';
import { useDeviceStore } from '../state/device';
import { Dashboard } from './Dashboard';
import { DatasetErrorPanel } from './DatasetErrorPanel';
import { JudgedDataset } from './JudgedDataset';
import { mapChunk } from './map-chunk';

const problemsOf = (error: Error): Problems =>
  error instanceof DatasetError ? { issues: error.issues, capped: error.capped } : { issues: [] };

/**
 * Loads the active dataset (bundled, a `?data=` link, or kept on this device), then shows the dashboard, or
 * a readable error — never a blank page. Any but the bundled one that cannot be shown falls back to the
 * bundled one, its problems listed above it.
 */
export function App() {
  const activeKey = useDeviceStore((s) => s.activeKey);
  const fallBackToBundled = useDeviceStore((s) => s.fallBackToBundled);
  const query = useQuery({
    ...datasetQueryOptions(activeKey),
    // The dataset on screen stays while another one loads.
    placeholderData: (previous) => previous,
  });
  // The dashboard is drawn for a new dataset in a render React can interrupt: a 100k-event dataset's first
  // render of every panel would otherwise hold the page for one long task.
  const data = useDeferredValue(query.data);
  const mapReady = useMapChunk();
  const local = activeKey !== BUNDLED_DATASET_URL;
  const failure = query.isError ? query.error : null;

  useEffect(() => {
    if (!local || !failure) return;
    // Its problems are kept: the analyst sees the same report as for an imported file, over the bundled one.
    fallBackToBundled(failure.message, {
      fileName: datasetKeyName(activeKey),
      problems: problemsOf(failure),
    });
  }, [local, failure, fallBackToBundled, activeKey]);

  const loading = (
    <div className="app-status" role="status">
      Loading the dataset…
    </div>
  );
  if (query.isPending || (local && failure)) return loading;
  if (query.isError) {
    const error = query.error;
    return (
      <DatasetErrorPanel
        title="The dataset could not be shown"
        message={error.message}
        fileName={datasetKeyName(activeKey)}
        problems={problemsOf(error)}
      />
    );
  }
  // The dataset has arrived; until its deferred first render is ready, the page still says it is loading.
  if (data === undefined || !mapReady) return loading;
  return (
    <JudgedDataset original={data}>
      <Dashboard />
    </JudgedDataset>
  );
}

/**
 * Side by side the map is on the first screen: the dashboard waits for the map's code (downloaded beside the
 * dataset, app/prefetch.ts) as it would for code of its own, rather than drawing the map a moment after the
 * rest. Stacked, the map is drawn when scrolled to. A failed download is shown by the map's own boundary.
 */
function useMapChunk(): boolean {
  const [ready, setReady] = useState(() => stackedNow() || mapChunk.isLoaded());
  useEffect(() => {
    if (ready) return;
    let live = true;
    void mapChunk.settled().then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [ready]);
  return ready;
}
