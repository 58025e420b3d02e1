/**
 * Opens the store a `--db` option names: a file path (SQLite, the default
 * engine) or, once issue 10 lands, a postgres:// URL.
 */
import { RasdError } from '../core/errors.ts';
import { openSqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';

export const DEFAULT_DB = 'rasd.db';

/** The --db value, else $RASD_DB, else rasd.db in the working folder. */
export function dbPath(option: string | undefined): string {
  return option || process.env.RASD_DB || DEFAULT_DB;
}

export async function openStore(spec: string, opts: SqliteStoreOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(spec)) throw new RasdError('RASD_E007', 'PostgreSQL stores are not built yet (issue 10); use a SQLite file path');
  return openSqliteStore(spec, opts);
}
