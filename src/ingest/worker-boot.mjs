// Worker threads do not inherit a loader registered with tsx's API (as
// bin/rasd.js does), so each worker registers tsx itself before loading the
// TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
