/**
 * The bench's load phase: `connections` signed-in readers GET one page over and over for `seconds`, while one writer
 * saves an entry through the API every 50 ms; requests/s, p50/p99 and errors of the readers, p50/p99 of the saves.
 */
import { HttpSession } from './http-session';
import { percentile } from './stats';

export interface LoadFigures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  saves: { count: number; p50: number; p99: number; errors: number };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export interface Writer {
  token: string;
  indicatorId: number;
  year: number;
}

async function write(baseUrl: string, writer: Writer, until: number) {
  const times: number[] = [];
  let errors = 0;
  for (let n = 0; performance.now() < until; n += 1) {
    const period = `${writer.year}-${String((n % 12) + 1).padStart(2, '0')}`;
    const start = performance.now();
    try {
      const response = await fetch(`${baseUrl}/api/v1/indicators/${writer.indicatorId}/entries/${period}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${writer.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ value: 1, reasons: ['其他'], explanation: '压测写入', possibility: '确定能', confirm: true }),
        signal: AbortSignal.timeout(30_000),
      });
      await response.arrayBuffer();
      if (response.status !== 200 && response.status !== 201) errors += 1;
      else times.push(performance.now() - start);
    } catch {
      errors += 1;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { count: times.length, p50: round(percentile(times, 50)), p99: round(percentile(times, 99)), errors };
}

/** `sessions` are signed in already (one per connection, so cookies do not race). */
export async function loadPhase(baseUrl: string, sessions: HttpSession[], page: string, seconds: number, writer: Writer): Promise<LoadFigures> {
  const started = performance.now();
  const until = started + seconds * 1000;
  const times: number[] = [];
  let errors = 0;
  const read = async (session: HttpSession) => {
    while (performance.now() < until) {
      try {
        times.push(await session.timedGet(page));
      } catch {
        errors += 1;
      }
    }
  };
  const [saves] = await Promise.all([write(baseUrl, writer, until), ...sessions.map(read)]);
  const elapsed = (performance.now() - started) / 1000;
  return { rps: round(times.length / elapsed), p50: round(percentile(times, 50)), p99: round(percentile(times, 99)), errors, saves };
}
