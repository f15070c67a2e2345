// The real file worker, which first leaves `.worker-started` in the project root so a test can
// tell whether workers ran (the results are the same either way).
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { workerData } from 'node:worker_threads';

appendFileSync(join(workerData.root, '.worker-started'), 'x');
await import('../../dist/files/analyze-worker.js');
