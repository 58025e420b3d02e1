import { api } from '../api.ts';
import { useLoad } from '../hooks.ts';
import { EntityName } from './EntityName.tsx';

/**
 * What a URL's actor parameter stands for: a store entity id shows the entity's names (a link, a shared
 * link or a reload carries only the number), an actor or country code (RUS, USAGOV) shows as the code.
 */
export function ActorLabel({ value }: { value: string }) {
  const id = /^\d{1,15}$/.test(value) ? Number(value) : null;
  const [entity] = useLoad(() => (id ? api.entity(id) : Promise.resolve(null)), [id]);
  if (id === null) return <code className="actor-code">{value}</code>;
  if (entity.state === 'ready' && entity.data) return <EntityName entity={entity.data} />;
  return <span>#{value}</span>;
}
