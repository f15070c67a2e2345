// I/O floor: read every byte of every file under a folder, nothing else.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

let bytes = 0;
const stack = [process.argv[2]];
while (stack.length > 0) {
  const dir = stack.pop();
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) stack.push(p);
    else if (e.isFile()) bytes += readFileSync(p).length;
  }
}
console.log(bytes);
