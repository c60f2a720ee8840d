/** A minimum source grade: "C" shows sources graded A, B or C. A source not graded meets no minimum. */
import type { z } from 'zod';
import { RELIABILITY_ORDER } from '../dataset-index';
import { ReliabilitySchema, type Reliability } from '../schema';
import { defineFilter } from './types';

export const gradeFilter = defineFilter({
  key: 'grade',
  defaults: { minReliability: null as Reliability | null },
  domain: () => null,
  clamp: (value) => value,
  url: {
    params: { grade: ReliabilitySchema.optional().catch(undefined) as z.ZodType<string | undefined> },
    read: (params) => ({ minReliability: ReliabilitySchema.safeParse(params.grade).data ?? null }),
    write: (value) => ({ grade: value.minReliability }),
  },
  describe: ({ minReliability }) =>
    minReliability === null
      ? []
      : [
          {
            key: 'grade',
            label: `Sources graded ${minReliability} or better`,
            remove: { minReliability: null },
          },
        ],
  compile: ({ minReliability }, _dataset, index) => {
    if (minReliability === null) return null;
    const min = RELIABILITY_ORDER[minReliability];
    return { kind: 'values', dimension: 'sources', shows: (pos) => (index.sourceGrade[pos] ?? 9) <= min };
  },
});
