import type { Formatter } from './formatter.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { html } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const formatters: Readonly<Record<string, Formatter>> = { github, gitlab, html, json, junit, markdown, sarif, stylish };
