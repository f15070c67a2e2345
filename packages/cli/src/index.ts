export { formatters } from './formatters/index.js';
export type { FormatContext, Formatter } from './formatters/formatter.js';
export { main, type MainOptions } from './main.js';
