/**
 * Datasets kept on this device: each imported dataset under `data:<localId>`, with a small record under
 * `meta:<localId>` so the list never has to read whole datasets. A stored dataset is untrusted on the way
 * back (another tab, an old version or a broken disk may have written it) and is validated again.
 *
 * The events are kept apart, `EVENTS_PER_CHUNK` to a record (`events:<localId>:<generation>:<n>`), and the dataset
 * record holds the rest: IndexedDB copies a value in one go on the thread that writes or reads it, and a
 * 250,000-event dataset in one value held the page for seconds both ways. A dataset stored whole by an
 * earlier version is still read.
 */
import { z } from 'zod';
import { editionKey } from './dataset-keys';
import {
  EMPTY_JUDGEMENTS,
  importJudgements,
  mergeJudgements,
  type ImportedJudgements,
  type Overwritten,
} from './judgements';
import { AnalystJudgementsSchema, type AnalystJudgements } from './schema';
import { StorageError, type KeyValueStore } from './kv-store';
import { parseDataset, type Dataset, type Result } from './validate';
import type { History } from '../lib/history';

const MetaSchema = z.object({
  localId: z.string().min(1).max(200),
  datasetId: z.string().max(200),
  title: z.string().max(1_000),
  version: z.string().max(100),
  importedAt: z.string().max(100),
  fileName: z.string().max(1_000).optional(),
  /** SHA-256 of the file kept, to tell a re-import of the same file from a different file of one edition. */
  fingerprint: z.string().max(100).optional(),
  /** A dataset written or edited in the app (its editing session is kept under `edit:<localId>`). */
  editable: z.boolean().optional(),
});
export type StoredDatasetMeta = z.infer<typeof MetaSchema>;

/** Local ids of datasets written or edited in the app start with this; imported ones never do. */
export const EDITABLE_PREFIX = 'edit~';

const PatchSchema = z.object({
  op: z.enum(['add', 'remove', 'replace']),
  path: z.array(z.union([z.string(), z.number()])).max(64),
  value: z.unknown().optional(),
});
const StepSchema = z.object({
  label: z.string().max(1_000),
  patches: z.array(PatchSchema),
  inverse: z.array(PatchSchema),
});

/**
 * What an editable dataset keeps beside its data: where it was copied from, whether it changed since it
 * was last exported (its version is bumped on the next export), and its undo history.
 */
export const EditSessionSchema = z.object({
  localId: z.string().min(1).max(200),
  copiedFrom: z.object({ title: z.string().max(1_000), version: z.string().max(100) }).nullable(),
  changedSinceExport: z.boolean(),
  /** The version last exported; null before the first export. */
  lastExported: z.string().max(100).nullable(),
  history: z.object({ past: z.array(StepSchema), future: z.array(StepSchema) }),
});
export type EditSession = Omit<z.infer<typeof EditSessionSchema>, 'history'> & { history: History };

/** Events per stored record: copying one takes a few tens of milliseconds. */
export const EVENTS_PER_CHUNK = 2_500;

/** The dataset record when its events are kept in chunks. */
const ChunkedSchema = z.object({
  format: z.literal('chunked-events'),
  generation: z.string().regex(/^[a-z0-9]{1,40}$/),
  eventChunks: z.number().int().nonnegative().max(10_000),
  dataset: z.record(z.string(), z.unknown()),
});

const chunkKey = (localId: string, generation: string, n: number) => `events:${localId}:${generation}:${n}`;

export interface DatasetListing {
  items: StoredDatasetMeta[];
  /** Records that could not be read; listed as a notice, never as a crash. */
  unreadable: number;
}

function metaOf(dataset: Dataset, localId: string, fileName?: string): StoredDatasetMeta {
  return {
    localId,
    datasetId: dataset.id,
    title: dataset.title,
    version: dataset.version,
    importedAt: new Date().toISOString(),
    ...(fileName ? { fileName: fileName.slice(0, 1_000) } : {}),
    ...(localId.startsWith(EDITABLE_PREFIX) ? { editable: true } : {}),
  };
}

