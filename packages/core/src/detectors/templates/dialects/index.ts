import type { TemplateDialect } from '../template-dialect.js';
import { blade } from './blade.js';
import { braceTemplate } from './brace-template.js';
import { ejs } from './ejs.js';
import { erb } from './erb.js';
import { haml } from './haml.js';
import { markdownPage } from './markdown-page.js';
import { php } from './php.js';
import { razor } from './razor.js';
import { smarty } from './smarty.js';

export const templateDialects: readonly TemplateDialect[] = [blade, braceTemplate, ejs, erb, haml, markdownPage, php, razor, smarty];
