// Deterministic generator for benchmark trees (seeded; same seed and size → same bytes).
// Usage: node bench/generate.js <out-dir> [--scale N] [--seed S]
//   scale 1 ≈ 1k files / 15 MB ("small"); scale 20 ≈ 20k files / 300 MB ("large").
// The tree holds a built static site, a Next.js-style source tree, minified bundles and a GTM export.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ('community safety report advice support local council service police officer contact visit ' +
  'information help online form submit apply jobs news update residents area team public library health care ' +
  'housing waste parking transport school events meeting consultation policy planning').split(' ');

// `bundleScale` multiplies the size of the minified bundles (default: 1 MB-scale chunks, 2.5× from
// scale 10): the tests shrink them to stay fast; the default output never changes for a seed.
export function generate(out, { scale = 1, seed = 1, bundleScale = scale >= 10 ? 2.5 : 1 } = {}) {
  const rnd = mulberry32(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  // Identifiers from a small alphabet so random code never spells a tracker global by accident.
  const ident = () => `${'abcde'[Math.floor(rnd() * 5)]}${Math.floor(rnd() * 1e6).toString(36).replace(/[f-z]/g, 'a')}`;
  let files = 0;
  let bytes = 0;
  const write = (rel, text) => {
    const file = join(out, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  rmSync(out, { recursive: true, force: true });

  // 1. A built static site: shared head and footer, a few pages with the Meta Pixel, sensitive sections.
  const pixel = `<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');fbq('init','100200300400500');fbq('track','PageView');</script>`;
  const sections = ['news', 'services', 'report', 'advice', 'careers', 'events', 'council'];
  const pages = 420 * scale;
  for (let i = 0; i < pages; i++) {
    const section = sections[i % sections.length];
    const withPixel = section === 'careers' || rnd() < 0.03;
    const body = Array.from({ length: 12 + Math.floor(rnd() * 20) }, () => `<p>${words(40)}</p>`).join('\n');
    write(
      `site/${section}/${i}/index.html`,
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${words(4)}</title>\n<link rel="stylesheet" href="/css/site.css">\n${withPixel ? pixel : ''}\n<script src="/js/app.js"></script></head>\n<body><header><nav>${sections.map((s) => `<a href="/${s}/">${s}</a>`).join(' ')}</nav></header>\n<main><h1>${words(5)}</h1>\n${body}\n</main><footer>${words(20)}</footer></body></html>\n`,
    );
  }
  write('site/index.html', '<!DOCTYPE html><html><head><title>Home</title><script src="/js/app.js"></script></head><body><h1>Home</h1></body></html>\n');
  write('site/js/app.js', `(function(){var ${ident()}=document.querySelectorAll('a');})();\n`);
  write('pixel-patrol.config.json', '{"sensitive":{"routes":["/report/**","/advice/**"]}}\n');

  // 2. A Next.js-style app: thousands of modules importing each other, one pixel wrapper in the root layout.
  const modules = 560 * scale;
  write('app/package.json', '{"name":"bench-app","private":true,"dependencies":{"next":"15.0.0","react":"19.0.0"}}\n');
  write('app/pixel-patrol.config.json', '{"sensitive":{"routes":["/report/**"]}}\n');
  write('app/lib/fpixel.ts', "export const pageview = (): void => {\n  window.fbq('track', 'PageView');\n};\n");
  write('app/components/pixel.tsx', "import { pageview } from '../lib/fpixel';\nexport function Pixel() {\n  pageview();\n  return null;\n}\n");
  write('app/app/layout.tsx', "import { Pixel } from '../components/pixel';\nexport default function Layout({ children }: { children: React.ReactNode }) {\n  return <html><body><Pixel />{children}</body></html>;\n}\n");
  for (let i = 0; i < modules; i++) {
    const kind = i % 3;
    const deps = Array.from({ length: 3 }, () => Math.floor(rnd() * modules)).filter((d) => d !== i);
    const imports = deps.map((d) => `import { c${d} } from '../components/c${d}';`).join('\n');
    const fns = Array.from({ length: 20 + Math.floor(rnd() * 30) }, () => {
      const name = ident();
      return `export function ${name}(${ident()}: number, ${ident()}: string): string {\n  return \`${words(8)}\` + String(${Math.floor(rnd() * 1000)});\n}`;
    }).join('\n');
    if (kind === 0) {
      const section = pick(['report', 'news', 'services', 'advice', 'events']);
      write(`app/app/${section}/p${i}/page.tsx`, `${imports}\nexport default function Page() {\n  return <main><h1>${words(4)}</h1>{c${deps[0] ?? 0}()}</main>;\n}\n${fns}\n`);
    } else {
      write(`app/components/c${i}.tsx`, `${imports}\nexport function c${i}() {\n  return <div>${words(6)}</div>;\n}\n${fns}\n`);
    }
  }

  // 3. Minified bundles (inside the app, as a build would leave them): vendor chunks of several MB on one line; one chunk carries a tracker call.
  const chunks = Math.max(2, Math.round(2.5 * scale));
  for (let c = 0; c < chunks; c++) {
    const parts = [];
    let size = 0;
    const target = (1 + rnd() * 2) * 1024 * 1024 * bundleScale;
    while (size < target) {
      const p = `function ${ident()}(${ident()},${ident()}){var ${ident()}=${Math.floor(rnd() * 1e5)};return ${ident()}+"${words(3)}"}`;
      parts.push(p);
      size += p.length;
    }
    if (c === 0) parts.splice(Math.floor(parts.length / 2), 0, 'window.fbq&&window.fbq("track","Lead")');
    write(`app/dist/static/chunks/vendor-${c}.js`, `${parts.join(';')};\n`);
  }

  // 4. A large GTM export.
  const tags = 15 * scale;
  const tag = (i) => ({
    accountId: '1', containerId: '2', tagId: String(100 + i), name: `Tag ${i}`, type: i % 10 === 0 ? 'html' : 'gaawe',
    parameter: i % 10 === 0
      ? [{ type: 'TEMPLATE', key: 'html', value: "<script>fbq('track','Lead');</script>" }]
      : [{ type: 'TEMPLATE', key: 'eventName', value: `event_${i}` }],
    firingTriggerId: [i % 2 === 0 ? '2147479553' : String(10 + (i % 5))],
  });
  write('gtm/container.json', `${JSON.stringify({
    exportFormatVersion: 2,
    exportTime: '2026-01-01 00:00:00',
    containerVersion: {
      path: 'accounts/1/containers/2/versions/0', accountId: '1', containerId: '2', containerVersionId: '0',
      container: { publicId: 'GTM-BENCH01', name: 'bench', usageContext: ['WEB'] },
      tag: Array.from({ length: tags }, (_, i) => tag(i)),
      trigger: Array.from({ length: 5 }, (_, i) => ({ accountId: '1', containerId: '2', triggerId: String(10 + i), name: `Trigger ${i}`, type: 'PAGEVIEW',
        filter: [{ type: 'CONTAINS', parameter: [{ type: 'TEMPLATE', key: 'arg0', value: '{{Page Path}}' }, { type: 'TEMPLATE', key: 'arg1', value: `/section-${i}` }] }] })),
    },
  }, null, 4)}\n`);
  return { files, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const out = args[0];
  if (!out) {
    console.error('usage: node bench/generate.js <out-dir> [--scale N] [--seed S]');
    process.exit(2);
  }
  const opt = (name, def) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : def;
  };
  const { files, bytes } = generate(out, { scale: opt('--scale', 1), seed: opt('--seed', 1) });
  console.log(`${out}: ${files} files, ${(bytes / 1048576).toFixed(1)} MB`);
}
