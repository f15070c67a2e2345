import { hasDependency } from '../has-dependency.js';
import type { ProjectFiles } from '../route.js';

const BUNDLERS = ['vite', 'react-scripts', '@vue/cli-service', 'parcel', 'webpack'];
/** Frameworks with their own file routing: their mappers know better than "every route". */
const ROUTING_FRAMEWORKS = ['next', 'nuxt', '@sveltejs/kit', 'astro', 'gatsby', '@remix-run/react', '@react-router/dev'];

/** A single-page app: a bundler builds one shell page that serves every URL. */
export function isSpa(project: ProjectFiles): boolean {
  return hasDependency(project, ...BUNDLERS) && !hasDependency(project, ...ROUTING_FRAMEWORKS);
}
