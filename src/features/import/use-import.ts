import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { editionKey } from '../../data/dataset-keys';
import { datasetQueryOptions, localDatasetKey } from '../../data/dataset-query';
import { deviceStorage } from '../../data/device-storage';
import { prepareDataset } from '../../data/prepare-dataset';
import { judgementsQueryOptions } from '../../data/judgements-context';
import type { ImportedJudgements } from '../../data/judgements';
import { toStorageError } from '../../data/kv-store';
import { asSecondCopy, fingerprintOf, freeCopyId } from '../../data/same-edition';
import { validateFile } from '../../data/validate-file';
import type { Dataset } from '../../data/validate';
import { useDeviceStore } from '../../state/device';
import { useImportStore } from './import-store';

export const DEVICE_DATASETS_KEY = ['device-datasets'] as const;

/** What bringing a file's judgements in did, in words; nothing to say when it carried none that differ. */
export function describeImportedJudgements(result: ImportedJudgements): string | null {
  const { added, keptOwn, tookFile } = result;
  if (keptOwn + tookFile === 0) return null;
  const parts = [
    added > 0 ? `${added} added` : '',
    keptOwn > 0 ? `${keptOwn} kept as you had them (yours are newer)` : '',
    tookFile > 0 ? `${tookFile} replaced by the file's, which are newer` : '',
  ].filter(Boolean);
  return `The file's grades and notes differ from yours on this device: ${parts.join('; ')}.`;
}

interface ShowOptions {
  fingerprint?: string | undefined;
  migratedFrom?: number | undefined;
  /** Words added to the status line (what a table import dropped and assumed). */
  extra?: string;
  /** How to keep it, when something other than the page holds it (the worker that converted a table). */
  save?: () => Promise<void>;
}

/**
 * Makes a checked dataset the one on screen, keeps it on this device and says what was done: shared by
 * every kind of import (a dataset file, a table, places).
 */
export function useShowDataset() {
  const client = useQueryClient();
  const open = useDeviceStore((s) => s.open);
  const notify = useDeviceStore((s) => s.notify);

  const keep = useCallback(
    async (dataset: Dataset, fileName: string, options: ShowOptions): Promise<boolean> => {
      const storage = deviceStorage();
      try {
        await (options.save ? options.save() : storage.datasets.save(dataset, fileName, options.fingerprint));
        // Judgements carried by the file are brought in beside the analyst's own, never over them.
        if (dataset.analystJudgements) {
          const result = await storage.judgements.bringIn(editionKey(dataset), dataset.analystJudgements);
          const said = describeImportedJudgements(result);
          if (said) notify(said);
        }
        return true;
      } catch (error) {
        notify(
          `“${dataset.title}” is shown but could not be kept on this device: ${toStorageError(error).message}. ` +
            'It will be gone when this page is closed.',
        );
        return false;
      } finally {
        await client.invalidateQueries({ queryKey: DEVICE_DATASETS_KEY });
      }
    },
    [client, notify],
  );

  return useCallback(
    async (dataset: Dataset, fileName: string, options: ShowOptions = {}) => {
      const { migratedFrom, extra = '' } = options;
      const key = localDatasetKey(editionKey(dataset));
      const kept = await keep(dataset, fileName, options);
      await prepareDataset(dataset);
      client.setQueryData(datasetQueryOptions(key).queryKey, dataset);
      await client.resetQueries({ queryKey: judgementsQueryOptions(dataset).queryKey });
      open(key, { remember: kept });
      const migrated = migratedFrom
        ? ` It was written in schema version ${migratedFrom} and was updated to the current one.`
        : '';
      useImportStore.setState({
        busy: null,
        sameEdition: null,
        done: `Imported “${dataset.title}”, version ${dataset.version}${kept ? ', kept on this device' : ''}.${migrated}${extra}`,
      });
    },
    [client, keep, open],
  );
}

/** A table or GeoJSON file by its name; anything else is read as a dataset file (JSON). */
export function fileKind(file: File): 'dataset' | 'table' | 'places' {
  if (/\.geojson$/i.test(file.name)) return 'places';
  if (/\.json$/i.test(file.name) || file.type === 'application/json') return 'dataset';
  return 'table';
}

/**
 * Checks a file and, only if it passes, makes it the dataset on screen and keeps it on this device.
 * A refused file changes nothing on screen; it only lists what is wrong. A table opens the column mapper,
 * a GeoJSON file the places dialog.
 */
export function useImportFile() {
  const show = useShowDataset();
  const finish = useCallback(
    (dataset: Dataset, fileName: string, fingerprint: string | undefined, migratedFrom?: number) =>
      show(dataset, fileName, { fingerprint, migratedFrom }),
    [show],
  );

  const importFile = useCallback(
    async (file: File) => {
      const store = useImportStore;
      if (store.getState().busy || store.getState().table) return;
      const kind = fileKind(file);
      if (kind !== 'dataset') {
        store.setState({ problems: null, sameEdition: null, done: null, table: { file, kind } });
        return;
      }
      store.setState({
        busy: { fileName: file.name, stage: 'queued' },
        problems: null,
        sameEdition: null,
        done: null,
      });
      let result;
      try {
        result = await validateFile(file, (stage) =>
          store.setState({ busy: { fileName: file.name, stage } }),
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        result = {
          ok: false as const,
          issues: [{ path: '', row: 'file', field: '', message: `could not be read: ${message}` }],
        };
      }
      if (!result.ok) {
        const { issues, capped } = result;
        store.setState({ busy: null, problems: { fileName: file.name, problems: { issues, capped } } });
        return;
      }
      const dataset = result.data;
      const fingerprint = await fingerprintOf(file).catch(() => undefined);
      const kept = await deviceStorage()
        .datasets.meta(editionKey(dataset))
        .catch(() => undefined);
      // The same edition from a different file (or from a file kept before fingerprints): ask, never replace.
      if (kept && (!fingerprint || kept.fingerprint !== fingerprint)) {
        store.setState({
          busy: null,
          sameEdition: { fileName: file.name, dataset, fingerprint, migratedFrom: result.migratedFrom, kept },
        });
        return;
      }
      await finish(dataset, file.name, fingerprint, result.migratedFrom);
    },
    [finish],
  );

  /** The analyst's answer to a file of an edition already kept from another file. */
  const resolve = useCallback(
    async (choice: 'replace' | 'keep-both' | 'cancel') => {
      const pending = useImportStore.getState().sameEdition;
      if (!pending) return;
      if (choice === 'cancel') {
        useImportStore.setState({
          sameEdition: null,
          done: `${pending.fileName} was not imported; the dataset kept on this device is unchanged.`,
        });
        return;
      }
      let { dataset } = pending;
      if (choice === 'keep-both') {
        const listing = await deviceStorage()
          .datasets.list()
          .catch(() => ({ items: [] }));
        const taken = new Set(
          listing.items.filter((m) => m.version === dataset.version).map((m) => m.datasetId),
        );
        dataset = asSecondCopy(dataset, freeCopyId(dataset.id, taken), new Date());
      }
      await finish(dataset, pending.fileName, pending.fingerprint, pending.migratedFrom);
    },
    [finish],
  );

  return { importFile, resolve };
}
