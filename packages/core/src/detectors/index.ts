import { componentFrontEnd } from './components/component-front-end.js';
import type { FrontEnd } from './front-end.js';
import { gtmFrontEnd } from './gtm/gtm-front-end.js';
import { htmlFrontEnd } from './html/html-front-end.js';
import { jsFrontEnd } from './js/js-front-end.js';
import { eleventyDataFrontEnd } from './templates/eleventy-data-front-end.js';
import { jekyllConfigFrontEnd } from './templates/jekyll-config-front-end.js';
import { templateFrontEnd } from './templates/template-front-end.js';

/**
 * Front ends in priority order: the first that accepts a file reads it (GTM exports before other
 * JSON; components and templates before plain HTML, since a template may carry an `.html` extension).
 */
export const frontEnds: readonly FrontEnd[] = [
  gtmFrontEnd,
  componentFrontEnd,
  templateFrontEnd,
  eleventyDataFrontEnd,
  jekyllConfigFrontEnd,
  htmlFrontEnd,
  jsFrontEnd,
];
