/**
 * Opens the store a `--db` option names: a postgres:// (or postgresql://)
 * URL opens the PostgreSQL store, anything else is a SQLite file path (the
 * default engine).
 */
import { openSqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.ts';
import type { PgStoreOptions } from './postgres/pg-store.ts';
import type { Store } from './store.ts';

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
  return openSqliteStore(spec, opts);
}
