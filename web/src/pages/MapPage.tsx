import { useMemo, useState } from 'react';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { api, dateParam, type PlaceCount } from '../api.ts';
import { href, useLoad } from '../hooks.ts';
import { articleCount, useT } from '../i18n.ts';
import { Empty, Status } from '../components/Status.tsx';
import { PLOVER_TYPES } from '../plover.ts';

const W = 960;
const H = 500;

export function MapPage({ params }: { params: URLSearchParams }) {
  const t = useT();
  // The filters live in the URL, so a reload, a shared link and back/forward keep them; values the API
  // would refuse (a mistyped date or type) are dropped rather than sent.
  const date = (v: string | null) => dateParam(v) ?? '';
  const plover = params.get('plover') ?? '';
  const filters = { from: date(params.get('from')), to: date(params.get('to')), plover: (PLOVER_TYPES as readonly string[]).includes(plover) ? plover : '' };
  const setFilters = (f: typeof filters) => {
    window.location.hash = href('map', f);
  };
  const [result, retry] = useLoad(() => api.places({ from: filters.from || undefined, to: filters.to || undefined, plover: filters.plover || undefined }), [filters.from, filters.to, filters.plover]);
  const { projection, land } = useMemo(() => {
    const topo = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
    const fc = feature(topo, topo.objects.countries);
    const projection = geoNaturalEarth1().fitSize([W, H], fc);
    const path = geoPath(projection);
    return { projection, land: fc.features.map((f, i) => <path key={i} d={path(f) ?? ''} className="country" />) };
  }, []);
  const [hover, setHover] = useState<PlaceCount | null>(null);
  return (
    <section className="page map-page">
      <p className="hint">{t('mapHint')}</p>
      <div className="facets">
        <label>
          {t('from')}
          <input type="date" value={filters.from} onChange={(e) => setFilters({ ...filters, from: e.target.value })} />
        </label>
        <label>
          {t('to')}
          <input type="date" value={filters.to} onChange={(e) => setFilters({ ...filters, to: e.target.value })} />
        </label>
        <label>
          {t('eventType')}
          <select value={filters.plover} onChange={(e) => setFilters({ ...filters, plover: e.target.value })} data-testid="map-plover">
            <option value="">{t('any')}</option>
            {PLOVER_TYPES.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
      </div>
      <Status result={result} retry={retry}>
        {(places) => {
          const max = Math.max(1, ...places.map((p) => p.articles));
          return (
            <div className="map-wrap">
              <svg viewBox={`0 0 ${W} ${H}`} className="world" style={{ direction: "ltr" }} data-testid="map">
                <g>{land}</g>
                {places.map((p) => {
                  const xy = projection([p.lon, p.lat]);
                  if (!xy) return null;
                  return (
                    <a key={p.entityId} href={href(`entity/${p.entityId}`)}>
                      <circle cx={xy[0]} cy={xy[1]} r={3 + 12 * Math.sqrt(p.articles / max)} className={`place feature-${p.feature}`} data-testid="map-place" onMouseEnter={() => setHover(p)} onMouseLeave={() => setHover(null)}>
                        <title>{`${p.name}${p.nameEn ? ` (${p.nameEn})` : ''}: ${articleCount(p.articles, t)}, ${p.events} ${t('events')}`}</title>
                      </circle>
                    </a>
                  );
                })}
              </svg>
              {hover && (
                <div className="hover-card map-card">
                  <bdi className="ar">{hover.name}</bdi> {hover.nameEn && <bdi>({hover.nameEn})</bdi>} · {hover.country} · {hover.feature} · {articleCount(hover.articles, t)}
                </div>
              )}
              {places.length === 0 && <Empty>{t('noResults')}</Empty>}
            </div>
          );
        }}
      </Status>
    </section>
  );
}
