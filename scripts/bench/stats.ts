/** Percentiles and timing loops for the benchmarks. */

export interface Figures {
  p50: number;
  p95: number;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Nearest-rank percentile of a sample. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

export function figures(samples: number[]): Figures {
  return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)) };
}

/** Runs `warmup` untimed and `measured` timed calls one after another; `run` returns its own time in ms. */
export async function sample(run: () => number | Promise<number>, { warmup, measured }: { warmup: number; measured: number }): Promise<number[]> {
  for (let i = 0; i < warmup; i += 1) await run();
  const times: number[] = [];
  for (let i = 0; i < measured; i += 1) times.push(await run());
  return times;
}

/** The time of a synchronous call in ms. */
export function timeSync(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}
