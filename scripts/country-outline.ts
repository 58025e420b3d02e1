/**
 * Is a point inside a country? For the audit scripts that check geocoded places (time-place-audit.ts,
 * analysis-audit.ts): the country outlines of the world-countries package (one GeoJSON file per ISO3 code),
 * loaded on first use, with a point-in-polygon test that honours holes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Ring = number[][];

const require = createRequire(import.meta.url);
const countriesDir = require.resolve('world-countries/package.json').replace(/package\.json$/, 'data/');
const outlines = new Map<string, Ring[][] | null>();

function outline(iso3: string): Ring[][] | null {
  const key = iso3.toLowerCase();
  if (outlines.has(key)) return outlines.get(key)!;
  const path = countriesDir + key + '.geo.json';
  let polys: Ring[][] | null = null;
  if (existsSync(path)) {
    polys = [];
    for (const f of JSON.parse(readFileSync(path, 'utf8')).features) {
      const g = f.geometry;
      if (g?.type === 'Polygon') polys.push(g.coordinates);
      else if (g?.type === 'MultiPolygon') polys.push(...g.coordinates);
    }
  }
  outlines.set(key, polys);
  return polys;
}

function inRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!, [xj, yj] = ring[j]!;
    if (yi! > lat !== yj! > lat && lon < ((xj! - xi!) * (lat - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

/** True when the point (or a point about 50 km from it) is inside the country; null when there is no outline for it. */
export function inCountry(lon: number, lat: number, iso3: string): boolean | null {
  const polys = outline(iso3);
  if (!polys) return null;
  const d = 0.45; // about 50 km: coastal cities and islands sit on or just outside a simplified outline
  for (const [dx, dy] of [[0, 0], [d, 0], [-d, 0], [0, d], [0, -d], [d, d], [-d, -d], [d, -d], [-d, d]]) {
    for (const p of polys) if (inRing(lon + dx!, lat + dy!, p[0]!) && !p.slice(1).some((h) => inRing(lon + dx!, lat + dy!, h))) return true;
  }
  return false;
}
