import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const PIXEL_JS = [
  "!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');",
  "fbq('init', '418273645501234');",
  '',
].join('\n');

const page = (title: string, head: string, body = '') =>
  `<!doctype html>\n<html><head><title>${title}</title>\n${head}</head><body><h1>${title}</h1>\n${body}</body></html>\n`;

/**
 * A small static site in a fresh git repository: every page but /contact/ loads the shared
 * `/js/pixel.js`, and the sensitive /report/ page also sends an inline event.
 */
export const SITE: Record<string, string> = {
  'pixel-patrol.config.json': '{ "sensitive": { "routes": ["/report/**"] } }\n',
  'index.html': page('Home', '<script src="/js/pixel.js"></script>\n'),
  'report/index.html': page('Report', '<script src="/js/pixel.js"></script>\n', "<script>fbq('track', 'Lead');</script>\n"),
  'contact/index.html': page('Contact', ''),
  'js/pixel.js': PIXEL_JS,
};

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
  });
}

export function write(dir: string, file: string, text: string): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}

/** Creates the site in a temp folder and commits it on `main`. */
export function gitSite(files: Record<string, string> = SITE): string {
  const dir = mkdtempSync(join(tmpdir(), 'pp-git-'));
  for (const [file, text] of Object.entries(files)) write(dir, file, text);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'site');
  return dir;
}
