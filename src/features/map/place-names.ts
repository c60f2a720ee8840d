import type { Place } from '../../data/schema';

/** The name as a map label: "Plekhovo (Plyokhovo), Sudzhansky district" → "Plekhovo". */
export function shortPlaceName(place: Pick<Place, 'name'>): string {
  return place.name.split(/\s*[(,]/)[0]?.trim() || place.name;
}
