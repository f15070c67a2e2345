import { describe, expect, it } from 'vitest';
import { brief, detectJs } from './helpers/detect.js';

describe('JS detector: tracker snippets held in strings, with positions in the original file', () => {
  it('template literal snippet with an interpolated id', () => {
    const code = [
      'const PIXEL = process.env.PIXEL_ID;',
      'export const pixelSnippet = `',
      "  fbq('init', '${PIXEL}');",
      "  fbq('track', 'PageView');`;",
    ].join('\n');
    const found = detectJs(code);
    expect(found.map(brief)).toEqual(['meta-pixel init 3:3', 'meta-pixel event 4:3']);
    expect(found[0]!.details).toEqual({ command: 'init', embedded: 'js' });
    expect(found[1]!.details).toMatchObject({ event: 'PageView', embedded: 'js' });
  });

  it('a template literal that only mentions the call in prose', () => {
    expect(detectJs("throw new Error(`call fbq('init') before tracking`);\nconsole.log('fbq missing');")).toEqual([]);
  });

  it('dangerouslySetInnerHTML and Next.js <Script> children', () => {
    const code = [
      "import Script from 'next/script';",
      'export default function Layout() {',
      '  return (<>',
      "    <script dangerouslySetInnerHTML={{ __html: \"fbq('init', '1234');\" }} />",
      '    <Script id="px" strategy="afterInteractive">{`',
      "      fbq('track', 'PageView');",
      '    `}</Script>',
      '  </>);',
      '}',
    ].join('\n');
    expect(detectJs(code, 'tsx').map(brief)).toEqual(['meta-pixel init 4:49', 'meta-pixel event 6:7']);
  });

  it('the same JSX without tracker code', () => {
    const code = "export default () => (<><script dangerouslySetInnerHTML={{ __html: 'window.appReady = true;' }} /><Script id=\"x\">{`console.log('fbq')`}</Script></>);";
    expect(detectJs(code, 'jsx')).toEqual([]);
  });

  it('innerHTML with markup: script src and noscript beacon', () => {
    const code = [
      'const el = document.createElement("div");',
      'el.innerHTML = `<script async src="https://connect.facebook.net/en_US/fbevents.js"></script>',
      '<noscript><img src="https://www.facebook.com/tr?id=1234&ev=PageView&noscript=1"></noscript>`;',
    ].join('\n');
    const found = detectJs(code);
    expect(found.map((d) => [d.tracker, d.kind, d.loc.line, d.loc.column, d.details.embedded])).toEqual([
      ['meta-pixel', 'load', 2, 17, 'html'],
      ['meta-pixel', 'beacon', 3, 11, 'html'],
    ]);
  });

  it('innerHTML with a link to facebook.com', () => {
    expect(detectJs('footer.innerHTML = `<a href="https://www.facebook.com/acmepolice">Follow us</a>`;')).toEqual([]);
  });

  it('escaped string snippet is placed at the string', () => {
    const found = detectJs("const s = 'fbq(\\'track\\', \\'Lead\\');';");
    expect(found.map(brief)).toEqual(['meta-pixel event 1:11']);
  });
});

describe('JS detector: a real minified bundle shape', () => {
  const chunk =
    '"use strict";(self.webpackChunkacme=self.webpackChunkacme||[]).push([[792],{4312:(e,t,n)=>{n.d(t,{Z:()=>o});var r=!1,o={init:function(e){var t=arguments.length>1&&void 0!==arguments[1]?arguments[1]:{};r||(function(e,t,n,r,o,i,a){e.fbq||(o=e.fbq=function(){o.callMethod?o.callMethod.apply(o,arguments):o.queue.push(arguments)},e._fbq||(e._fbq=o),o.push=o,o.loaded=!0,o.version="2.0",o.queue=[],(i=t.createElement(n)).async=!0,i.src="https://connect.facebook.net/en_US/fbevents.js",(a=t.getElementsByTagName(n)[0]).parentNode.insertBefore(i,a))}(window,document,"script"),window.fbq("init",e,t),r=!0)},pageView:function(){window.fbq("track","PageView")},track:function(e,t){window.fbq("track",e,t)}}},8841:(e,t,n)=>{var fbq=n(1184);fbq.event("x")}}]);';

  it('finds the loader and calls in a webpack chunk, not the shadowed module-local fbq', () => {
    const found = detectJs(chunk);
    expect(found.map((d) => [d.tracker, d.kind, d.details.command ?? d.details.url])).toEqual([
      ['meta-pixel', 'load', 'connect.facebook.net/en_US/fbevents.js'],
      ['meta-pixel', 'init', 'init'],
      ['meta-pixel', 'event', 'track'],
      ['meta-pixel', 'event', 'track'],
    ]);
    expect(found.every((d) => d.loc.line === 1)).toBe(true);
  });

  it('the same chunk with the vendor code removed', () => {
    expect(detectJs('"use strict";(self.webpackChunkacme=self.webpackChunkacme||[]).push([[792],{4312:(e,t,n)=>{n.d(t,{Z:()=>o});var o={init:function(e){return e}}},8841:(e,t,n)=>{var fbq=n(1184);fbq.event("x")}}]);')).toEqual([]);
  });
});
