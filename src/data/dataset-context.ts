/** The loaded, validated dataset, handed to every panel by the app once the query has it. */
import { createContext, useContext } from 'react';
import type { Dataset } from './validate';

export const DatasetContext = createContext<Dataset | null>(null);

export function useDataset(): Dataset {
  const dataset = useContext(DatasetContext);
  if (!dataset) throw new Error('useDataset must be used inside a loaded dataset (DatasetContext).');
  return dataset;
}
