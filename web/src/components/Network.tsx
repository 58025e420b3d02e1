import { useEffect, useRef } from 'react';
import cytoscape from 'cytoscape';
import type { EntityProfile } from '../api.ts';
import { href } from '../hooks.ts';

const TYPE_COLORS: Record<string, string> = { PER: '#2c7fb8', ORG: '#d95f02', LOC: '#1b9e77', MISC: '#7570b3' };

/** The entity and the entities it appears with, edges weighted by shared articles. */
export function Network({ profile }: { profile: EntityProfile }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const label = (e: { name: string; nameEn: string | null }) => (e.nameEn ? `${e.name}\n${e.nameEn}` : e.name);
    const others = profile.cooccurring.slice(0, 25);
    const max = Math.max(1, ...others.map((o) => o.together));
    const cy = cytoscape({
      container: box.current,
      elements: [
        { data: { id: String(profile.id), label: label(profile), color: TYPE_COLORS[profile.type] ?? '#555', size: 46 } },
        ...others.map((o) => ({ data: { id: String(o.id), label: label(o), color: TYPE_COLORS[o.type] ?? '#555', size: 18 + (22 * o.together) / max } })),
        ...others.map((o) => ({ data: { id: `e${o.id}`, source: String(profile.id), target: String(o.id), weight: 1 + (5 * o.together) / max } })),
      ],
      style: [
        { selector: 'node', style: { 'background-color': 'data(color)', label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 11, 'text-wrap': 'wrap', 'text-valign': 'bottom', 'font-family': 'Noto Sans Arabic, sans-serif' } },
        { selector: 'edge', style: { width: 'data(weight)', 'line-color': '#c8c8c8' } },
      ],
      layout: { name: 'concentric', concentric: (n: cytoscape.NodeSingular) => (n.id() === String(profile.id) ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 18, animate: false },
      userZoomingEnabled: false,
    });
    cy.on('tap', 'node', (ev) => {
      const id = ev.target.id();
      if (id !== String(profile.id)) window.location.hash = href(`entity/${id}`);
    });
    return () => cy.destroy();
  }, [profile]);
  return <div className="network" ref={box} data-testid="entity-network" />;
}
