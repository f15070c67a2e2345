import { describe, expect, it } from 'vitest';
import { brief, detectJs, type Dialect } from './helpers/detect.js';

interface Case {
  name: string;
  code: string;
  dialect?: Dialect;
  /** `tracker kind line:column` per detection, in source order. */
  expect: string[];
}

const BASE_CODE =
  "!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');";

// Each positive case is followed by its negative twin: the same shape that is not a tracker.
const cases: Case[] = [
  { name: 'minified base code IIFE', code: `${BASE_CODE}\nfbq('init', '1234');`, expect: ['meta-pixel load 1:327', 'meta-pixel init 2:1'] },
  { name: 'base code with the URL only in a comment', code: "// <script src='https://connect.facebook.net/en_US/fbevents.js'>\n/* fbq('init', '1234') */\nconsole.log('ready');", expect: [] },

  { name: 'bare global call', code: "fbq('track', 'PageView');", expect: ['meta-pixel event 1:1'] },
  { name: 'fbq inside other identifiers and hostnames', code: "myfbq('track', 'PageView');\nconst host = 'https://metrics-fbqx.example.app/fbq';\nfbqLoaded('x');", expect: [] },

  { name: 'window.fbq, globalThis.fbq and window[\'fbq\']', code: "window.fbq('track', 'Lead');\nglobalThis.fbq('track', 'Lead');\nwindow['fbq']('track', 'Lead');", expect: ['meta-pixel event 1:1', 'meta-pixel event 2:1', 'meta-pixel event 3:1'] },
  { name: 'a property fbq on an object that is not the global', code: "const x = { fbq: () => {} };\nx.fbq();\ncfg['fbq'] = 1;", expect: [] },

  { name: 'optional call', code: "window.fbq?.('track', 'Contact');\nfbq?.('track', 'Contact');", expect: ['meta-pixel event 1:1', 'meta-pixel event 2:1'] },
  { name: 'optional call on a parameter named fbq', code: "export function send(fbq) {\n  fbq?.('track', 'Contact');\n}", expect: [] },

  { name: 'guarded calls', code: "typeof fbq === 'function' && fbq('track', 'Lead');\nif (window.fbq) window.fbq('track', 'Lead');\nwindow.fbq && window.fbq('track', 'Lead');", expect: ['meta-pixel event 1:30', 'meta-pixel event 2:17', 'meta-pixel event 3:15'] },
  { name: 'a guard that never calls', code: "const hasPixel = typeof fbq === 'function';\nif (window.fbq) console.log('pixel present');", expect: [] },

  { name: 'hand-written stub on the global', code: "window.fbq = window.fbq || function () { window.fbq.callMethod ? window.fbq.callMethod.apply(window.fbq, arguments) : window.fbq.queue.push(arguments); };\nwindow._fbq = window.fbq;", expect: ['meta-pixel load 1:1', 'meta-pixel load 2:1'] },
  { name: 'development stub that only logs', code: "if (!isProd) window.fbq = (...a) => console.debug('fbq', a);\nwindow.fbq = jest.fn();", expect: [] },

  { name: 'alias of the global', code: "const track = window.fbq;\ntrack('track', 'Search', { search_string: q });", expect: ['meta-pixel event 2:1'] },
  { name: 'alias of something else', code: "const track = window.analytics.track;\ntrack('track', 'Search');", expect: [] },

  { name: 'shadowing local function', code: "function fbq(name) { return name; }\nexport const x = () => { const fbq = (s) => s; return fbq('track', 'Lead'); };", expect: [] },
  { name: 'namespace import named fbq from a local module', code: "import * as fbq from './segment';\nfbq.event('signup');\nfbq('track', 'Lead');", expect: [] },

  { name: 'wrapper default import under any name', code: "import Px from 'react-facebook-pixel';\nPx.init('1234', { em: user.email });\nPx.pageView();\nPx.trackCustom('ReportStarted', { topic });", expect: ['meta-pixel load 1:1', 'meta-pixel init 2:1', 'meta-pixel event 3:1', 'meta-pixel event 4:1'] },
  { name: 'same method names on an unrelated import', code: "import Px from './analytics';\nPx.init('1234');\nPx.trackCustom('ReportStarted');", expect: [] },

  { name: 'wrapper via import() and .then', code: "import('react-facebook-pixel').then((m) => m.default.init('1234'));\nimport('react-facebook-pixel').then(({ default: RP }) => RP.track('Lead'));", expect: ['meta-pixel load 1:1', 'meta-pixel init 1:44', 'meta-pixel load 2:1', 'meta-pixel event 2:58'] },
  { name: 'import() of a local module', code: "import('./pixel').then((m) => m.default.init('1234'));", expect: [] },

  { name: 'wrapper via await import() and require', code: "const { default: ReactPixel } = await import('react-facebook-pixel');\nReactPixel.init('1234');\nconst RP = require('react-facebook-pixel');\nRP.track('Lead');", expect: ['meta-pixel load 1:39', 'meta-pixel init 2:1', 'meta-pixel load 3:12', 'meta-pixel event 4:1'] },
  { name: 'require shadowed by a local function', code: "const require = (m) => m;\nrequire('react-facebook-pixel').init('1');", expect: [] },

  { name: 'script element created with a tracker src', code: "const s = document.createElement('script');\ns.src = 'https://connect.facebook.net/en_US/fbevents.js';\ndocument.head.appendChild(s);", expect: ['meta-pixel load 2:9'] },
  { name: 'script element with a first-party src', code: "const s = document.createElement('script');\ns.src = '/js/fbevents.js';", expect: [] },

  { name: 'setAttribute src and concatenated URL', code: "el.setAttribute('src', 'https://snap.licdn.com/li.lms-analytics/insight.min.js');\nhj.src = 'https://static.hotjar.com/c/hotjar-' + id + '.js?sv=6';", expect: ['linkedin-insight load 1:24', 'hotjar load 2:10'] },
  { name: 'tracker hosts in CSP and allow-lists', code: "const csp = \"script-src 'self' https://connect.facebook.net\";\nexport const config = { connectSrc: ['https://www.facebook.com/tr'], allowlist: ['https://connect.facebook.net/en_US/fbevents.js'] };\nif (url.startsWith('https://connect.facebook.net/en_US/fbevents.js')) block();", expect: [] },

  { name: 'GTM snippet gives the container id', code: "(function(w,d,s,l,i){w[l]=w[l]||[];var j=d.createElement(s);j.src='https://www.googletagmanager.com/gtm.js?id='+i;d.head.appendChild(j);})(window,document,'script','dataLayer','GTM-ABC1234');", expect: ['google-tag-manager load 1:67'] },
  { name: 'Google Optimize id is not a GTM container', code: "ga('require', 'GTM-ABC1234');", expect: ['google-analytics setting 1:1'] },

  { name: 'links to facebook.com', code: "export const social = { facebook: 'https://www.facebook.com/acmepolice', share: 'https://www.facebook.com/sharer/sharer.php?u=x' };", expect: [] },
  { name: 'the beacon URL in an Image', code: "new Image().src = 'https://www.facebook.com/tr?id=1234&ev=PageView';", expect: ['meta-pixel beacon 1:19'] },

  { name: 'TypeScript call with casts and non-null', code: "(window as any).fbq!('track', 'Lead');\n(window.fbq as (...a: unknown[]) => void)('track', 'Lead');", dialect: 'ts', expect: ['meta-pixel event 1:1', 'meta-pixel event 2:1'] },
  { name: 'TypeScript declarations', code: "declare global { interface Window { fbq: (...args: unknown[]) => void; _fbq?: unknown } }\ndeclare const fbq: (...args: unknown[]) => void;\ndeclare function ttq(cmd: string): void;\ntype Pixel = typeof fbq;\nexport {};", dialect: 'ts', expect: [] },
  { name: 'declare const does not shadow the global', code: "declare const fbq: (...args: unknown[]) => void;\nfbq('track', 'Lead');", dialect: 'ts', expect: ['meta-pixel event 2:1'] },
  { name: 'import type from a wrapper ships nothing', code: "import type ReactPixel from 'react-facebook-pixel';\nexport type P = typeof ReactPixel;", dialect: 'ts', expect: [] },

  { name: 'JSX onClick calling the global', code: "export const B = () => <button onClick={() => window.fbq('track', 'Contact')}>Call</button>;", dialect: 'jsx', expect: ['meta-pixel event 1:47'] },
  { name: 'JSX comment and a link', code: "export const B = () => (<div>{/* fbq('track', 'Contact') */}<a href=\"https://www.facebook.com/acme\">fb</a><meta property=\"fb:app_id\" content=\"1234\" /></div>);", dialect: 'jsx', expect: [] },

  { name: 'TSX handler with a typed wrapper import', code: "import ReactPixel from 'react-facebook-pixel';\nexport function Report(): JSX.Element {\n  return <form onSubmit={(e: React.FormEvent<HTMLFormElement>) => ReactPixel.track('SubmitApplication', { crime: e.currentTarget.crime.value })} />;\n}", dialect: 'tsx', expect: ['meta-pixel load 1:1', 'meta-pixel event 3:67'] },
  { name: 'TSX prop named fbq', code: "export function T({ fbq }: { fbq: (c: string) => void }) {\n  return <button onClick={() => fbq('track')} />;\n}", dialect: 'tsx', expect: [] },

  { name: 'tracker reached through props', code: "props.adsLib.fbq('track', 'Lead');\nthis.$analytics.fbq.event('Lead');", expect: ['meta-pixel event 1:1', 'meta-pixel event 2:1'] },
  { name: 'unrelated method names on objects', code: "props.lib.track('Lead');\nwindow.PartnerPixel.trackCustom('Lead');", expect: [] },
];

describe('JS detector: every form of a tracker, each with a negative twin', () => {
  for (const c of cases) {
    it(`${c.name} (${c.dialect ?? 'js'})`, () => {
      expect(detectJs(c.code, c.dialect).map(brief)).toEqual(c.expect);
    });
  }
});
