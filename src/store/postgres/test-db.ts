/**
 * Throwaway PostgreSQL databases for tests: RASD_TEST_PG names a server
 * (postgres://user@host:port/db) where the tests may create databases. Unset,
 * PostgreSQL tests are skipped with a message, except under CI=true, where
 * they must run and so fail instead.
 */
import pg from 'pg';
import { randomBytes } from 'node:crypto';

export const PG_URL = process.env.RASD_TEST_PG || '';

/** Why PostgreSQL tests cannot run here (null when they can); throws under CI. */
export function pgSkipReason(): string | null {
  if (PG_URL) return null;
  if (process.env.CI === 'true') throw new Error('RASD_TEST_PG is not set, but CI=true: the PostgreSQL store tests must run in CI (.ci/run starts a cluster and sets it)');
  return 'RASD_TEST_PG is not set: PostgreSQL store tests skipped (set it to a postgres:// URL of a server where tests may create databases)';
}

/** The URL of `base` with another database name. */
export function withDatabase(base: string, database: string): string {
  const u = new URL(base);
  u.pathname = `/${database}`;
  return u.toString();
}

const created: string[] = [];

/** Creates an empty database and returns its URL; dropDatabases() removes every one this process made. */
export async function createDatabase(prefix = 'rasd_test'): Promise<string> {
  // RASD_TEST_DB_PREFIX (letters, digits, _) goes before the name: several people testing on one server tell theirs apart
  const own = /^[a-z][a-z0-9_]{0,20}$/.test(process.env.RASD_TEST_DB_PREFIX ?? '') ? `${process.env.RASD_TEST_DB_PREFIX}_` : '';
  const name = `${own}${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  created.push(name);
  return withDatabase(PG_URL, name);
}

export async function dropDatabases(): Promise<void> {
  if (!created.length) return;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    for (const name of created.splice(0)) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
