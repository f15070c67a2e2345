import type { JsDialect } from '../../../parse/js.js';
import type { JsTokens } from './js-tokens.js';
import { ScanBail } from './scan-bail.js';

/**
 * Where the import scanner's tokenizer stands: the offset, what the previous token allows next
 * (a regex or JSX where an expression starts, an operator after a value), and the stack of open
 * brackets, template substitutions, JSX containers and JSX elements.
 */
export class TokenizerState {
  static readonly BRACKET = 0;
  /** The parenthesis after `if`, `while`, `for` or `with`: what follows it starts a statement. */
  static readonly CONTROL = 1;
  static readonly TEMPLATE = 2;
  static readonly JSX_CHILD = 3;
  static readonly JSX_ATTR = 4;
  static readonly ELEMENT = 5;

  pos = 0;
  /** A `/` here starts a regex and a `<` starts JSX (or a TS type assertion). */
  exprStart = true;
  /** After `}`: a block's end or an object's, so a following `/` or `<` cannot be classified. */
  braceEnd = false;
  /** After a postfix `++`/`--` or a TS non-null `!`: a following `/` cannot be classified. */
  slashUnsure = false;
  afterDot = false;
  /** The last name was `if`, `while`, `for` or `with`. */
  control = false;
  /** No token yet on the current line (an HTML-like `-->` comment starts only there). */
  lineStart = true;
  readonly jsx: boolean;
  readonly ts: boolean;
  private readonly frames: number[] = [];
  private readonly kinds: number[] = [];
  private readonly elements: string[] = [];

  readonly code: string;

  constructor(readonly tokens: JsTokens, dialect: JsDialect) {
    this.code = tokens.code;
    this.jsx = dialect !== 'ts';
    this.ts = dialect === 'ts' || dialect === 'tsx';
  }

  emit(kind: number, start: number, end: number): number {
    this.lineStart = false;
    return this.tokens.push(kind, start, end, this.frames.length === 0 ? -1 : this.frames[this.frames.length - 1]!);
  }

  /** Emits a value token: what follows is an operator. */
  value(kind: number, start: number, end: number): void {
    this.emit(kind, start, end);
    this.exprStart = false;
    this.braceEnd = false;
    this.slashUnsure = false;
    this.afterDot = false;
    this.control = false;
  }

  open(kind: number, token: number): void {
    this.frames.push(token);
    this.kinds.push(kind);
  }

  openElement(name: string): void {
    this.open(TokenizerState.ELEMENT, -1);
    this.elements.push(name);
  }

  top(): number {
    return this.kinds.length === 0 ? -1 : this.kinds[this.kinds.length - 1]!;
  }

  /** Closes the innermost frame, which must be of `kind`; returns its opening token. */
  close(kind: number): number {
    if (this.top() !== kind) throw new ScanBail(this.pos, 'unbalanced brackets');
    this.kinds.pop();
    return this.frames.pop()!;
  }

  /** Closes the innermost JSX element, whose name must be `name` when a closing tag gives one. */
  closeElement(name: string | undefined): void {
    if (name !== undefined && this.elements[this.elements.length - 1] !== name) throw new ScanBail(this.pos, 'mismatched JSX closing tag');
    this.close(TokenizerState.ELEMENT);
    this.elements.pop();
  }

  get depth(): number {
    return this.kinds.length;
  }
}
