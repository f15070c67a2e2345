import { analyze, ConfigError, parseConfig, type AnalysisResult } from '@pixel-patrol/core';
import { describe, expect, it, vi } from 'vitest';
import { htmlFrontEnd } from '../src/detectors/html/html-front-end.js';
import { tempTree } from './helpers/temp-tree.js';

const CONFIG = JSON.stringify({ sensitive: { routes: ['/**'] } });

async function scan(files: Array<[string, string]>, config = CONFIG, clock?: () => number): Promise<AnalysisResult> {
  const root = tempTree([['pixel-patrol.config.json', config], ...files]);
  return analyze({ cwd: root, now: new Date('2026-11-29T00:00:00Z'), ...(clock ? { clock } : {}) });
}

function where(result: AnalysisResult) {
  return result.findings.map((f) => [f.file, f.line, f.column, f.ruleId, f.tracker ?? '']);
}

function stateOf(result: AnalysisResult, path: string) {
  const f = result.files.find((r) => r.path === path);
  return f && { state: f.state, reason: f.reason, line: f.line, column: f.column };
}

describe('deep nesting never overflows the stack of the run', () => {
  it('JS nested past what the recursive parser can take: parse-failed, token-scanned, reported', async () => {
    const js = `fbq('track', 'Lead');\nvar x = ${'('.repeat(20000)}1${')'.repeat(20000)};\n`;
    const result = await scan([['deep.js', js]]);
    expect(stateOf(result, 'deep.js')).toEqual({ state: 'parse-failed', reason: 'Maximum call stack size exceeded', line: 1, column: 1 });
    expect(where(result)).toEqual([
      ['deep.js', 1, 1, 'no-tracker-on-sensitive-route', 'meta-pixel'],
      ['deep.js', 1, 1, 'parse-error', ''],
    ]);
  });

  it.each([
    ['arrays', `[${'['.repeat(30000)}${']'.repeat(30000)}]`],
    ['unclosed blocks', '{'.repeat(30000)],
    ['binary chains', `1${'+1'.repeat(30000)}`],
  ])('JS %s: the file still ends in a state', async (_name, body) => {
    const result = await scan([['deep.js', `fbq('init', '1');\n${body}\n`]]);
    expect(stateOf(result, 'deep.js')?.state).toBe('parse-failed');
    expect(where(result)).toContainEqual(['deep.js', 1, 1, 'no-tracker-on-sensitive-route', 'meta-pixel']);
  });

  it('HTML nested 20,000 elements deep: parsed, the script inside found at its line', async () => {
    const html = `<html><body>\n${'<div>'.repeat(20000)}\n<script>\n  fbq('track', 'Lead');\n</script>\n${'</div>'.repeat(20000)}\n</body></html>\n`;
    const result = await scan([['page.html', html]]);
    expect(stateOf(result, 'page.html')?.state).toBe('scanned');
    expect(where(result)).toEqual([['page.html', 4, 3, 'no-tracker-on-sensitive-route', 'meta-pixel']]);
  });

  it('HTML whose inline scripts will not parse: parse-failed, each script token-scanned at its place in the page', async () => {
    const html = `<p>Report</p>\n<script>\n  fbq('track', 'Lead');\n  function (\n</script>\n<script>fbq('init', '1'); x = ${'('.repeat(20000)}1${')'.repeat(20000)};</script>\n`;
    const result = await scan([['page.html', html]]);
    expect(stateOf(result, 'page.html')).toEqual({ state: 'parse-failed', reason: 'Unexpected token', line: 4, column: 12 });
    expect(where(result)).toEqual([
      ['page.html', 3, 3, 'no-tracker-on-sensitive-route', 'meta-pixel'],
      ['page.html', 4, 12, 'parse-error', ''],
      ['page.html', 6, 9, 'no-automatic-event-capture', 'meta-pixel'],
      ['page.html', 6, 9, 'no-tracker-on-sensitive-route', 'meta-pixel'],
    ]);
  });

  it('JSON nested 100,000 deep in the scanned tree: scanned, not crashed', async () => {
    const result = await scan([['data.json', `${'['.repeat(100000)}${']'.repeat(100000)}`]]);
    expect(stateOf(result, 'data.json')?.state).toBe('scanned');
  });

  it('a config nested too deeply is a config error naming the file, not a crash', () => {
    const deep = `{"sensitive": {"routes": ${'['.repeat(100000)}${']'.repeat(100000)}}}`;
    expect(() => parseConfig(deep, 'pixel-patrol.config.json')).toThrow(ConfigError);
    expect(() => parseConfig(deep, 'pixel-patrol.config.json')).toThrow('pixel-patrol.config.json: invalid JSON (nested too deeply to read)');
  });
});

describe('long hostile strings go through every regex in linear time', () => {
  it.each([
    ['a URL followed by 300,000 slashes', `"//connect.facebook.net${'/'.repeat(300_000)}x"`],
    ['a host of 300,000 labels', `"//${'a.'.repeat(150_000)}1"`],
    ['300,000 protocol-relative starts', `"${'//'.repeat(150_000)}"`],
    ['a 300,000-character call argument', `fbq('track', '${'x'.repeat(300_000)}'`],
    ['an import specifier of 300,000 question marks and a newline', `import('./x${'?'.repeat(300_000)}\\n')`],
  ])('%s: the file ends in a state', async (_name, body) => {
    const result = await scan([['big.js', `fbq('init', '1');\nvar s = ${body};\n`]]);
    expect(['scanned', 'parse-failed']).toContain(stateOf(result, 'big.js')?.state);
    expect(where(result)).toContainEqual(['big.js', 1, 1, 'no-tracker-on-sensitive-route', 'meta-pixel']);
  });
});

