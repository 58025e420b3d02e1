/**
 * How V8 should compile the analyzer on Node.
 *
 * A few of the stages' functions are large closures that orchestrate many
 * rules (the event stage's run and findArgs, the quote stage's findQuotes:
 * 12-18 KB of bytecode each). News text keeps feeding them objects of new
 * shapes, so TurboFan's optimized code for them is thrown away ("wrong map")
 * and rebuilt, a few hundred milliseconds each time, again and again: on the
 * first 5,000 corpus articles, compiling took about as much CPU as analyzing,
 * on background threads that compete with the analysis threads for the cores.
 * The work inside them is done by small helpers, which are still optimized;
 * the orchestrators run well enough in V8's baseline code. So functions above
 * this size are not optimized. Only the JIT's choices change, never a result.
 * (The lasting fix is smaller functions in those stages; see docs/benchmarks.md,
 * "Compilation".)
 */
import { setFlagsFromString } from 'node:v8';

/** Bytes of bytecode above which V8 does not optimize a function (V8's default is 60 KB). */
export const MAX_OPTIMIZED_BYTECODE_SIZE = 6000;

let tuned = false;

/** Sets the flag once per process (V8 flags are process-wide: worker threads share them). */
export function tuneJit(): void {
  if (tuned || process.env.RASD_V8_DEFAULTS === '1') return;
  tuned = true;
  setFlagsFromString(`--max-optimized-bytecode-size=${MAX_OPTIMIZED_BYTECODE_SIZE}`);
}

/**
 * Calls of a function before V8 considers optimizing it, for processes that share every core with others of their
 * kind (`rasd worker`: one per core). Four times V8's default (67,584) budget: functions wait for more type feedback,
 * so fewer are compiled on too little of it and thrown away again. On the whole corpus this cut a worker's compiler
 * threads' CPU by about a third while its analysis thread took a few percent more (docs/benchmarks.md, pg18); a lone
 * process has an idle core for its compiler threads and gains nothing, but two workers on two cores stored 9% more
 * articles a second with it (twenty-second session). Never a result changes.
 */
export const SHARED_CORES_INTERRUPT_BUDGET = 270336;

let tunedShared = false;

/** For processes that run one per core: the larger interrupt budget (once; process-wide, before analysis starts). */
export function tuneJitForSharedCores(): void {
  if (tunedShared || process.env.RASD_V8_DEFAULTS === '1') return;
  tunedShared = true;
  setFlagsFromString(`--interrupt-budget=${SHARED_CORES_INTERRUPT_BUDGET}`);
}
