/**
 * Prints a store's canonical dump (Store.canonicalDump): equal for two
 * stores that hold the same knowledge, whatever order it was ingested in.
 * Used by scripts/kill-resume-check.sh.   usage: tsx scripts/store-dump.ts DB
 */
import { openStore } from '../src/store/open.ts';

const path = process.argv[2];
if (!path) {
  console.error('usage: tsx scripts/store-dump.ts DB');
  process.exit(2);
}
const store = await openStore(path);
process.stdout.write(await store.canonicalDump());
await store.close();
