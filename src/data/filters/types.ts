/**
 * A filter, described once (kepler.gl's filter utilities are the model): its fields and defaults, its
 * domain in the data and how a value is clamped into it, its URL parameters, its words for chips and
 * captions, and what it compiles to for the filter pass. The store, the URL, the pass, the chips, the
 * captions and the chart all iterate over the list in `index.ts`; adding a filter is one file and one line.
 */
import type { z } from 'zod';
import type { DatasetIndex, Dimension, RowIndex } from '../dataset-index';
import type { Dataset } from '../validate';

/** A filter in force, in words, with the change that removes it. */
export interface ActiveFilter<S> {
  key: string;
  /** Said the same way on a chip and in an export's caption. */
  label: string;
  remove: Partial<S>;
}

/**
 * What a filter's value is for the pass: either which values of a dimension it shows (filters over the
 * same dimension are combined: a value is shown only when every one of them shows it), or a test of
 * each row. Null when the filter is at its default and shows everything.
 */
export type CompiledFilter =
  | { kind: 'values'; dimension: Dimension; shows: (position: number) => boolean }
  | { kind: 'rows'; test: (rows: RowIndex, row: number) => boolean };

/** A URL parameter as read: a string, or undefined when absent or not a string the filter can use. */
export type UrlParam = z.ZodType<string | undefined>;

/** What a filter may need of the dataset to write or read its parameters. */
export interface UrlContext {
  /** Each dimension's ids, as the dataset lists them. */
  ids: DatasetIndex['ids'];
}

export interface UrlReadContext extends UrlContext {
  /**
   * Says that a value was written for other data (its ids changed) and is read as the default instead:
   * the link's reader tells the analyst, naming what (`noun`, "sources") shows everything.
   */
  misfit: (noun: string) => void;
}

export interface FilterDescriptor<S extends object, D> {
  key: string;
  /** The filter's fields in the store and their defaults: the default shows everything. */
  defaults: S;
  /** What the data allows (ids that exist, the dates it spans). */
  domain: (dataset: Dataset, index: DatasetIndex) => D;
  /** A value brought into the domain: unknown ids dropped, dates kept within the data. */
  clamp: (value: S, domain: D) => S;
  url: {
    /** Its parameters, each a zod schema that reads a bad value as absent (`.catch(undefined)`). */
    params: Record<string, UrlParam>;
    read: (params: Readonly<Record<string, string | undefined>>, context: UrlReadContext) => S;
    /** The parameters for a value; those at their default are left out. */
    write: (value: S, context: UrlContext) => Record<string, string | null>;
  };
  describe: (value: S, dataset: Dataset) => ActiveFilter<S>[];
  compile: (value: S, dataset: Dataset, index: DatasetIndex) => CompiledFilter | null;
}

/** Declares a filter; the identity function, there for the types. */
export const defineFilter = <S extends object, D>(descriptor: FilterDescriptor<S, D>) => descriptor;
