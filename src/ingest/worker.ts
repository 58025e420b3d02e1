/**
 * An analysis worker thread: creates its analyzer once, then analyzes each
 * article it is sent and returns a store record (analysis, search terms,
 * MinHash signature) or the error.
 */
import { parentPort } from 'node:worker_threads';
import { createRecordMaker } from './record.ts';
import type { WorkerRequest, WorkerResponse } from './pool.ts';

const maker = createRecordMaker();

parentPort!.on('message', (req: WorkerRequest) => {
  const res: WorkerResponse = { seq: req.seq, ...maker.make(req.article) };
  parentPort!.postMessage(res);
});
parentPort!.postMessage({ ready: maker.version });
