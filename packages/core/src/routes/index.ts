import { eleventy } from './eleventy/index.js';
import { hugo } from './hugo/index.js';
import { jekyll } from './jekyll/index.js';
import type { RouteMapper } from './route.js';
import { staticOutput } from './static-output/index.js';
import { wordpressTheme } from './wordpress-theme/index.js';

export const routeMappers: readonly RouteMapper[] = [eleventy, hugo, jekyll, staticOutput, wordpressTheme];
