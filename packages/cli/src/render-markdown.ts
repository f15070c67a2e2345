import pc from 'picocolors';

/**
 * Markdown for a terminal: comment lines (the generator's markers) dropped, headings bold, code blocks indented and dimmed,
 * inline code highlighted. Without colour only the comments go and code blocks are indented.
 */
export function renderMarkdown(markdown: string, color: boolean): string {
  const c = pc.createColors(color);
  const out: string[] = [];
  let inCode = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) {
      inCode = !inCode;
      continue;
    }
    if (!inCode && /^<!--.*-->$/.test(line.trim())) continue;
    if (inCode) out.push(`    ${c.dim(line)}`);
    else if (/^#{1,6} /.test(line)) out.push(c.bold(line.startsWith('# ') ? c.underline(line.replace(/^# /, '')) : line.replace(/^#+ /, '')));
    else out.push(line.replace(/`([^`]+)`/g, (_, code: string) => (color ? c.cyan(code) : `\`${code}\``)));
  }
  return `${out.join('\n').replace(/^\n+/, '').replace(/\n+$/, '')}\n`;
}
