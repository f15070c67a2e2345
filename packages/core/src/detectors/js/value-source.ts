import type { Node } from 'estree';
import { literalValue, spanOf, unwrap } from './estree-helpers.js';

/**
 * Where a value sent to a tracker comes from. `search-term`, `form-field` and `url` are what a
 * visitor typed or which page they are on; `user` is identity held by the site.
 */
export type ValueSource = 'literal' | 'search-term' | 'form-field' | 'url' | 'user' | 'dynamic';

const SEARCH_KEY = /^(?:search(?:_?string|_?term|_?query)?|q|query|keywords?|term)$/i;
const SEARCH = /\b(?:search\w*|query|q|keywords?|term)\b|searchTerm/i;
const FORM = /\bFormData\b|\.value\b|\.elements\b|\.checked\b|getElementById|querySelector|\bgetValues\b|\bformData\b|\bform\w*\.|\bfields?\b|\binputs?\b/;
const URL_PARTS = /\blocation\b|\bdocument\.(?:URL|referrer)\b|\bURLSearchParams\b|\bsearchParams\b|\brouter\.(?:query|asPath|pathname)\b|\buseSearchParams\b|\bpathname\b|\.href\b|\bhash\b/;
const USER = /\b(?:user|currentUser|session|profile|account|customer|patient|member|visitor)\w*\b|\b(?:email|phone|name|address|dob|birth\w*)\b/i;

/** Classifies one property value by its own text and, for a local name, its declaration's. */
export function valueSource(key: string, value: Node, code: string, declared: readonly Node[] = []): ValueSource {
  const v = unwrap(value);
  if (literalValue(v) !== undefined || (v.type === 'TemplateLiteral' && v.expressions.length === 0)) return 'literal';
  if (v.type === 'ObjectExpression' && v.properties.length === 0) return 'literal';
  const text = [value, ...declared].map((n) => sliceOf(n, code)).join('\n');
  if (SEARCH_KEY.test(key) || SEARCH.test(text)) return 'search-term';
  if (FORM.test(text)) return 'form-field';
  if (URL_PARTS.test(text)) return 'url';
  if (USER.test(text)) return 'user';
  return 'dynamic';
}

function sliceOf(node: Node, code: string): string {
  const span = spanOf(node);
  return span ? code.slice(span[0], span[1]) : '';
}