describe('long hostile references resolve in linear time', () => {
  it('a <script src> of 300,000 question marks and a newline resolves to its file', async () => {
    const result = await scan([
      ['index.html', `<script src="/js/app.js${'?'.repeat(300_000)}\n"></script>`],
      ['js/app.js', "fbq('track', 'Lead');\n"],
    ]);
    expect(result.edges.map((e) => [e.dependent, e.dependency])).toEqual([['index.html', 'js/app.js']]);
  });
});

describe('a front end that throws', () => {
  it('costs that file a parse-failed state and a token scan, not the run', async () => {
    const spy = vi.spyOn(htmlFrontEnd, 'analyze').mockImplementation(() => {
      throw new TypeError('cannot read properties of undefined');
    });
    try {
      const result = await scan([
        ['page.html', '<p>x</p>\n<script src="https://connect.facebook.net/en_US/fbevents.js"></script>\n'],
        ['app.js', "fbq('track', 'Lead');\n"],
      ]);
      expect(stateOf(result, 'page.html')).toEqual({ state: 'parse-failed', reason: 'html front end failed: cannot read properties of undefined', line: 1, column: 1 });
      expect(stateOf(result, 'app.js')?.state).toBe('scanned');
      expect(where(result)).toEqual([
        ['app.js', 1, 1, 'no-tracker-on-sensitive-route', 'meta-pixel'],
        ['page.html', 1, 1, 'parse-error', ''],
        ['page.html', 2, 14, 'no-tracker-on-sensitive-route', 'meta-pixel'],
      ]);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('per-file time budget', () => {
  /** A clock that jumps a second every time it is read: any budget check after the start fails. */
  function leapingClock(): () => number {
    let t = 0;
    return () => (t += 1000);
  }

  it('abandons a file that runs over, token-scans it and reports it instead of stalling', async () => {
    const js = "import x from './x';\nfbq('init', '123');\nfbq('track', 'Lead');\n";
    const result = await scan([['app.js', js]], JSON.stringify({ sensitive: { routes: ['/**'] }, fileTimeBudgetMs: 500 }), leapingClock());
    expect(stateOf(result, 'app.js')).toEqual({
      state: 'parse-failed',
      reason: 'analysis took longer than the per-file time budget of 500 ms',
      line: 1,
      column: 1,
    });
    expect(where(result)).toEqual([
      ['app.js', 1, 1, 'parse-error', ''],
      ['app.js', 2, 1, 'no-automatic-event-capture', 'meta-pixel'],
      ['app.js', 2, 1, 'no-tracker-on-sensitive-route', 'meta-pixel'],
      ['app.js', 3, 1, 'no-tracker-on-sensitive-route', 'meta-pixel'],
    ]);
    expect(result.stats.files['parse-failed']).toBe(1);
  });

  it('lets a file within budget through untouched', async () => {
    let t = 0;
    const result = await scan([['app.js', "fbq('track', 'Lead');\n"]], JSON.stringify({ sensitive: { routes: ['/**'] }, fileTimeBudgetMs: 500 }), () => (t += 1));
    expect(stateOf(result, 'app.js')?.state).toBe('scanned');
    expect(where(result)).toEqual([['app.js', 1, 1, 'no-tracker-on-sensitive-route', 'meta-pixel']]);
  });
});

describe('files no front end reads', () => {
  it('token-scans page templates, notes tracker-shaped text in other files, and lists both', async () => {
    const result = await scan([
      ['views/report.pug', 'include head.pug\nscript(src="https://connect.facebook.net/en_US/fbevents.js")\n'],
      ['docs/privacy.txt', 'Privacy\nWe removed https://connect.facebook.net/en_US/fbevents.js in 2024.\n'],
      ['styles/site.css', 'body { color: red }\n'],
    ]);
    expect(stateOf(result, 'views/report.pug')).toEqual({ state: 'scanned', reason: 'no front end reads .pug files: token-scanned', line: undefined, column: undefined });
    expect(stateOf(result, 'docs/privacy.txt')).toEqual({
      state: 'scanned',
      reason: '1 tracker-shaped token(s) not reported: not page code (first at 2:12: https://connect.facebook.net/en_US/fbevents.js)',
      line: undefined,
      column: undefined,
    });
    expect(stateOf(result, 'styles/site.css')).toEqual({ state: 'scanned', reason: undefined, line: undefined, column: undefined });
    expect(where(result)).toEqual([['views/report.pug', 2, 13, 'no-tracker-on-sensitive-route', 'meta-pixel']]);
  });
});

describe('file accounting', () => {
  it('gives every discovered file exactly one state and counts each state once', async () => {
    const result = await scan([
      ['.gitignore', 'dist/\n'],
      ['dist/app.js', "fbq('init', '1');"],
      ['a.js', "fbq('init', '1');"],
      ['b.js', 'var = ;'],
      ['c.png', 'x'],
      ['d.html', '<p>'],
    ]);
    const paths = result.files.map((f) => f.path);
    expect(paths).toEqual(['.gitignore', 'a.js', 'b.js', 'c.png', 'd.html', 'dist/app.js', 'pixel-patrol.config.json']);
    expect(result.stats.files).toEqual({ scanned: 5, 'skipped-by-config': 1, 'skipped-as-binary': 1, 'too-large': 0, unreadable: 0, 'parse-failed': 0 });
    expect(Object.values(result.stats.files).reduce((a, b) => a + b, 0)).toBe(result.files.length);
  });
});
