/**
 * Checks of `rasd train ner`'s numeric options before the trainer (src/cli/commands/ner.ts) reads them with Number(). Kept
 * here, in the CLI layer: a change to src/ner changes the analysis revision and makes every stored analysis stale.
 */
import { parseArgs as nodeParseArgs } from 'node:util';
import { RasdError } from '../core/errors.ts';

/**
 * The numeric options of `train ner`, each a whole number (`int`) or a decimal one, from `min`. They were read with
 * Number(): `--epochs ten` trained for NaN epochs and wrote a model of 0 features over the shipped one, status 0 (qa15).
 */
const TRAIN_NUMBERS: Record<string, { int: boolean; min?: number; max?: number }> = {
  epochs: { int: true, min: 1 },
  'dev-fraction': { int: false, min: 0, max: 0.9 },
  seed: { int: true, min: 0 },
  'min-count': { int: true, min: 1 },
  'word-dropout': { int: false, min: 0, max: 1 },
  dense: { int: false, min: 0 },
  cost: { int: false, min: 0 },
  'miss-cost': { int: false, min: 0 },
  mira: { int: false, min: 0 },
  'o-penalty': { int: false },
  ensemble: { int: true, min: 1 },
  'tune-blocks': { int: true, min: 0 },
  rate: { int: false, min: 0 },
  l2: { int: false, min: 0 },
  'first-epochs': { int: true, min: 1 },
  folds: { int: true, min: 2 },
};

export function checkTrainNumbers(argv: string[]): void {
  const options = Object.fromEntries([...Object.keys(TRAIN_NUMBERS), 'report-o-bonus', 'learner'].map((k) => [k, { type: 'string' as const }]));
  // strict: false: the other options are trainNer's to read; only these are looked at here
  const values: Record<string, unknown> = nodeParseArgs({ args: argv, options, strict: false, allowPositionals: true }).values;
  for (const [name, rule] of Object.entries(TRAIN_NUMBERS)) {
    const v = values[name];
    if (v === undefined) continue;
    const text = String(v);
    const n = Number(text);
    const form = rule.int ? /^\d+$/ : /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i;
    if (!form.test(text) || !Number.isFinite(n) || (rule.min !== undefined && n < rule.min) || (rule.max !== undefined && n > rule.max)) {
      const what = rule.int ? 'a whole number' : 'a number';
      const range = rule.max !== undefined ? ` from ${rule.min} to ${rule.max}` : rule.min !== undefined ? ` of at least ${rule.min}` : '';
      throw new RasdError('RASD_E007', `--${name} must be ${what}${range}, not "${text}"`);
    }
  }
  const bonus = values['report-o-bonus'];
  if (bonus !== undefined && !String(bonus).split(',').every((b) => /^-?\d+(?:\.\d+)?$/.test(b.trim())))
    throw new RasdError('RASD_E007', `--report-o-bonus must be numbers separated by commas, not "${String(bonus)}"`);
  if (values.learner !== undefined && values.learner !== 'perceptron' && values.learner !== 'crf')
    throw new RasdError('RASD_E007', `--learner must be perceptron or crf, not "${String(values.learner)}"`);
}

