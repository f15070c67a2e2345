/** API tools write `matchRegex`, `customEvent`, `notSet`; exports write `MATCH_REGEX`. One spelling. */
export function normalizeGtmEnum(value: unknown): string {
  if (typeof value !== 'string') return '';
  return /[a-z]/.test(value) ? value.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase() : value;
}
