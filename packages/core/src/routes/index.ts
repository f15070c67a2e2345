import { astro } from './astro/index.js';
import { nextApp } from './next-app/index.js';
import { nextPages } from './next-pages/index.js';
import type { RouteMapper } from './route.js';
import { spaEntry } from './spa-entry/index.js';
import { staticOutput } from './static-output/index.js';
import { sveltekit } from './sveltekit/index.js';

export const routeMappers: readonly RouteMapper[] = [astro, nextApp, nextPages, spaEntry, staticOutput, sveltekit];
