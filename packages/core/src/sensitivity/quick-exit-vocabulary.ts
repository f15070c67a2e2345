/**
 * How a quick-exit control shows itself: the GOV.UK "Exit this page" component and the common
 * hand-made variants of it. Entries are regular-expression fragments limited to lower-case words,
 * spaces, `-?` (an optional hyphen) and `(?: word)?` (optional words), so that the words every
 * match must contain can be read from them (`may-hold-sensitive-content.ts`).
 */
export const quickExitVocabulary = {
  /** In a `class` or `id`. */
  classes: ['govuk-exit-this-page', 'govuk-js-exit-this-page', 'quick-?exit', 'exit-?this-?page', 'safe-?exit', 'hide-?this-?page', 'leave-?this-?site'],
  /** The whole text of a link. */
  labels: ['quick exit', 'exit this page', 'leave this site(?: now)?', 'hide this page', 'exit site now'],
} as const;
