/**
 * npx tsx scripts/bench-hostile.ts [--cases cue,name,...] [--sizes 10000,100000,...] [--limit 60]
 *
 * The cost of each analysis stage on hostile, repetitive input (a request may carry an article of up to 1,000,000
 * characters, and a server must not fall over on it): for each case, texts of growing size are built and every stage
 * runs on them in order (the text core first: tokens, sentences). Prints the seconds of each stage per case and size,
 * so that growth with the square of the input shows (ten times the text, a hundred times the time).
 *
 * Each case runs in a child process, sizes in increasing order; a case whose child runs longer than --limit seconds
 * in all is killed, its current stage is printed as ">limit" and its larger sizes are skipped. Not a test: figures go
 * to docs/benchmarks.md with this command.
 */
import { fork } from 'node:child_process';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/** Repetitive texts: a unit repeated until the text is `size` characters long. */
const CASES: Record<string, { about: string; unit: (i: number) => string }> = {
  cue: { about: '"وقال: " repeated', unit: () => 'وقال: ' },
  name: { about: 'one name repeated', unit: () => 'محمد بن سلمان ' },
  saidname: { about: '"قال الرئيس بوتين إن الوضع صعب. " repeated', unit: () => 'قال الرئيس بوتين إن الوضع صعب. ' },
  nostop: { about: 'one sentence with no full stop (varied words)', unit: (i) => `الكلمة${i % 97} ` },
  quotes: { about: 'quotation marks «...» with a cue, repeated', unit: () => '«نعم» قال. ' },
  marks: { about: 'bare quotation marks " repeated', unit: () => '" ' },
  commas: { about: 'commas repeated "، "', unit: () => 'و، ' },
};

function build(kind: string, size: number): string {
  const c = CASES[kind]!;
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const u = c.unit(i);
    parts.push(u);
    n += u.length;
  }
  return parts.join('').slice(0, size);
}

if (process.argv.includes('--child')) {
  const { loadResources } = await import('../src/resources/load.ts');
  const { createAnalyzer, buildStages } = await import('../src/analyzer.ts');
  const resources = loadResources();
  const stages = buildStages(resources);
  const analyzer = createAnalyzer(resources, stages);
  const kind = process.argv[process.argv.indexOf('--child') + 1]!;
  const sizes = process.argv[process.argv.indexOf('--child') + 2]!.split(',').map(Number);
  process.send!({ ready: true });
  for (const size of sizes) {
    const text = build(kind, size);
    let t0 = performance.now();
    process.send!({ size, stage: 'text', start: true });
    const doc = analyzer.document({ text });
    process.send!({ size, stage: 'text', s: (performance.now() - t0) / 1000 });
    const layers: Record<string, unknown> = {};
    for (const stage of stages) {
      process.send!({ size, stage: stage.assigns, start: true });
      t0 = performance.now();
      const out = stage.run(doc, layers) as unknown[];
      layers[stage.assigns] = out;
      process.send!({ size, stage: stage.assigns, s: (performance.now() - t0) / 1000, n: out.length });
    }
  }
  process.exit(0);
}

const { values } = parseArgs({ options: { cases: { type: 'string' }, sizes: { type: 'string' }, limit: { type: 'string' } } });
const cases = (values.cases ?? Object.keys(CASES).join(',')).split(',');
const sizes = values.sizes ?? '10000,30000,100000,300000,1000000';
const limit = Number(values.limit ?? 60);
const STAGES = ['text', 'times', 'nerMentions', 'entities', 'places', 'quotes', 'events'];
console.log(`seconds per stage (count of items in brackets); limit ${limit} s per case; node ${process.version}`);
console.log(['case', 'chars', ...STAGES].join('\t'));
for (const kind of cases) {
  if (!CASES[kind]) throw new Error(`unknown case ${kind}: ${Object.keys(CASES).join(', ')}`);
  await new Promise<void>((done) => {
    const child = fork(fileURLToPath(import.meta.url), ['--child', kind, sizes], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const rows = new Map<number, Map<string, string>>();
    let current: { size: number; stage: string } | null = null;
    let timer: NodeJS.Timeout | null = null;
    const print = (size: number) => {
      const row = rows.get(size)!;
      console.log([kind, size, ...STAGES.map((s) => row.get(s) ?? '-')].join('\t'));
    };
    child.on('message', (msg: { ready?: boolean; size: number; stage: string; start?: boolean; s?: number; n?: number }) => {
      if (msg.ready) {
        // The limit counts from when resources are loaded.
        timer = setTimeout(() => child.kill('SIGKILL'), limit * 1000);
        return;
      }
      if (!rows.has(msg.size)) {
        if (current) print(current.size);
        rows.set(msg.size, new Map());
      }
      if (msg.start) current = { size: msg.size, stage: msg.stage };
      else rows.get(msg.size)!.set(msg.stage, msg.s!.toFixed(2) + (msg.n === undefined ? '' : ` (${msg.n})`));
    });
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (current) {
        if (signal) rows.get(current.size)!.set(current.stage, `>${limit}`);
        print(current.size);
      }
      if (signal) console.log(`${kind}: stopped after ${limit} s in stage ${current?.stage} at ${current?.size} chars; larger sizes skipped`);
      else if (code) console.log(`${kind}: child exited with code ${code}`);
      done();
    });
  });
}
console.log(`cases: ${cases.map((k) => `${k} = ${CASES[k]!.about}`).join('; ')}`);
