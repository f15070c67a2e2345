import type { Inventory } from './inventory.js';
import { inventoryHtml } from './inventory-html.js';
import { inventoryJson } from './inventory-json.js';
import { inventoryMarkdown } from './inventory-markdown.js';

export const inventoryFormats: Readonly<Record<string, (inv: Inventory) => string>> = {
  html: inventoryHtml,
  json: inventoryJson,
  markdown: inventoryMarkdown,
};
