/**
 * A filter that shows a chosen set of a dimension's values (categories, origins, places): empty, the
 * default, shows all. Each is declared by `shownSetFilter` with its field, URL parameter and words.
 */
import type { DatasetIndex, Dimension } from '../dataset-index';
import type { Dataset } from '../validate';
import { idSetParam, readIdSet, writeIdSet } from './id-set-param';
import { known } from './url-params';
import { defineFilter } from './types';

/** Up to this many chosen values are named on the chip; more are counted. */
const NAMED = 4;

interface ShownSetOptions<F extends string, V extends string> {
  key: string;
  field: F;
  dimension: Dimension;
  param: string;
  /** "Categories", "Origin", "Places". */
  noun: string;
  label: (dataset: Dataset, id: V) => string;
}

/** V: the values' type (an origin, or any id). */
export function shownSetFilter<F extends string, V extends string = string>(options: ShownSetOptions<F, V>) {
  const { field, dimension } = options;
  type Value = Record<F, V[]>;
  const value = (list: V[]) => ({ [field]: list }) as Value;
  return defineFilter<Value, readonly V[]>({
    key: options.key,
    defaults: value([]),
    domain: (_dataset, index: DatasetIndex) => index.ids[dimension] as readonly V[],
    clamp: (v, ids) => value(known(v[field], ids)),
    url: {
      params: { [options.param]: idSetParam() },
      // Unknown entries of a plain list are dropped by `clamp`, against the dataset's values.
      read: (params, { ids, misfit }) => {
        const read = readIdSet(params[options.param], ids[dimension]);
        if (read.ok) return value(read.ids as V[]);
        misfit(options.noun.toLowerCase());
        return value([]);
      },
      write: (v, { ids }) => ({ [options.param]: writeIdSet(v[field], ids[dimension]) }),
    },
    describe: (v, dataset) => {
      const chosen = v[field];
      if (chosen.length === 0) return [];
      const total = datasetCount(dataset, dimension);
      const names =
        chosen.length > NAMED
          ? `${chosen.length.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}`
          : chosen.map((id) => options.label(dataset, id)).join(', ');
      return [{ key: options.key, label: `${options.noun}: ${names}`, remove: value([]) }];
    },
    compile: (v, _dataset, index) => {
      if (v[field].length === 0) return null;
      const shown = new Uint8Array(index.ids[dimension].length);
      for (const id of v[field]) {
        const pos = index.positions[dimension].get(id);
        if (pos !== undefined) shown[pos] = 1;
      }
      return { kind: 'values', dimension, shows: (pos) => shown[pos] === 1 };
    },
  });
}

function datasetCount(dataset: Dataset, dimension: Dimension): number {
  if (dimension === 'origins') return 3;
  return dataset[dimension].length;
}
