/**
 * Parses an uploaded table in a worker thread with a time and a memory limit, so that a hostile file fails alone
 * ("文件过大或结构异常") while the server goes on answering other requests. At most two parses run at once; the
 * others wait their turn.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { TableFormatError, type ImportPreview } from '@/lib/target-table';
import type { ParseRequest } from './worker/parse-entry';

export const WORKER_LIMITS = {
  timeoutMs: 30_000,
  /** V8 heap of the worker; buffers of the file itself are outside it and bounded by the upload limit. */
  heapMb: 384,
  concurrent: 2,
} as const;

const OVERLOADED = '文件过大或结构异常';

/** Files are found from the project root: the production server runs bundled code from `.next`. */
function workerFile(relative: string): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), relative);
}

let running = 0;
const waiting: (() => void)[] = [];

async function inTurn<T>(run: () => Promise<T>): Promise<T> {
  if (running >= WORKER_LIMITS.concurrent) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await run();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

type Reply = { ok: true; value: ImportPreview } | { ok: false; name: string; message: string } | { ready: true };

export interface WorkerLimits {
  timeoutMs: number;
  heapMb: number;
}

function startWorker(heapMb: number = WORKER_LIMITS.heapMb): Worker {
  const worker = new Worker(workerFile('server/import/worker/bootstrap.mjs'), {
    workerData: { entry: workerFile('server/import/worker/parse-entry.ts') },
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: Math.min(32, heapMb / 4), stackSizeMb: 4 },
  });
  // A spare must not keep a command-line process alive.
  worker.unref();
  return worker;
}

/**
 * One worker per parse, so that each file has the whole time and memory limit to itself and nothing it did
 * outlives it. The next worker is started when a parse ends and waits, warm, for the next file.
 */
let spare: { worker: Worker; alive: boolean; ready: Promise<void> } | null = null;

function startSpare(): void {
  const worker = startWorker();
  const ready = new Promise<void>((resolve) => {
    const onReady = (message: { ready?: boolean }) => {
      if (!message.ready) return;
      worker.off('message', onReady);
      resolve();
    };
    worker.on('message', onReady);
    worker.once('exit', () => resolve());
  });
  const entry = { worker, alive: true, ready };
  worker.once('exit', () => (entry.alive = false));
  spare = entry;
}

function takeWorker(heapMb: number): Worker {
  const taken = spare?.alive && heapMb === WORKER_LIMITS.heapMb ? spare.worker : startWorker(heapMb);
  spare = null;
  taken.ref();
  return taken;
}

function runWorker(request: ParseRequest, { timeoutMs, heapMb }: WorkerLimits): Promise<ImportPreview> {
  const worker = takeWorker(heapMb);
  return new Promise<ImportPreview>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => finish(() => reject(new TableFormatError(`${OVERLOADED}：解析超过 ${timeoutMs / 1000} 秒，已停止`))),
      timeoutMs,
    );
    worker.on('message', (reply: Reply) => {
      if ('ready' in reply) return;
      finish(() => {
        if (reply.ok) resolve(reply.value);
        else if (reply.name === 'TableFormatError') reject(new TableFormatError(reply.message));
        else {
          console.error(`import worker: ${reply.name}: ${reply.message}`);
          reject(new TableFormatError(`${OVERLOADED}：无法解析`));
        }
      });
    });
    worker.once('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new TableFormatError(`${OVERLOADED}：解析所需内存超过 ${heapMb} MB 的上限`)
            : error,
        ),
      ),
    );
    worker.once('exit', () => finish(() => reject(new TableFormatError(`${OVERLOADED}：解析意外中止`))));
    worker.postMessage(request);
  }).finally(startSpare);
}

/** Starts a worker ahead of the next parse (the import page does, so that its upload is quick); resolves when it is warm. */
export function warmImportWorker(): Promise<void> {
  if (!spare?.alive) startSpare();
  return spare!.ready;
}

/** The preview of a table file, parsed off the main thread; TableFormatError for anything unreadable. */
export function parseInWorker(request: ParseRequest, limits: Partial<WorkerLimits> = {}): Promise<ImportPreview> {
  return inTurn(() => runWorker(request, { timeoutMs: WORKER_LIMITS.timeoutMs, heapMb: WORKER_LIMITS.heapMb, ...limits }));
}
