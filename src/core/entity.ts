/**
 * (pg21) Entities made in one place, every field set in one order, so that all entity objects of a process share one
 * hidden class (V8's "map"). A spread copy (`{ ...e, mentions }`) gets a map of its own, and every function that reads
 * entities of both kinds is compiled for two maps, or is thrown away when it meets the second ("wrong map"
 * deoptimizations: docs/benchmarks.md, "Twenty-first session (pg21)"). Output is the same objects' fields.
 */
import type { Entity, EntityType, Mention } from './analysis.ts';

export function newEntity(id: string, type: EntityType, name: string, nameEn: string | null, kbId: string | null, country: string | null, actor: string | null, mentions: Mention[]): Entity {
  return { id, type, name, nameEn, kbId, country, actor, mentions };
}

/** A copy of an entity with some fields changed (a field given as undefined, or not given, is the entity's own). */
export function copyEntity(e: Entity, change: Partial<Entity>): Entity {
  return newEntity(
    change.id !== undefined ? change.id : e.id,
    change.type !== undefined ? change.type : e.type,
    change.name !== undefined ? change.name : e.name,
    change.nameEn !== undefined ? change.nameEn : e.nameEn,
    change.kbId !== undefined ? change.kbId : e.kbId,
    change.country !== undefined ? change.country : e.country,
    change.actor !== undefined ? change.actor : e.actor,
    change.mentions !== undefined ? change.mentions : e.mentions,
  );
}
