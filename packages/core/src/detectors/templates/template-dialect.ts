import type { DetectionKind } from '../detection.js';

/** A framework-provided template that installs a tracker (Hugo's `_internal/google_analytics.html`). */
export interface BuiltInTracker {
  pattern: RegExp;
  tracker: string;
  kind: DetectionKind;
}

/** How a template reference is written: `{% include "x" %}`, `@extends('layouts.app')`. */
export interface ReferencePattern {
  kind: 'includes' | 'extends';
  /** Global regex; the named group `spec` holds the referenced name, `part` an optional suffix. */
  pattern: RegExp;
  /** Turns the written name into a path-like specifier (`layouts.app` → `layouts/app`). */
  normalize?: (spec: string, part: string | undefined) => string;
}

/**
 * One template language as data. Patterns are regex sources; the masker joins them into one
 * regex (group names must be unique), so earlier kinds win where two start at the same place.
 */
export interface TemplateDialect {
  id: string;
  /** File name endings it reads (`.blade.php` before `.php`). */
  extensions: string[];
  /** `html`: the masked text is parsed as HTML; `haml`: it is token-scanned. */
  markup: 'html' | 'haml';
  /** Template comments: blanked and never scanned. */
  comments: string[];
  /** Tags that print a value (`{{ x }}`, `<%= x %>`): replaced by `0` so code around stays parseable. */
  outputs: string[];
  /** Other template code (`{% if %}`, `<?php … ?>`): blanked. */
  tags: string[];
  /** Keep the contents of string literals inside tags: the host language echoes snippets from strings. */
  keepStrings: boolean;
  /** YAML front matter (Jekyll, Eleventy): blanked; its `layout` is a reference. */
  frontMatter: boolean;
  /** Regions printed as written between an opening and a closing tag (`{literal}…{/literal}`). */
  verbatim: Array<{ open: string; close: string }>;
  /** Tags that print a delimiter (`{ldelim}` prints `{`). */
  escapes: Record<string, string>;
  /** Comment syntax of the host language inside tags: strings there are not kept. */
  codeComments: { slash: boolean; hash: boolean };
  references: ReferencePattern[];
  /** Built-in templates that install a tracker when a template calls them. */
  builtIns?: BuiltInTracker[];
  /** References the framework adds without any text (`_ViewStart.cshtml` runs before every Razor view). */
  implicit?: (path: string) => Array<{ kind: 'includes' | 'extends'; specifier: string }>;
}
