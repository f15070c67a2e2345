import type { ProjectFiles } from './route.js';

/** Whether package.json lists one of `names` (dependencies or devDependencies): how mappers know the framework. */
export function hasDependency(project: ProjectFiles, ...names: string[]): boolean {
  const pkg = project.packageJson;
  return names.some((n) => pkg?.dependencies?.[n] !== undefined || pkg?.devDependencies?.[n] !== undefined);
}
