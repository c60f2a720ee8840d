/**
 * Full licence texts, loaded only when the licences dialog asks (a separate chunk, same origin).
 * Library texts come straight from the installed packages, so they match what is bundled.
 */
import apache2 from './licence-texts/Apache-2.0.txt?raw';
import gpl3 from './licence-texts/GPL-3.0.txt?raw';
import lgpl3 from './licence-texts/LGPL-3.0.txt?raw';
import leaflet from '../../../node_modules/leaflet/LICENSE?raw';
import hippocratic from '../../../node_modules/react-leaflet/LICENSE.md?raw';
import mit from '../../../node_modules/react/LICENSE?raw';
import isc from '../../../node_modules/topojson-client/LICENSE?raw';
import type { LicenceTextKey } from './licences';

export const LICENCE_TEXTS: Record<LicenceTextKey, string> = {
  'bsd-leaflet': leaflet,
  hippocratic,
  // React's file is the MIT text; each MIT library's own copyright line is listed in the dialog.
  mit,
  isc,
  // The LGPL adds its permissions to the GPL, so both texts travel together.
  lgpl3: `${lgpl3}\n\n${'-'.repeat(72)}\n\n${gpl3}`,
  apache2,
};
