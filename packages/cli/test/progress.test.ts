import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Io } from '../src/main.js';
import { progress } from '../src/progress.js';

function io(isTTY: boolean, env: Record<string, string | undefined> = {}) {
  const err = { text: '', isTTY, write: (s: string) => (err.text += s) };
  const host: Io = { argv: [], cwd: '/', stdout: { write: () => true }, stderr: err, env };
  return { host, err };
}

describe('progress on stderr', () => {
  afterEach(() => vi.useRealTimers());

  it('stays quiet for the first half second of a scan on a TTY, then redraws one line', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(0);
    const { host, err } = io(true);
    const bar = progress(host, undefined)!;
    bar.onProgress(0, 400);
    vi.setSystemTime(499);
    bar.onProgress(100, 400);
    expect(err.text).toBe('');
    vi.setSystemTime(600);
    bar.onProgress(150, 400);
    vi.setSystemTime(650);
    bar.onProgress(160, 400);
    vi.setSystemTime(700);
    bar.onProgress(200, 400);
    bar.onProgress(400, 400);
    bar.end();
    expect(err.text).toBe('\r\u001b[Kpixel-patrol: 150/400 files\r\u001b[Kpixel-patrol: 200/400 files\r\u001b[Kpixel-patrol: 400/400 files\r\u001b[K');
  });

  it('never shows by itself on a pipe or in CI; --no-progress always wins', () => {
    expect(progress(io(false).host, undefined)).toBeUndefined();
    expect(progress(io(true, { CI: 'true' }).host, undefined)).toBeUndefined();
    expect(progress(io(true).host, false)).toBeUndefined();
  });

  it('writes whole lines, at most one a second, when asked on a pipe', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(5_000);
    const { host, err } = io(false);
    const bar = progress(host, true)!;
    bar.onProgress(0, 3);
    vi.setSystemTime(5_500);
    bar.onProgress(1, 3);
    vi.setSystemTime(6_100);
    bar.onProgress(2, 3);
    bar.onProgress(3, 3);
    bar.end();
    expect(err.text).toBe('pixel-patrol: 0/3 files\npixel-patrol: 2/3 files\npixel-patrol: 3/3 files\n');
  });
});
