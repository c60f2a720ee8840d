/**
 * Free text over quotes, summaries, descriptions, source names and citations, without case or accents.
 * The search text of every row is built on the first search only: most sessions never search.
 */
import { normaliseSearch } from '../dataset-index';
import { textParam } from './url-params';
import { defineFilter } from './types';

export const MAX_SEARCH_LENGTH = 200;

export const searchFilter = defineFilter({
  key: 'search',
  defaults: { search: '' },
  domain: () => null,
  clamp: (value) => (value.search.length <= MAX_SEARCH_LENGTH ? value : { search: '' }),
  url: {
    params: { q: textParam(MAX_SEARCH_LENGTH) },
    read: (params) => ({ search: params.q ?? '' }),
    write: (value) => ({ q: value.search.slice(0, MAX_SEARCH_LENGTH) || null }),
  },
  describe: ({ search }) =>
    search.trim() ? [{ key: 'search', label: `Search: “${search.trim()}”`, remove: { search: '' } }] : [],
  compile: ({ search }) => {
    const query = normaliseSearch(search);
    if (!query) return null;
    return {
      kind: 'rows',
      test: (rows, i) => {
        rows.text ??= rows.buildText();
        return (rows.text[i] ?? '').includes(query);
      },
    };
  },
});
