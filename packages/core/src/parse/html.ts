import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { fileBudget } from '../files/file-budget.js';

export type HtmlNode = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
export type HtmlElement = DefaultTreeAdapterTypes.Element;
export type HtmlText = DefaultTreeAdapterTypes.TextNode;

export interface ParsedHtml {
  document: DefaultTreeAdapterTypes.Document;
}

/**
 * Parses HTML with source positions. Scripting is off so `<noscript>` content is parsed as
 * elements (the beacon `<img>` inside it must be seen). parse5 recovers from any input.
 */
export function parseHtml(text: string): ParsedHtml {
  return { document: parse(text, { sourceCodeLocationInfo: true, scriptingEnabled: false }) };
}

/** Visits elements depth-first without recursion, including `<template>` content. */
export function walkElements(root: HtmlNode, visit: (el: HtmlElement) => void): void {
  const stack: HtmlNode[] = [root];
  let visited = 0;
  while (stack.length > 0) {
    if ((visited++ & 1023) === 0) fileBudget.check();
    const node = stack.pop()!;
    if ('tagName' in node) visit(node);
    const kids: HtmlNode[] = [];
    if ('childNodes' in node) kids.push(...(node.childNodes as HtmlNode[]));
    if ('content' in node && node.content) kids.push(...(node.content.childNodes as HtmlNode[]));
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

export function attr(el: HtmlElement, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function textContent(el: HtmlElement): { text: string; offset: number; line: number; col: number } | undefined {
  const first = el.childNodes[0] as HtmlText | undefined;
  if (!first || first.nodeName !== '#text' || !first.sourceCodeLocation) return undefined;
  const text = el.childNodes.map((c) => ('value' in c ? (c).value : '')).join('');
  const loc = first.sourceCodeLocation;
  return { text, offset: loc.startOffset, line: loc.startLine, col: loc.startCol };
}
