/**
 * The `rasd` command: one file per subcommand in commands/, loaded on demand
 * so that `rasd analyze` does not pay for the server's imports.
 */
import { describeError } from '../core/errors.ts';
import { describeTable, type CommandTable } from './subcommands.ts';

const COMMANDS: CommandTable = {
  analyze: { summary: 'analyze articles and print what was found (JSON, JSON Lines or pretty)', load: async () => (await import('./commands/analyze.ts')).run },
  demo: { summary: 'the main job on the samples: ingest them and serve API and web UI (--print: print what was found)', load: async () => (await import('./commands/demo.ts')).run },
  train: { summary: 'train a model: rasd train ner', load: async () => (await import('./commands/train.ts')).run },
  eval: { summary: 'score a stage against its gold set: rasd eval ner|entities|times|quotes|events', load: async () => (await import('./commands/eval.ts')).run },
  ingest: { summary: 'analyze articles (files, folders, globs, JSONL, feeds, HTML) into the store', load: async () => (await import('./commands/ingest.ts')).run },
  reanalyze: { summary: 'analyze stored articles again with the current analyzer version', load: async () => (await import('./commands/reanalyze.ts')).run },
  stats: { summary: 'count what the store holds (--json for scripts)', load: async () => (await import('./commands/stats.ts')).run },
  serve: { summary: 'serve the JSON API (and web UI) over the store on 127.0.0.1', load: async () => (await import('./commands/serve.ts')).run },
  export: { summary: 'export stored events as GDELT-style TSV, JSON Lines or CSV', load: async () => (await import('./commands/export.ts')).run },
  worker: { summary: 'take queued articles (ingest --queue) from PostgreSQL, analyze and store them', load: async () => (await import('./commands/worker.ts')).run },
};

export function usage(): string {
  return [
    'usage: rasd <command> [options]',
    '',
    'commands:',
    ...describeTable(COMMANDS),
    '',
    'rasd <command> --help shows the options of a command.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    console.log('rasd 0.1.0');
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`rasd: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  // `rasd export | head`: the reader closed the pipe; stop quietly, as Unix tools do, not with "write EPIPE" (qa9)
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
  });
  try {
    return await (await command.load())(rest);
  } catch (err) {
    console.error(`rasd ${name}: ${describeError(err)}`);
    if (process.env.RASD_DEBUG) console.error(err);
    return 1;
  }
}

// Run directly (tsx src/cli/main.ts ...) as well as through bin/rasd.js.
if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
