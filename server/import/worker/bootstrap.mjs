/**
 * The entry of the import worker thread, in plain JavaScript so that Node loads it as it is under tsx, vitest
 * and the production server alike. It registers tsx in a namespace of its own (leaving any loader of the parent
 * alone) and imports the TypeScript module named in `workerData.entry` at once, so that a worker started ahead
 * of time is warm (it says `{ ready: true }` when it is); then it runs that module's `handle` on the one message it gets and posts back the result or
 * the error's name and message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

const api = register({ namespace: `import-worker-${process.pid}-${Date.now()}` });
const loaded = api.import(workerData.entry, import.meta.url);
loaded.then(() => parentPort.postMessage({ ready: true }), () => {});

parentPort.once('message', async (input) => {
  try {
    const { handle } = await loaded;
    parentPort.postMessage({ ok: true, value: await handle(input) });
  } catch (error) {
    parentPort.postMessage({ ok: false, name: error?.name ?? 'Error', message: String(error?.message ?? error) });
  }
});
