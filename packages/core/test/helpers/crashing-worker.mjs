// A file worker that dies on chosen files, the way a bug or an out-of-memory would end it, and is
// otherwise the real one. Registered first, its listener sees each file before the real worker.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (m) => {
  if (m.type !== 'file') return;
  if (m.path.endsWith('exits.js')) process.exit(3);
  if (m.path.endsWith('throws.js')) throw new Error('worker bug');
});

await import('../../dist/files/analyze-worker.js');
