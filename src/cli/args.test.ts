import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs } from './args.ts';

const options = { format: { type: 'string', short: 'f' }, date: { type: 'string' }, workers: { type: 'string' }, verbose: { type: 'boolean', short: 'v' } } as const;
const parse = (args: string[]) => parseArgs({ args, options, allowPositionals: true });

test('options as parseArgs reads them', () => {
  const { values, positionals } = parse(['--format', 'json', '-v', 'a.txt', '--date=2025-01-01', '--workers=-3']);
  assert.deepEqual({ ...values }, { format: 'json', verbose: true, date: '2025-01-01', workers: '-3' });
  assert.deepEqual(positionals, ['a.txt']);
  // a repeated flag without a value is harmless
  assert.equal(parse(['-v', '--verbose']).values.verbose, true);
});

// qa12: parseArgs kept the last of two values without a word
test('an option with a value given twice is refused', () => {
  assert.throws(() => parse(['--format', 'csv', '-f', 'jsonl']), /--format is given twice \(which one was meant\?\)/);
  assert.throws(() => parse(['--date=2025-01-01', '--date', '2025-01-02']), /--date is given twice/);
});

// qa12: "Option '--workers' argument is ambiguous." said nothing of how to write a negative value
test('a value that starts with "-" is explained', () => {
  assert.throws(() => parse(['--workers', '-3']), /--workers -3: a value that starts with "-" is written --workers=-3/);
  assert.throws(() => parse(['-f', '-x']), /--format -x: a value that starts with "-" is written --format=-x/);
});

// qa16: a mistyped option got Node's advice about positional arguments starting with "-"
test('an unknown option is named, with the nearest known one', () => {
  assert.throws(() => parse(['--formt', 'json']), /^RasdError: unknown option --formt \(did you mean --format\?\); --help lists the options$/);
  assert.throws(() => parse(['--workres=2']), /unknown option --workres \(did you mean --workers\?\)/);
  assert.throws(() => parse(['--bogus']), /^RasdError: unknown option --bogus; --help lists the options$/);
  assert.throws(() => parse(['-z']), /unknown option -z; --help lists the options/);
});
