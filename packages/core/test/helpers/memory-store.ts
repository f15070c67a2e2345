import type { FactsStore, FileFacts } from '@pixel-patrol/core';

/** An in-memory facts cache that counts its look-ups. */
export class MemoryStore implements FactsStore {
  readonly map = new Map<string, FileFacts>();
  gets = 0;
  get(key: string) {
    this.gets++;
    return this.map.get(key);
  }
  set(key: string, facts: FileFacts) {
    this.map.set(key, facts);
  }
}
