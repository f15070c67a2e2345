import type { LineIndex } from '../../source/line-index.js';
import type { Reference } from '../front-end.js';

const EXPRESSION = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|<\?[\s\S]*?\?>|<%[\s\S]*?%>|@\{[\s\S]*?\}|@[\w.]+(?:\([^)]*\))?/g;
// Theme-relative URL builders: what follows them is a path inside the theme folder.
const THEME_DIR = /get_(?:template|stylesheet)_directory_uri|get_theme_file_uri|asset\(|theme_url/;

/**
 * The script a template's `<script src>` names once its template expressions are read:
 * `{{ '/js/pixel.js' | relative_url }}` → `/js/pixel.js`, `{{ site.baseurl }}/js/pixel.js` →
 * `/js/pixel.js`, `<?php echo get_template_directory_uri(); ?>/js/pixel.js` → `./js/pixel.js`
 * (relative to the theme template). `undefined` when the source is computed.
 */
export function templateScriptSrc(ref: Reference, original: LineIndex): string | undefined {
  const at = original.offset(ref.line, ref.column);
  const tag = /^<script\b(?:[^>"']|"[^"]*"|'[^']*')*?\bsrc\s*=\s*(["'])((?:(?!\1)[\s\S])*)\1/i.exec(original.text.slice(at, at + 1000));
  const value = tag?.[2];
  if (value === undefined) return undefined;
  let themeRelative = false;
  const path = value
    .replace(EXPRESSION, (expr, offset: number) => {
      if (offset === 0 && THEME_DIR.test(expr)) themeRelative = true;
      return /['"](\/?[\w./-]+\.m?js)['"]/.exec(expr)?.[1] ?? '';
    })
    .trim();
  if (path === '' || /^(?:[a-z]+:)?\/\//i.test(path)) return undefined;
  return themeRelative ? `.${path.startsWith('/') ? '' : '/'}${path}` : path;
}
