/**
 * rasd train <area>: trains one of rasd's models. Each area is one line here,
 * loaded on demand.
 */
import { runArea, type CommandTable } from '../subcommands.ts';
import { checkTrainNumbers } from '../train-options.ts';

const AREAS: CommandTable = {
  ner: {
    summary: 'the named-entity tagger, on ANERcorp (writes data/ner/model.bin)',
    load: async () => {
      const { trainNer } = await import('./ner.ts');
      return (argv: string[]) => {
        checkTrainNumbers(argv);
        return trainNer(argv);
      };
    },
  },
};

export async function run(argv: string[]): Promise<number> {
  return runArea('train', AREAS, argv);
}
