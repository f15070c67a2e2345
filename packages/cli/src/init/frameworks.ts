/** Frameworks `init` recognises: the dependency (or file) that shows each, and its usual output folder. */
export interface FrameworkSign {
  name: string;
  dependency?: string;
  file?: string;
  output?: string;
}

export const frameworks: readonly FrameworkSign[] = [
  { name: 'Angular', dependency: '@angular/core', output: 'dist/' },
  { name: 'Astro', dependency: 'astro', output: 'dist/' },
  { name: 'Create React App', dependency: 'react-scripts', output: 'build/' },
  { name: 'Docusaurus', dependency: '@docusaurus/core', output: 'build/' },
  { name: 'Drupal', file: 'core/lib/Drupal.php' },
  { name: 'Eleventy', dependency: '@11ty/eleventy', output: '_site/' },
  { name: 'Gatsby', dependency: 'gatsby', output: 'public/' },
  { name: 'Hugo', file: 'hugo.toml', output: 'public/' },
  { name: 'Jekyll', file: '_config.yml', output: '_site/' },
  { name: 'Next.js', dependency: 'next', output: 'out/' },
  { name: 'Nuxt', dependency: 'nuxt', output: '.output/public/' },
  { name: 'Remix', dependency: '@remix-run/react', output: 'build/' },
  { name: 'SvelteKit', dependency: '@sveltejs/kit', output: 'build/' },
  { name: 'Vite', dependency: 'vite', output: 'dist/' },
  { name: 'VitePress', dependency: 'vitepress', output: '.vitepress/dist/' },
  { name: 'WordPress', file: 'wp-config.php' },
];
