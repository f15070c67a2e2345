import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A throwaway project folder with the given files. */
export function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pp-cli-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Google Analytics (category analytics: warnings) on a sensitive page, twice. */
export const WARNINGS_SITE = {
  'pixel-patrol.config.json': '{"sensitive": {"routes": ["/report/**"]}}\n',
  'index.html': '<html><body>Home</body></html>\n',
  'report/index.html': [
    '<html><head>',
    '<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABC123"></script>',
    "<script>gtag('config', 'G-ABC123');</script>",
    '</head><body>Report</body></html>',
    '',
  ].join('\n'),
};

/** A sensitive page that loads the Meta Pixel from a shared script: the finding is proved by a chain. */
export const CHAIN_SITE = {
  'pixel-patrol.config.json': '{"sensitive": {"routes": ["/report/**"]}}\n',
  'index.html': '<html><body>Home</body></html>\n',
  'report/index.html': '<html><head>\n<script src="/js/pixel.js"></script>\n</head><body>Report</body></html>\n',
  'js/pixel.js': "fbq('init', '418273645501234');\n",
};
