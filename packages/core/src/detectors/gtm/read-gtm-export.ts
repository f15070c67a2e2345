import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { ConfigError } from '../../config/config-error.js';
import type { ParseProblem } from '../../parse/js.js';
import type { LineIndex } from '../../source/line-index.js';
import type { GtmRawContainerVersion } from './gtm-export.js';

export interface GtmExportTree {
  root: JsonNode;
  version: GtmRawContainerVersion;
  versionNode: JsonNode;
  problems: ParseProblem[];
}

/**
 * Parses an export with positions. Copies saved as `*.json.js` or pasted into a file carry a
 * BOM, `module.exports =` or stray text before the first `{` and a `;` after the last `}`:
 * both are skipped (reported as problems) with offsets kept. A broken export is an input error,
 * never a silent skip: the CI gate must not pass because a container went unread.
 */
export function readGtmExport(path: string, lines: LineIndex): GtmExportTree {
  const text = lines.text;
  const start = text.indexOf('{');
  const problems: ParseProblem[] = [];
  if (start > 0 && text.slice(0, start).replace(/^\uFEFF/, '').trim() !== '') {
    problems.push({ message: `skipped ${start} characters before the first "{"`, line: 1, column: 1 });
  }
  const errors: ParseError[] = [];
  const padded = ' '.repeat(Math.max(start, 0)) + text.slice(Math.max(start, 0));
  const root = parseTree(padded, errors, { allowTrailingComma: false, disallowComments: true });
  // Text after a well-formed object (`;`, an export statement) is not part of the export: the
  // object alone must parse cleanly, which a truncated or broken export never does.
  const inRoot: ParseError[] = [];
  if (root && errors.length > 0) parseTree(padded.slice(0, root.offset + root.length), inRoot, { allowTrailingComma: false, disallowComments: true });
  const fatal = inRoot[0];
  if (start < 0 || !root || fatal) {
    const at = lines.position(fatal?.offset ?? Math.max(start, 0));
    const what = fatal ? printParseErrorCode(fatal.error) : 'no JSON object';
    throw new ConfigError(`${path}:${at.line}:${at.column}: GTM container export is not valid JSON (${what}); fix or re-export it — an unreadable container cannot be checked`, path);
  }
  if (errors.length > 0) problems.push({ ...lines.position(errors[0]!.offset), message: 'ignored text after the closing "}"' });
  const versionNode = findNodeAtLocation(root, ['containerVersion']);
  if (!versionNode || versionNode.type !== 'object') {
    const at = lines.position(root.offset);
    throw new ConfigError(`${path}:${at.line}:${at.column}: GTM container export has no "containerVersion" object`, path);
  }
  return { root, version: getNodeValue(versionNode) as GtmRawContainerVersion, versionNode, problems };
}