export function createDatasetLibrary(kv: KeyValueStore) {
  /** Event chunks of `localId` whose generation `which` picks. */
  const removeChunks = async (localId: string, which: (generation: string) => boolean) => {
    const prefix = `events:${localId}:`;
    const stale = (await kv.keys()).filter(
      (key) => key.startsWith(prefix) && which(key.slice(prefix.length).split(':')[0] ?? ''),
    );
    if (stale.length > 0) await kv.delMany(stale);
  };
  /** The stored dataset as it was written, events put back; not yet validated. */
  const read = async (localId: string): Promise<unknown> => {
    const raw = await kv.get(`data:${localId}`);
    if (raw === undefined) {
      throw new StorageError('corrupted', `the dataset "${localId}" is no longer stored on this device`);
    }
    const chunked = ChunkedSchema.safeParse(raw);
    if (!chunked.success) return raw;
    const events: unknown[] = [];
    for (let n = 0; n < chunked.data.eventChunks; n++) {
      const chunk = await kv.get(chunkKey(localId, chunked.data.generation, n));
      if (!Array.isArray(chunk)) {
        throw new StorageError('corrupted', `part ${n + 1} of the events of "${localId}" is missing`);
      }
      for (const e of chunk as unknown[]) events.push(e);
    }
    return { ...chunked.data.dataset, events };
  };
  return {
    async list(): Promise<DatasetListing> {
      const metaKeys = (await kv.keys()).filter((k) => k.startsWith('meta:'));
      let unreadable = 0;
      const items: StoredDatasetMeta[] = [];
      for (const key of metaKeys) {
        const parsed = MetaSchema.safeParse(await kv.get(key));
        if (parsed.success) items.push(parsed.data);
        else unreadable += 1;
      }
      items.sort((a, b) => b.importedAt.localeCompare(a.importedAt));
      return { items, unreadable };
    },

    /** The record of a kept edition, or undefined (also for one that cannot be read). */
    async meta(localId: string): Promise<StoredDatasetMeta | undefined> {
      return MetaSchema.safeParse(await kv.get(`meta:${localId}`)).data;
    },

    /** Importing the same edition again replaces it rather than keeping two copies that cannot be told apart. */
    async save(dataset: Dataset, fileName?: string, fingerprint?: string): Promise<StoredDatasetMeta> {
      const localId = editionKey(dataset);
      const meta = { ...metaOf(dataset, localId, fileName), ...(fingerprint ? { fingerprint } : {}) };
      // The events first, under a generation of their own, a chunk per write; then the dataset record and
      // its list entry in one transaction: a full disk keeps neither, no listed dataset lacks its data, and
      // an edition saved again is never read half old, half new. Chunks of other generations go after.
      const events = dataset.events;
      const eventChunks = Math.ceil(events.length / EVENTS_PER_CHUNK);
      const generation = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
      try {
        for (let n = 0; n < eventChunks; n++) {
          const slice = events.slice(n * EVENTS_PER_CHUNK, (n + 1) * EVENTS_PER_CHUNK);
          await kv.set(chunkKey(localId, generation, n), slice);
        }
        await kv.setMany([
          [
            `data:${localId}`,
            { format: 'chunked-events', generation, eventChunks, dataset: { ...dataset, events: [] } },
          ],
          [`meta:${localId}`, meta],
        ]);
      } catch (error) {
        await removeChunks(localId, (g) => g === generation).catch(() => undefined);
        throw error;
      }
      await removeChunks(localId, (g) => g !== generation);
      return meta;
    },

    read,

    async load(localId: string): Promise<Result<Dataset>> {
      return parseDataset(await read(localId));
    },

    async remove(localId: string): Promise<void> {
      await kv.delMany([`meta:${localId}`, `data:${localId}`, `edit:${localId}`]);
      await removeChunks(localId, () => true);
    },

    /** The editing session of an editable dataset (its undo history), or undefined for any other. */
    async loadSession(localId: string): Promise<EditSession | undefined> {
      const raw = await kv.get(`edit:${localId}`);
      if (raw === undefined) return undefined;
      const parsed = EditSessionSchema.safeParse(raw);
      if (!parsed.success) {
        throw new StorageError('corrupted', `the undo history of "${localId}" could not be read`);
      }
      return parsed.data as EditSession;
    },

    /**
     * An editable dataset and its editing session, in one transaction: after a crash the undo history
     * always belongs to the data beside it.
     */
    async saveEdited(dataset: Dataset, session: EditSession): Promise<void> {
      const localId = session.localId;
      await kv.setMany([
        [`data:${localId}`, dataset],
        [`meta:${localId}`, metaOf(dataset, localId)],
        [`edit:${localId}`, session],
      ]);
    },
  };
}
export type DatasetLibrary = ReturnType<typeof createDatasetLibrary>;

