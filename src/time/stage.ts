/**
 * The time stage: finds every temporal expression of the document and
 * normalizes it to a TIMEX3 type and value against the document date
 * (doc.info.date). See recognize.ts for the grammar and its policies and
 * resolve.ts for values without a document date.
 */
import type { Stage } from '../core/stage.ts';
import type { TimeLexicon } from './lexicon.ts';
import { recognizeTimes } from './recognize.ts';

export function createTimeStage(lexicon: TimeLexicon): Stage<'times'> {
  return {
    id: 'time.v1',
    requires: [],
    assigns: 'times',
    run: (doc) => recognizeTimes(doc, lexicon),
  };
}
