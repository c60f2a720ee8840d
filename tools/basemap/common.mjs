// Helpers shared by the basemap generators (build-basemap.mjs, build-region.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mapshaper from 'mapshaper';

export const HERE = path.dirname(fileURLToPath(import.meta.url));

export const readJSON = (p) => JSON.parse(fs.readFileSync(p, 'utf8'));
export const pkgDir = (name) => path.join(HERE, 'node_modules', name);
export const pkgVersion = (name) => readJSON(path.join(pkgDir(name), 'package.json')).version;
export const fc = (features) => ({ type: 'FeatureCollection', features });

/** A mapshaper command line run on GeoJSON inputs, its result as a FeatureCollection. */
export function mapshaperAt(precision) {
  return async function ms(cmd, inputs) {
    const out = await mapshaper.applyCommands(
      `${cmd} -o out.json format=geojson precision=${precision}`,
      inputs,
    );
    const g = JSON.parse(String(out['out.json']));
    // Layers without attributes (or left empty) come out as a GeometryCollection.
    if (g.type === 'GeometryCollection')
      return fc(g.geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry })));
    return g;
  };
}

/** Display names: apostrophes dropped and ë written yo (L’gov → Lgov, Orël → Oryol). */
export function normaliseName(gn) {
  return String(gn)
    .replace(/[’'ʹʼ‘`]/g, '')
    .replace(/Ë/g, 'Yo')
    .replace(/ë/g, 'yo')
    .replace(/\s+/g, ' ')
    .trim();
}
