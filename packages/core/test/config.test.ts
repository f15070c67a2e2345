import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, parseConfig } from '@pixel-patrol/core';
import { describe, expect, it } from 'vitest';

function errorOf(text: string): string {
  try {
    parseConfig(text, 'pixel-patrol.config.json');
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('config validation names the file, the key and what was expected', () => {
  it('resolves defaults', () => {
    const c = parseConfig('{"sensitive":{"routes":["/report/**"]}}', 'x.json');
    expect(c.sensitive).toEqual({ routes: ['/report/**'], presets: [], detectFromContent: true });
    expect(c.unknownRoutes).toBe('site-wide');
    expect(c.severity.advertising).toBe('error');
    expect(c.severity.analytics).toBe('warn');
  });

  it('reports invalid JSON with its position', () => {
    expect(errorOf('{\n  "sensitive": {\n    "routes": ["/a",]\n  }\n}')).toBe('pixel-patrol.config.json:3:21: invalid JSON (ValueExpected)');
  });

  it('rejects unknown keys with a "did you mean"', () => {
    expect(errorOf('{\n  "sensitve": {}\n}')).toBe('pixel-patrol.config.json:2:3: unknown key "sensitve" (did you mean "sensitive"?)');
    expect(errorOf('{"sensitive": {"route": []}}')).toBe('pixel-patrol.config.json:1:16: unknown key "sensitive.route" (did you mean "routes"?)');
  });

  it('rejects wrong types at their JSON path', () => {
    expect(errorOf('{"sensitive": {"routes": "/report/**"}}')).toBe('pixel-patrol.config.json:1:16: "sensitive.routes" must be array');
    expect(errorOf('{"unknownRoutes": "everywhere"}')).toBe(
      'pixel-patrol.config.json:1:2: "unknownRoutes" must be one of "site-wide", "ignore"',
    );
  });

  it('requires a reason on allow entries', () => {
    expect(errorOf('{"allow": [{"tracker": "meta-pixel", "routes": ["/careers/**"]}]}')).toBe(
      "pixel-patrol.config.json:1:12: \"allow[0]\" must have required property 'reason'",
    );
  });

  it('rejects unknown trackers, presets and rules', () => {
    expect(errorOf('{"allow": [{"tracker": "meta-pixle", "routes": ["/x"], "reason": "r"}]}')).toBe(
      'pixel-patrol.config.json:1:13: "allow[0].tracker": unknown tracker "meta-pixle" (did you mean "meta-pixel"?)',
    );
    expect(errorOf('{"sensitive": {"presets": ["crime-reportin"]}}')).toBe(
      'pixel-patrol.config.json:1:28: "sensitive.presets[0]": unknown preset "crime-reportin" (did you mean "crime-reporting"?)',
    );
    expect(errorOf('{"rules": {"no-tracker-on-sensitive-routes": "warn"}}')).toBe(
      'pixel-patrol.config.json:1:12: "rules.no-tracker-on-sensitive-routes": unknown rule "no-tracker-on-sensitive-routes" (did you mean "no-tracker-on-sensitive-route"?)',
    );
  });

  it('loads from disk and reports an unreadable file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-config-'));
    const file = join(dir, 'pixel-patrol.config.json');
    writeFileSync(file, '\uFEFF{"unknownRoutes": "ignore"}');
    expect(loadConfig(file).unknownRoutes).toBe('ignore');
    expect(() => loadConfig(join(dir, 'missing.json'))).toThrow(/missing\.json: cannot read config/);
  });
});
