import type { Formatter } from './formatter.js';
import { json } from './json.js';
import { stylish } from './stylish.js';

export const formatters: Readonly<Record<string, Formatter>> = { json, stylish };
