import type { Program } from 'estree';
import { parseSync } from 'oxc-parser';
import { NodeLocations } from './node-locations.js';

export interface OxcInput {
  dialect: 'js' | 'jsx' | 'ts' | 'tsx';
  startLine: number;
  startColumn: number;
}

// Babel counts U+2028/U+2029 as line breaks and LineIndex does not; such code keeps Babel's positions.
const SEPARATOR = /[\u2028\u2029]/;

/**
 * Parses with oxc, or returns `undefined` whenever the result could differ from Babel's: any
 * syntax or semantic error, a throw, or a line separator. The caller then parses with Babel, so
 * problems and error recovery stay Babel's. Nodes carry offsets, not `loc`: see NodeLocations.
 */
export function parseOxc(code: string, input: OxcInput): Program | undefined {
  if (SEPARATOR.test(code)) return undefined;
  try {
    // `.js` gets JSX too, as with Babel; semantic errors catch what Babel's recovery reports (redeclarations).
    const lang = input.dialect === 'js' ? 'jsx' : input.dialect;
    const result = parseSync(`input.${lang}`, code, { lang, sourceType: 'unambiguous', preserveParens: false, range: false, showSemanticErrors: true });
    if (result.errors.length > 0) return undefined;
    const program = result.program as unknown as Program;
    NodeLocations.register(program, code, input.startLine, input.startColumn);
    return program;
  } catch {
    return undefined;
  }
}
