import { href } from '../hooks.ts';

export interface NamedEntity {
  id?: number | null;
  name: string;
  nameEn?: string | null;
  type?: string;
  country?: string | null;
  actor?: string | null;
  kbId?: string | null;
}

/** An entity's Arabic name with its English name beside it; links to its page when it has a store id. */
export function EntityName({ entity }: { entity: NamedEntity }) {
  const card = [entity.nameEn, entity.type, entity.country, entity.actor, entity.kbId].filter(Boolean).join(' · ');
  const body = (
    <>
      <bdi lang="ar" className="ar">{entity.name}</bdi>
      {entity.nameEn && (
        <bdi lang="en" className="en">
          {' '}
          ({entity.nameEn})
        </bdi>
      )}
    </>
  );
  return entity.id ? (
    <a className={`entity-name type-${entity.type ?? 'X'}`} href={href(`entity/${entity.id}`)} title={card}>
      {body}
    </a>
  ) : (
    <span className={`entity-name type-${entity.type ?? 'X'}`} title={card}>
      {body}
    </span>
  );
}
