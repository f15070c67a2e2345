import { emptyFacts, type FrontEnd } from '../front-end.js';

const LAYOUT = /^[ \t]+layout[ \t]*:[ \t]*["']?([\w./-]+)["']?[ \t]*$/gm;

/**
 * Jekyll's `_config.yml` `defaults` give pages a layout without front matter. Pages with front
 * matter but no `layout` link to the config, and the config extends every default layout:
 * scopes are not evaluated, which can only widen a layout's reach.
 */
export const jekyllConfigFrontEnd: FrontEnd = {
  id: 'jekyll-config',
  accepts: (path, text) => /^_config\.ya?ml$/.test(path) && /^defaults\s*:/m.test(text),
  analyze({ lines }) {
    const facts = emptyFacts();
    for (const m of lines.text.matchAll(LAYOUT)) {
      const { line, column } = lines.position(m.index + m[0].indexOf(m[1]!));
      facts.references.push({ kind: 'extends', specifier: m[1]!, line, column });
    }
    return facts;
  },
};
