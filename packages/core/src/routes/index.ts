import type { RouteMapper } from './route.js';
import { staticOutput } from './static-output/index.js';

export const routeMappers: readonly RouteMapper[] = [staticOutput];
