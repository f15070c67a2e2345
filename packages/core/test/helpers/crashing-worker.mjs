// A file worker that dies on chosen files, the way a bug or an out-of-memory would end it, and is
// otherwise the real one: it wraps the real worker's message listener, so it sees each file first.
// It leaves `<file>.crashed` beside the file (discovery is over by then), so a test knows it ran.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

function crashOn(m) {
  if (m.type !== 'file' || !/-(?:exits|throws)\.js$/.test(m.path)) return;
  writeFileSync(join(workerData.root, `${m.path}.crashed`), '');
  if (m.path.endsWith('-exits.js')) process.exit(3);
  throw new Error('worker bug');
}

const on = parentPort.on.bind(parentPort);
parentPort.on = (event, listener) =>
  on(event, event !== 'message' ? listener : (m) => {
    crashOn(m);
    listener(m);
  });
await import('../../dist/files/analyze-worker.js');
