/** Sources the analyst unchecked. Empty (the default) shows every source and keeps the URL clean. */
import { idSetParam, readIdSet, writeIdSet } from './id-set-param';
import { known } from './url-params';
import { defineFilter } from './types';

/** Up to this many hidden sources are named one chip each; more are one chip that counts them. */
const NAMED_CHIPS = 3;

export const sourcesFilter = defineFilter({
  key: 'sources',
  defaults: { hiddenSources: [] as string[] },
  domain: (_dataset, index) => index.ids.sources,
  clamp: (value, ids: readonly string[]) => ({ hiddenSources: known(value.hiddenSources, ids) }),
  url: {
    params: { hide: idSetParam() },
    read: (params, { ids, misfit }) => {
      const read = readIdSet(params.hide, ids.sources);
      if (read.ok) return { hiddenSources: read.ids };
      misfit('sources');
      return { hiddenSources: [] };
    },
    write: (value, { ids }) => ({ hide: writeIdSet(value.hiddenSources, ids.sources) }),
  },
  describe: ({ hiddenSources }, dataset) => {
    if (hiddenSources.length === 0) return [];
    if (hiddenSources.length > NAMED_CHIPS) {
      const total = dataset.sources.length;
      return [
        {
          key: 'sources',
          label: `Sources: ${(total - hiddenSources.length).toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} shown`,
          remove: { hiddenSources: [] },
        },
      ];
    }
    const names = new Map(dataset.sources.map((s) => [s.id, s.shortName]));
    return hiddenSources.map((id) => ({
      key: `source:${id}`,
      label: `Hidden: ${names.get(id) ?? id}`,
      remove: { hiddenSources: hiddenSources.filter((h) => h !== id) },
    }));
  },
  compile: ({ hiddenSources }, _dataset, index) => {
    if (hiddenSources.length === 0) return null;
    const hidden = new Uint8Array(index.ids.sources.length);
    for (const id of hiddenSources) {
      const pos = index.positions.sources.get(id);
      if (pos !== undefined) hidden[pos] = 1;
    }
    return { kind: 'values', dimension: 'sources', shows: (pos) => hidden[pos] !== 1 };
  },
});
