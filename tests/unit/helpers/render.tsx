/** One render helper: a fresh QueryClient (no retries) and the dataset provided, as the app does. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement } from 'react';
import { DatasetContext } from '../../../src/data/dataset-context';
import type { Dataset } from '../../../src/data/validate';
import { AppliedFiltersProvider } from '../../../src/state/applied-filters';

export function renderWithData(ui: ReactElement, dataset: Dataset | null, options?: RenderOptions) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <DatasetContext.Provider value={dataset}>
        <AppliedFiltersProvider>{ui}</AppliedFiltersProvider>
      </DatasetContext.Provider>
    </QueryClientProvider>,
    options,
  );
}
