import { astro } from './astro/index.js';
import { eleventy } from './eleventy/index.js';
import { gatsby } from './gatsby/index.js';
import { hugo } from './hugo/index.js';
import { jekyll } from './jekyll/index.js';
import { nextApp } from './next-app/index.js';
import { nextPages } from './next-pages/index.js';
import { nuxt } from './nuxt/index.js';
import { remix } from './remix/index.js';
import type { RouteMapper } from './route.js';
import { spaEntry } from './spa-entry/index.js';
import { staticOutput } from './static-output/index.js';
import { sveltekit } from './sveltekit/index.js';
import { wordpressTheme } from './wordpress-theme/index.js';

export const routeMappers: readonly RouteMapper[] = [
  astro,
  eleventy,
  gatsby,
  hugo,
  jekyll,
  nextApp,
  nextPages,
  nuxt,
  remix,
  spaEntry,
  staticOutput,
  sveltekit,
  wordpressTheme,
];
