/** The dataset's categories to show (a claim's, or an event's own or further ones); empty shows all. */
import { categoryOf } from '../dataset-index';
import { shownSetFilter } from './shown-set';

export const categoriesFilter = shownSetFilter({
  key: 'categories',
  field: 'categories',
  dimension: 'categories',
  param: 'cat',
  noun: 'Categories',
  label: (dataset, id) => categoryOf(dataset, id).label,
});
