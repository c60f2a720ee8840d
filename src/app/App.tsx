import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect } from 'react';
import { BUNDLED_DATASET_URL } from '../data/dataset-keys';
import { datasetQueryOptions } from '../data/dataset-query';
import { DatasetError } from '../data/fetch-dataset';
import { useDeviceStore } from '../state/device';
import { Dashboard } from './Dashboard';
import { DatasetErrorPanel } from './DatasetErrorPanel';
import { JudgedDataset } from './JudgedDataset';

/**
 * Loads the active dataset (bundled, or kept on this device), then shows the dashboard, or a readable
 * error — never a blank page. A stored dataset that cannot be shown falls back to the bundled one.
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
  // render of every panel would otherwise hold the page for over half a second.
  const data = useDeferredValue(query.data);
  const local = activeKey !== BUNDLED_DATASET_URL;
  const failure = query.isError ? query.error : null;

  useEffect(() => {
    if (local && failure) fallBackToBundled(failure.message);
  }, [local, failure, fallBackToBundled]);

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
        issues={error instanceof DatasetError ? error.issues : []}
      />
    );
  }
  // The dataset has arrived; until its deferred first render is ready, the page still says it is loading.
  if (data === undefined) return loading;
  return (
    <JudgedDataset original={data}>
      <Dashboard />
    </JudgedDataset>
  );
}
