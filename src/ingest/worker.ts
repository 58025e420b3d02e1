/**
 * An analysis worker thread: creates its analyzer once, then analyzes each
 * article it is sent and returns a store record (analysis, search terms,
 * MinHash signature) or the error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer } from '../analyzer.ts';
import { loadResources } from '../resources/load.ts';
import { createSegmenter } from '../text/clitics.ts';
import { describeError } from '../core/errors.ts';
import type { Stage } from '../core/stage.ts';
import { buildStages } from '../analyzer.ts';
import { prepareRecord } from '../store/prepare.ts';
import type { WorkerRequest, WorkerResponse } from './pool.ts';

const resources = loadResources();
let stages: Stage[] = buildStages(resources);
// Extra stages from a module (benchmarks, experiments): it exports createStages(resources).
const extra = (workerData as { stagesModule?: string } | undefined)?.stagesModule;
if (extra) stages = [...stages, ...((await import(extra)) as { createStages: (r: typeof resources) => Stage[] }).createStages(resources)];
const analyzer = createAnalyzer(resources, stages);
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
