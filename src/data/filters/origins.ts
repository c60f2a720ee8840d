/** Origins to show: claims (article), context events, later context events; empty shows all. */
import { ORIGIN_LABEL } from '../labels';
import type { Origin } from '../schema';
import { shownSetFilter } from './shown-set';

export const originsFilter = shownSetFilter<'origins', Origin>({
  key: 'origins',
  field: 'origins',
  dimension: 'origins',
  param: 'origin',
  noun: 'Origin',
  label: (_dataset, id) => ORIGIN_LABEL[id],
});
