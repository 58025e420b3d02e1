/**
 * Opens the store a `--db` option names: a postgres:// (or postgresql://)
 * URL opens the PostgreSQL store, anything else is a SQLite file path (the
 * default engine).
 */
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

export async function openStore(spec: string, opts: SqliteStoreOptions & PgStoreOptions = {}): Promise<Store> {
  // loaded on demand, so SQLite users never load the pg driver
  if (isPostgresUrl(spec)) return (await import('./postgres/pg-store.ts')).openPgStore(spec, opts);
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
