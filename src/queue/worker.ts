// `zhpress worker`: takes page jobs and merge jobs from the queue until stopped (or, with untilIdle, until
// no job is waiting, retrying or running anywhere). Any number of workers, on any number of machines.
import { hostname } from "node:os";
import type PgBoss from "pg-boss";
import type { Options } from "../options.js";
import { MERGES, PAGES, type PageJob, type Queue } from "./boss.js";
import { sharedPoliteness } from "./host-gate.js";
import { runMergeJob } from "./merge-job.js";
import { runPageJob, type PageOutcome } from "./page-job.js";

export interface WorkerOptions {
  /** page jobs in flight in this process */
  concurrency: number;
  /** stop once the queue is empty and nothing runs anywhere */
  untilIdle: boolean;
  mergeDelaySeconds: number;
  /** seconds between polls of an empty queue (pg-boss takes at least 0.5) */
  pollSeconds: number;
  onJob?: (event: { kind: "page" | "merge"; label: string; outcome: string }) => void;
  /** called once this worker is taking jobs */
  onReady?: (worker: string) => void;
}

export interface WorkerTally {
  stored: number;
  unchanged: number;
  failed: number;
  merges: number;
}

export async function runWorker(queue: Queue, opts: Options, w: WorkerOptions, stop: AbortSignal): Promise<WorkerTally> {
  const tally: WorkerTally = { stored: 0, unchanged: 0, failed: 0, merges: 0 };
  const worker = `${hostname()}:${process.pid}`;
  // held for the worker's lifetime: its URL leases die with this connection (kill -9 included)
  const lifeline = await queue.store.pool.connect();
  const ownerPid = (await lifeline.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0].pid;
  // a lease covers one request (the gate is asked once per redirect hop)
  const politely = sharedPoliteness(queue.store.pool, { worker, ownerPid, leaseMs: opts.fetch.totalTimeoutMs + 10_000 });
  const ctx = { queue, opts, politely, mergeDelaySeconds: w.mergeDelaySeconds };
  const polling = { batchSize: 1, pollingIntervalSeconds: w.pollSeconds };
  const onPage = async ([job]: PgBoss.Job<PageJob>[]) => {
    let outcome: PageOutcome;
    try {
      outcome = await runPageJob(ctx, job.id, job.data);
    } catch (e) {
      tally.failed++;
      w.onJob?.({ kind: "page", label: job.data.label, outcome: `failed: ${(e as Error).message}` });
      throw e;
    }
    tally[outcome]++;
    w.onJob?.({ kind: "page", label: job.data.label, outcome });
    return { outcome };
  };
  // pg-boss 10 runs one job at a time per work() call: one call per slot
  for (let i = 0; i < w.concurrency; i++) await queue.boss.work<PageJob>(PAGES, polling, onPage);
  await queue.boss.work(MERGES, polling, async () => {
    const merged = await runMergeJob(queue);
    tally.merges++;
    w.onJob?.({ kind: "merge", label: `${merged.documents} documents`, outcome: `${merged.rounds} rounds` });
    return merged;
  });
  w.onReady?.(worker);
  try {
    await untilStopped(queue, w, stop);
    await queue.boss.offWork(PAGES);
    await queue.boss.offWork(MERGES);
  } finally {
    lifeline.release();
  }
  return tally;
}

async function untilStopped(queue: Queue, w: WorkerOptions, stop: AbortSignal): Promise<void> {
  while (!stop.aborted) {
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, 1000);
      stop.addEventListener("abort", () => (clearTimeout(t), resolve()), { once: true });
    });
    if (w.untilIdle && (await pending(queue)) === 0) return;
  }
}

/** jobs not yet finished anywhere: waiting, waiting to retry, or running (a dead worker's job until it expires) */
export async function pending(queue: Queue): Promise<number> {
  const { rows } = await queue.store.pool.query<{ n: number }>(
    "SELECT COUNT(*)::int AS n FROM pgboss.job WHERE name = ANY($1) AND state < 'completed'",
    [[PAGES, MERGES]],
  );
  return rows[0].n;
}
