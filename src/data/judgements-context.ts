/**
 * The analyst's judgements beside the dataset the panels read. Panels that only show grades need nothing
 * from here (the grades in `useDataset()` already are the analyst's); this is for showing the original
 * next to them, and for editing.
 */
import { queryOptions } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { deviceStorage } from './device-storage';
import { toStorageError } from './kv-store';
import { type GradeIndex } from './judgements';
import { editionKey } from './dataset-keys';
import type { AnalystJudgements } from './schema';
import type { Dataset } from './validate';

export interface GradeTarget {
  kind: 'source' | 'claim';
  id: string;
}

export interface JudgementsValue {
  /** The dataset exactly as loaded: its own grades, before any judgement. */
  original: Dataset;
  judgements: AnalystJudgements;
  /** Each row's grade in force, its original and the analyst's note. */
  grades: GradeIndex;
  save: (next: AnalystJudgements) => void;
  /** The row whose grade editor is open, wherever it was opened from. */
  editing: GradeTarget | null;
  edit: (target: GradeTarget | null) => void;
}

export const JudgementsContext = createContext<JudgementsValue | null>(null);

/** Null outside the app (a panel rendered alone in a test): grading is then simply not offered. */
export function useJudgements(): JudgementsValue | null {
  return useContext(JudgementsContext);
}

export interface StoredJudgements {
  /** Null when this device holds none for the dataset. */
  stored: AnalystJudgements | null;
  /** Why stored judgements could not be read, for a notice. */
  problem: string | null;
  /** The earlier version whose judgements `stored` holds, when this edition had none of its own. */
  carriedFrom?: string | null;
}

export const judgementsQueryOptions = (dataset: Pick<Dataset, 'id' | 'version'>) =>
  queryOptions({
    queryKey: ['judgements', editionKey(dataset)],
    queryFn: async (): Promise<StoredJudgements> => {
      try {
        const store = deviceStorage().judgements;
        const own = await store.load(editionKey(dataset));
        if (own) return { stored: own, problem: null };
        const earlier = await store.latestEarlier(dataset.id, dataset.version);
        return earlier
          ? { stored: earlier.judgements, problem: null, carriedFrom: earlier.version }
          : { stored: null, problem: null };
      } catch (error) {
        return { stored: null, problem: toStorageError(error).message };
      }
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
