/**
 * An analysis worker thread: creates its analyzer once, then analyzes each
 * article it is sent and returns a store record (analysis, search terms,
 * MinHash signature) or the error.
 */
import { parentPort } from 'node:worker_threads';
import { createAnalyzer } from '../analyzer.ts';
import { loadResources } from '../resources/load.ts';
import { createSegmenter } from '../text/clitics.ts';
import { describeError } from '../core/errors.ts';
import { prepareRecord } from '../store/prepare.ts';
import type { WorkerRequest, WorkerResponse } from './pool.ts';

const resources = loadResources();
const analyzer = createAnalyzer(resources);
const segment = createSegmenter(resources.wordFrequencies);

parentPort!.on('message', (req: WorkerRequest) => {
  let res: WorkerResponse;
  try {
    const analysis = analyzer.analyzeArticle(req.article);
    res = { seq: req.seq, record: prepareRecord(analysis, analyzer.version, segment) };
  } catch (err) {
    res = { seq: req.seq, error: describeError(err) };
  }
  parentPort!.postMessage(res);
});
parentPort!.postMessage({ ready: analyzer.version });
