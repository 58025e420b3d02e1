/**
 * Opens the store a `--db` option names: a postgres:// (or postgresql://)
 * URL opens the PostgreSQL store, anything else is a SQLite file path (the
 * default engine).
 */
import { existsSync } from 'node:fs';
import { openSqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.ts';
import type { PgStoreOptions } from './postgres/pg-store.ts';
import type { Store } from './store.ts';
import { RasdError } from '../core/errors.ts';

export const DEFAULT_DB = 'rasd.db';

/** The --db value, else $RASD_DB, else rasd.db in the working folder. */
export function dbPath(option: string | undefined): string {
  return option || process.env.RASD_DB || DEFAULT_DB;
}

export function isPostgresUrl(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

/** Whether `spec` names a SQLite file that is not there (opening it would make a new, empty store). */
export function storeMissing(spec: string): boolean {
  return !isPostgresUrl(spec) && !existsSync(spec);
}

/** Refuses a store that is not there, for the commands that only read or rework one (a mistyped --db made a new, empty store and "0 articles", qa9). */
export function requireStore(spec: string): void {
  if (storeMissing(spec)) throw new RasdError('RASD_E006', `no store at ${spec} (run rasd ingest first)`);
}

export async function openStore(spec: string, opts: SqliteStoreOptions & PgStoreOptions = {}): Promise<Store> {
  // loaded on demand, so SQLite users never load the pg driver
  if (isPostgresUrl(spec)) {
    try {
      return await (await import('./postgres/pg-store.ts')).openPgStore(spec, opts);
    } catch (err) {
      throw unreachable(spec, err) ?? err;
    }
  }
  try {
    return openSqliteStore(spec, opts);
  } catch (err) {
    // SQLite's own words ("unable to open database file", "file is not a database") named no file (qa9)
    if (err instanceof RasdError) throw err;
    const code = (err as { code?: string }).code ?? '';
    const message = (err as Error).message;
    const hint = code === 'SQLITE_CANTOPEN' || /directory does not exist/.test(message) ? ' (does its folder exist, and may rasd write there?)' : code === 'SQLITE_NOTADB' ? ' (that file is not a rasd store)' : '';
    throw new RasdError('RASD_E006', `cannot open the store ${spec}: ${message}${hint}`);
  }
}

const NETWORK_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'host name not resolved',
  ETIMEDOUT: 'timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ECONNRESET: 'connection reset',
};

/**
 * A server that cannot be reached, named by host and port with a hint (qa11: node-postgres said only "connect
 * ECONNREFUSED 127.0.0.1:1"); never with the URL itself, which may hold a password. Null for any other error
 * (PostgreSQL's own messages, such as 'database "x" does not exist', already say what is wrong).
 */
function unreachable(spec: string, err: unknown): RasdError | null {
  const code = (err as { code?: string }).code ?? '';
  const why = NETWORK_ERRORS[code];
  if (!why) return null;
  let where = 'the server the URL names';
  try {
    const u = new URL(spec);
    const host = u.hostname || new URLSearchParams(u.search).get('host') || 'localhost';
    where = `${host}:${u.port || '5432'}`;
  } catch {
    // an unparsable URL: node-postgres parses its own way, so name no place
  }
  return new RasdError('RASD_E006', `cannot connect to PostgreSQL at ${where} (${why}): is the server running, and does the URL name the right host and port?`);
}
