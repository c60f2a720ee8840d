/** Sources the analyst unchecked. Empty (the default) shows every source and keeps the URL clean. */
import { known, listOf, textParam } from './url-params';
import { defineFilter } from './types';

/** Up to this many hidden sources are named one chip each; more are one chip that counts them. */
const NAMED_CHIPS = 3;

export const sourcesFilter = defineFilter({
  key: 'sources',
  defaults: { hiddenSources: [] as string[] },
  domain: (dataset) => dataset.sources.map((s) => s.id),
  clamp: (value, ids: readonly string[]) => ({ hiddenSources: known(value.hiddenSources, ids) }),
  url: {
    params: { hide: textParam() },
    read: (params) => ({ hiddenSources: listOf(params.hide) }),
    write: (value) => ({ hide: value.hiddenSources.join(',') || null }),
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