/** "1.10.0" after "1.9.2": versions compared part by part, as numbers. */
function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * What the device holds for an edition, inside a write: something unreadable is never written over (the
 * write is refused, and says why), since it may be an analyst's work an older or newer version wrote.
 */
function readStored(key: string, current: unknown): AnalystJudgements {
  if (current === undefined) return EMPTY_JUDGEMENTS;
  const parsed = AnalystJudgementsSchema.safeParse(current);
  if (!parsed.success) {
    throw new StorageError('corrupted', `the grades and notes stored for "${key}" could not be read`);
  }
  return parsed.data;
}

/** Judgements per dataset edition (`id@version`), in their own store. */
export function createJudgementStore(kv: KeyValueStore) {
  const load = async (key: string): Promise<AnalystJudgements | undefined> => {
    const raw = await kv.get(key);
    if (raw === undefined) return undefined;
    const parsed = AnalystJudgementsSchema.safeParse(raw);
    if (!parsed.success) {
      throw new StorageError('corrupted', `the grades and notes stored for "${key}" could not be read`);
    }
    return parsed.data;
  };
  return {
    load,
    save: (key: string, judgements: AnalystJudgements) => kv.set(key, judgements),
    /**
     * Writes this tab's change (`before` → `after`) into what the device holds now, in one transaction, so
     * another tab's judgements on other rows are never overwritten with a stale copy.
     */
    async merge(key: string, before: AnalystJudgements, after: AnalystJudgements) {
      let result = { merged: after, overwritten: [] as Overwritten[] };
      await kv.update(key, (current) => {
        result = mergeJudgements(readStored(key, current), before, after);
        return result.merged;
      });
      return result;
    },
    /** A file's judgements brought in beside the ones kept here (importJudgements), in one transaction. */
    async bringIn(key: string, fromFile: AnalystJudgements) {
      let result: ImportedJudgements = { merged: fromFile, added: 0, keptOwn: 0, tookFile: 0 };
      await kv.update(key, (current) => {
        result = importJudgements(readStored(key, current), fromFile);
        return result.merged;
      });
      return result;
    },
    /**
     * The judgements of the latest earlier version of the same dataset, for an edition that has none of its
     * own: a new version of a dataset (the bundled one after an update) must not silently drop an analyst's
     * grades and notes.
     */
    async latestEarlier(
      datasetId: string,
      version: string,
    ): Promise<{ version: string; judgements: AnalystJudgements } | undefined> {
      const prefix = `${datasetId}@`;
      const earlier = (await kv.keys())
        .filter((k) => k.startsWith(prefix))
        .map((k) => k.slice(prefix.length))
        .filter((v) => /^\d+\.\d+\.\d+$/.test(v) && compareVersions(v, version) < 0)
        .sort(compareVersions);
      const latest = earlier.at(-1);
      if (latest === undefined) return undefined;
      const judgements = await load(`${prefix}${latest}`);
      return judgements ? { version: latest, judgements } : undefined;
    },
  };
}
export type JudgementStore = ReturnType<typeof createJudgementStore>;
