/** Places to show: only claims and events linked to one of them; empty (the default) shows all. */
import { shownSetFilter } from './shown-set';

export const placesFilter = shownSetFilter({
  key: 'places',
  field: 'places',
  dimension: 'places',
  param: 'place',
  noun: 'Places',
  label: (dataset, id) => dataset.places.find((p) => p.id === id)?.name ?? id,
});
