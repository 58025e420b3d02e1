/**
 * A stand-in for entity resolution until the knowledge base resolves
 * mentions (ner-entities.v1): groups the tagger's mentions by type and
 * normalized name (the article's stem, so "الرئيس بوتين" and "بوتين" are not
 * merged, but "بوتين" and "وبوتين" are), one entity per group, with no
 * knowledge-base fields. The resolver stage replaces it in buildStages.
 */
import type { Entity } from '../core/analysis.ts';
import type { Stage } from '../core/stage.ts';
import { normalize } from '../text/normalize.ts';

export function createMentionEntitiesStage(): Stage<'entities'> {
  return {
    id: 'ner-entities.v1',
    requires: ['nerMentions'],
    assigns: 'entities',
    run(_doc, layers): Entity[] {
      const groups = new Map<string, Entity>();
      for (const m of layers.nerMentions ?? []) {
        const key = `${m.type}\t${normalize(m.text)}`;
        let e = groups.get(key);
        if (!e) {
          e = { id: `e${groups.size + 1}`, type: m.type, name: m.text, nameEn: null, kbId: null, country: null, actor: null, mentions: [] };
          groups.set(key, e);
        }
        e.mentions.push({ start: m.start, end: m.end, text: m.text, kind: 'name' });
      }
      return [...groups.values()];
    },
  };
}
