/** Reference data: a family of sensitive pages, with where the list comes from and why. */
export interface SensitivePreset {
  id: string;
  title: string;
  /** Why visiting these pages reveals something about a person. */
  reason: string;
  /** Where the vocabulary comes from (guidance, service patterns). */
  source: string;
  /** Route globs typical of public-sector sites. */
  routes: string[];
  /** Words in titles, headings and form labels that show the topic (lower case). */
  keywords: string[];
}
