/**
 * Request validation: every parameter is parsed by one of these, which
 * throw a BadRequest (a 400 with a JSON error naming the parameter) instead
 * of letting a bad value reach the store.
 */
import { isValidDate } from '../core/document.ts';
import type { ActorRef, Interval } from '../store/store.ts';

export class BadRequest extends Error {
  constructor(
    message: string,
    readonly status: 400 | 401 | 403 | 404 | 413 | 415 = 400,
  ) {
    super(message);
  }
}

export type Params = Record<string, string | undefined>;

const MAX_STRING = 500;

/** A trimmed string, or undefined when absent or blank. Control characters other than whitespace are refused. */
export function optString(p: Params, name: string, max = MAX_STRING): string | undefined {
  const v = p[name];
  if (v === undefined) return undefined;
  if (v.length > max) throw new BadRequest(`"${name}" is longer than ${max} characters`);
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(v)) throw new BadRequest(`"${name}" contains control characters`);
  const t = v.trim();
  return t ? t : undefined;
}

export function optInt(p: Params, name: string, min: number, max: number): number | undefined {
  const v = p[name];
  if (v === undefined || v === '') return undefined;
  if (!/^-?\d{1,15}$/.test(v)) throw new BadRequest(`"${name}" must be a whole number`);
  const n = Number(v);
  if (n < min || n > max) throw new BadRequest(`"${name}" must be between ${min} and ${max}`);
  return n;
}

export function reqInt(p: Params, name: string, min: number, max: number): number {
  const n = optInt(p, name, min, max);
  if (n === undefined) throw new BadRequest(`"${name}" is required`);
  return n;
}

export function optDate(p: Params, name: string): string | undefined {
  const v = p[name];
  if (v === undefined || v === '') return undefined;
  if (!isValidDate(v)) throw new BadRequest(`"${name}" must be a YYYY-MM-DD date`);
  return v;
}

export function optEnum<T extends string>(p: Params, name: string, values: readonly T[]): T | undefined {
  const v = p[name];
  if (v === undefined || v === '') return undefined;
  if (!(values as readonly string[]).includes(v)) throw new BadRequest(`"${name}" must be one of ${values.join(', ')}`);
  return v as T;
}

export function optBool(p: Params, name: string): boolean | undefined {
  const v = p[name];
  if (v === undefined || v === '') return undefined;
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  throw new BadRequest(`"${name}" must be true or false`);
}

/**
 * The largest store id a filter may name: PostgreSQL's ids are 32-bit integers, and a larger one in a query was an
 * error there (a 500) where SQLite found nothing (qa11). A path id past it is simply not found (404).
 */
export const MAX_STORE_ID = 2_147_483_647;

/** An entity id filter: a whole number from 1 to MAX_STORE_ID. */
export function optEntityId(p: Params, name: string): number | undefined {
  return optInt(p, name, 1, MAX_STORE_ID);
}

/** An actor: a store entity id (digits) or a CAMEO actor / ISO3 country code (3 to 15 capital letters). */
export function optActor(p: Params, name: string): ActorRef | undefined {
  const v = p[name];
  if (v === undefined || v === '') return undefined;
  if (/^\d{1,15}$/.test(v)) {
    const entity = Number(v);
    if (entity < 1 || entity > MAX_STORE_ID) throw new BadRequest(`"${name}" must be an entity id from 1 to ${MAX_STORE_ID} or an actor/country code such as RUS`);
    return { entity };
  }
  if (/^[A-Z]{3,15}$/.test(v)) return { code: v };
  throw new BadRequest(`"${name}" must be an entity id or an actor/country code such as RUS or RUSGOV`);
}

export function reqActor(p: Params, name: string): ActorRef {
  const a = optActor(p, name);
  if (!a) throw new BadRequest(`"${name}" is required`);
  return a;
}

/** The PLOVER types an event can have: the `plover` enum of schema/analysis.schema.json (validate.test.ts checks it). */
export const PLOVER_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'] as const;

/**
 * A PLOVER type name, one of PLOVER_TYPES. A well-formed name that is no type (`XYZ`, `ATTACK`) was answered with an
 * empty list, as if nothing of that type had happened (qa9 reported it; qa12).
 */
export function optPlover(p: Params, name: string): string | undefined {
  const v = p[name];
  if (v === undefined || v === '') return undefined;
  if (!(PLOVER_TYPES as readonly string[]).includes(v)) throw new BadRequest(`"${name}" must be a PLOVER type: ${PLOVER_TYPES.join(', ')}`);
  return v;
}

export function optCameo(p: Params, name: string): string | undefined {
  const v = p[name];
  if (v === undefined || v === '') return undefined;
  if (!/^\d{2,4}$/.test(v)) throw new BadRequest(`"${name}" must be a CAMEO code (2 to 4 digits)`);
  return v;
}

export const MODALITIES = ['asserted', 'future', 'intended', 'requested', 'negated', 'hypothetical'] as const;
export const INTERVALS: readonly Interval[] = ['day', 'week', 'month'];

export function paging(p: Params): { page?: number; pageSize?: number } {
  return { page: optInt(p, 'page', 1, 10_000), pageSize: optInt(p, 'pageSize', 1, 100) };
}

/** Refuses parameters the endpoint does not know, so a typo is an error rather than a silently unfiltered answer. */
export function onlyKnown(p: Params, known: readonly string[]): void {
  for (const k of Object.keys(p)) if (!known.includes(k)) throw new BadRequest(`unknown parameter "${k.slice(0, 40)}" (${known.length ? `known: ${known.join(', ')}` : 'this endpoint takes none'})`);
}
