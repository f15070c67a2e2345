/**
 * The significant tokens of a script, in growable typed arrays: kind, offsets, the matching
 * bracket of every bracket (both ways) and the innermost open bracket around every token.
 * JSX elements leave one `JSX` token where they start plus the tokens of their `{}` containers.
 */
export class JsTokens {
  static readonly NAME = 1;
  static readonly STRING = 2;
  /** A template literal without substitutions. */
  static readonly TEMPLATE = 3;
  /** A piece of a template literal with substitutions (head, middle or tail). */
  static readonly TEMPLATE_PART = 4;
  static readonly NUMBER = 5;
  static readonly REGEX = 6;
  static readonly PUNCT = 7;
  static readonly PRIVATE = 8;
  static readonly JSX = 9;

  count = 0;
  kind: Uint8Array<ArrayBuffer>;
  start: Int32Array<ArrayBuffer>;
  end: Int32Array<ArrayBuffer>;
  match: Int32Array<ArrayBuffer>;
  parent: Int32Array<ArrayBuffer>;

  private static spare: JsTokens | undefined;

  private constructor(
    public code: string,
    capacity: number,
  ) {
    this.kind = new Uint8Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.match = new Int32Array(capacity);
    this.parent = new Int32Array(capacity);
  }

  /**
   * Storage for the tokens of `code`, reusing the last one's arrays: allocating typed arrays per
   * file cost more than tokenizing a small module. Sized for minified code (a token every three
   * characters), as growing a large one step by step cost more than the scan. Whoever takes it
   * must `release` it when done.
   */
  static take(code: string): JsTokens {
    const capacity = Math.max(4096, Math.ceil(code.length / 3));
    const spare = JsTokens.spare;
    JsTokens.spare = undefined;
    if (spare === undefined || spare.kind.length < capacity) return new JsTokens(code, capacity);
    spare.code = code;
    spare.count = 0;
    return spare;
  }

  /** Hands the arrays back for the next file, unless they are large (17 MB for a 3 MB file). */
  release(): void {
    this.code = '';
    if (this.kind.length <= 1 << 20) JsTokens.spare = this;
  }

  push(kind: number, start: number, end: number, parent: number): number {
    if (this.count === this.kind.length) this.grow();
    const i = this.count++;
    this.kind[i] = kind;
    this.start[i] = start;
    this.end[i] = end;
    this.match[i] = -1;
    this.parent[i] = parent;
    return i;
  }

  /** Whether token `i` exists, has `kind` and, when given, spells `text`. */
  is(i: number, kind: number, text?: string): boolean {
    if (i < 0 || i >= this.count || this.kind[i] !== kind) return false;
    if (text === undefined) return true;
    const s = this.start[i]!;
    return this.end[i]! - s === text.length && this.code.startsWith(text, s);
  }

  punct(i: number, text: string): boolean {
    return this.is(i, JsTokens.PUNCT, text);
  }

  name(i: number, text?: string): boolean {
    return this.is(i, JsTokens.NAME, text);
  }

  text(i: number): string {
    return this.code.slice(this.start[i], this.end[i]);
  }

  /** The value of a string or substitution-free template whose source is its value (no escapes, no CR). */
  literal(i: number): string | undefined {
    if (!this.is(i, JsTokens.STRING) && !this.is(i, JsTokens.TEMPLATE)) return undefined;
    const raw = this.code.slice(this.start[i]! + 1, this.end[i]! - 1);
    return raw.includes('\\') || raw.includes('\r') ? undefined : raw;
  }

  private grow(): void {
    const size = this.kind.length * 2;
    const kind = new Uint8Array(size);
    kind.set(this.kind);
    this.kind = kind;
    const wider = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.start = wider(this.start);
    this.end = wider(this.end);
    this.match = wider(this.match);
    this.parent = wider(this.parent);
  }
}
