/** Inline styles: the report is one file with no external assets, readable offline and printable. */
export const HTML_STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:70rem;padding:1rem 2rem;color:#1b1b1b;background:#fff}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2rem}
code,pre{font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.verdict{font-size:1.1rem;font-weight:600}.verdict.fail{color:#a4000f}.verdict.pass{color:#006b2d}
.route{margin:1.5rem 0}.why{color:#555;margin-top:0}
.finding{border:1px solid #ddd;border-left:6px solid #888;border-radius:4px;padding:.5rem 1rem;margin:.8rem 0}
.finding.error{border-left-color:#c5000f}.finding.warn{border-left-color:#d68a00}.finding.info{border-left-color:#2a6fdb}
.finding h4{margin:.2rem 0;font-size:1rem}.meta{color:#555;margin:.2rem 0}.sev{text-transform:uppercase;font-size:.8rem;font-weight:700;margin-right:.4rem}
.chain{margin:.3rem 0 .5rem 1.2rem;padding:0}
pre.frame{background:#f6f8fa;border-radius:4px;padding:.4rem 0;overflow-x:auto;margin:.4rem 0}
pre.frame span{display:block;padding:0 .8rem;white-space:pre}pre.frame span.hit{background:#ffe3e3}
pre.frame b{display:inline-block;min-width:3.5rem;color:#777;font-weight:400;user-select:none}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}.sensitive{color:#a4000f;font-weight:600}
@media print{.finding{break-inside:avoid}}
`;
