import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import { DatasetContext } from '../data/dataset-context';
import { deviceStorage } from '../data/device-storage';
import { applyJudgements, EMPTY_JUDGEMENTS, indexGrades } from '../data/judgements';
import { editionKey } from '../data/dataset-keys';
import {
  JudgementsContext,
  judgementsQueryOptions,
  type GradeTarget,
  type StoredJudgements,
} from '../data/judgements-context';
import { announceJudgements, describeOverwritten, listenForJudgements } from '../data/judgements-channel';
import { toStorageError } from '../data/kv-store';
import type { AnalystJudgements } from '../data/schema';
import type { Dataset } from '../data/validate';
import { useDeviceStore } from '../state/device';

/**
 * Provides the dataset as the analyst judges it: judgements are applied before any panel sees the data,
 * so filters, charts and exports follow a re-grade without knowing about it.
 */
export function JudgedDataset({ original, children }: { original: Dataset; children: ReactNode }) {
  const key = editionKey(original);
  const query = useQuery(judgementsQueryOptions(original));
  const client = useQueryClient();
  const notify = useDeviceStore((s) => s.notify);
  const [editing, setEditing] = useState<GradeTarget | null>(null);

  const problem = query.data?.problem;
  useEffect(() => {
    if (problem) notify(`Your grades and notes could not be read: ${problem}.`);
  }, [problem, notify]);

  const judgements = query.data?.stored ?? original.analystJudgements ?? EMPTY_JUDGEMENTS;
  // The panels follow new grades in a render React can interrupt: with the stored grades arriving after
  // the first screen, a quarter of a million rows drawn again in one go held the page for a quarter second.
  // A new dataset (an import, an edit) is shown at once, with the grades that are its own.
  const pair = useMemo(() => ({ original, judgements }), [original, judgements]);
  const deferred = useDeferredValue(pair);
  const shown = deferred.original === original ? deferred.judgements : judgements;
  const dataset = useMemo(() => applyJudgements(original, shown), [original, shown]);

  // Another tab that saves grades for this edition says so; this tab then reads them again.
  useEffect(
    () => listenForJudgements(key, () => void client.invalidateQueries({ queryKey: ['judgements', key] })),
    [client, key],
  );

  const save = useCallback(
    (next: AnalystJudgements, before: AnalystJudgements = judgements) => {
      client.setQueryData<StoredJudgements>(['judgements', key], { stored: next, problem: null });
      deviceStorage()
        .judgements.merge(key, before, next)
        .then(({ merged, overwritten }) => {
          client.setQueryData<StoredJudgements>(['judgements', key], { stored: merged, problem: null });
          announceJudgements(key);
          if (overwritten.length > 0) notify(describeOverwritten(overwritten));
        })
        .catch((error: unknown) =>
          notify(
            `Your grades and notes could not be kept on this device: ${toStorageError(error).message}. ` +
              'They apply until this page is closed.',
          ),
        );
    },
    [client, key, notify, judgements],
  );

  // Judgements carried over from an earlier version are kept under this version at once, and said so.
  const carriedFrom = query.data?.carriedFrom;
  const carried = carriedFrom ? query.data?.stored : null;
  useEffect(() => {
    if (!carriedFrom || !carried) return;
    save(carried, EMPTY_JUDGEMENTS);
    notify(
      `Your grades and notes from version ${carriedFrom} of this dataset were carried over to version ` +
        `${original.version}. Those about rows this version no longer has are kept but not shown.`,
    );
  }, [carriedFrom, carried, save, notify, original.version]);

  const grades = useMemo(() => indexGrades(original, judgements), [original, judgements]);
  const value = useMemo(
    () => ({ original, judgements, grades, save, editing, edit: setEditing }),
    [original, judgements, grades, save, editing],
  );
  return (
    <JudgementsContext.Provider value={value}>
      <DatasetContext.Provider value={dataset}>{children}</DatasetContext.Provider>
    </JudgementsContext.Provider>
  );
}
