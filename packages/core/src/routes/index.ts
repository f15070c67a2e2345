import { eleventy } from './eleventy/index.js';
import { hugo } from './hugo/index.js';
import { jekyll } from './jekyll/index.js';
import { nextApp } from './next-app/index.js';
import { nextPages } from './next-pages/index.js';
import type { RouteMapper } from './route.js';
import { spaEntry } from './spa-entry/index.js';
import { staticOutput } from './static-output/index.js';
import { wordpressTheme } from './wordpress-theme/index.js';

export const routeMappers: readonly RouteMapper[] = [eleventy, hugo, jekyll, nextApp, nextPages, spaEntry, staticOutput, wordpressTheme];
