// Whether the built CLI has a `--threads` option, read from `pixel-patrol scan --help` (yargs layout).

/** `{ supported, default }`; `default` is the text of yargs' `[default: …]`, when the help shows one. */
export function threadsOption(help) {
  const lines = help.split('\n');
  const at = lines.findIndex((l) => /^\s+(?:-\w, )?--threads\b/.test(l));
  if (at < 0) return { supported: false };
  // An option's description may wrap onto lines that do not start a new option.
  let text = lines[at];
  for (let i = at + 1; i < lines.length && !/^\s+(?:-\w, )?--\w/.test(lines[i]) && lines[i].trim() !== ''; i++) text += ` ${lines[i].trim()}`;
  const def = text.match(/\[default: ([^\]]+)\]/);
  return { supported: true, ...(def ? { default: def[1].replace(/^"|"$/g, '') } : {}) };
}
