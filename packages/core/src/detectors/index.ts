import type { FrontEnd } from './front-end.js';
import { gtmFrontEnd } from './gtm/gtm-front-end.js';
import { htmlFrontEnd } from './html/html-front-end.js';
import { jsFrontEnd } from './js/js-front-end.js';

/** Front ends in priority order: the first that accepts a file reads it. */
export const frontEnds: readonly FrontEnd[] = [gtmFrontEnd, htmlFrontEnd, jsFrontEnd];
