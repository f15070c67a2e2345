import type { Inventory } from './inventory.js';

/** The inventory as stable JSON (`version: 1`, sorted). */
export function inventoryJson(inv: Inventory): string {
  return `${JSON.stringify(inv, null, 2)}\n`;
}
