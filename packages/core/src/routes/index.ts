import { nextApp } from './next-app/index.js';
import { nextPages } from './next-pages/index.js';
import type { RouteMapper } from './route.js';
import { spaEntry } from './spa-entry/index.js';
import { staticOutput } from './static-output/index.js';

export const routeMappers: readonly RouteMapper[] = [nextApp, nextPages, spaEntry, staticOutput];
