// `zhpress worker`: takes page jobs and merge jobs from the queue until stopped (or, with untilIdle, until
// no job is waiting, retrying or running anywhere). Any number of workers, on any number of machines.
import { hostname } from "node:os";
import type { Options } from "../options.js";
import { MERGES, PAGES, type PageJob, type Queue } from "./boss.js";
import { sharedPoliteness } from "./host-gate.js";
import { holdLifeline } from "./lifeline.js";
import { runMergeJob } from "./merge-job.js";
import { reclaimOrphanedMerges } from "./orphaned-merge.js";
import { runPageJob } from "./page-job.js";

export interface WorkerOptions {
  /** page jobs in flight in this process */
  concurrency: number;
  /** stop once the queue is empty and nothing runs anywhere */
  untilIdle: boolean;
  mergeDelaySeconds: number;
  /** seconds between polls of an empty queue */
  pollSeconds: number;
  onJob?: (event: { kind: "page" | "merge"; label: string; outcome: string }) => void;
  /** called once this worker is taking jobs */
  onReady?: (worker: string) => void;
  /** a queue error that is not a job's (the database went away): the worker waits and tries again */
  onError?: (e: Error) => void;
}

export interface WorkerTally {
  stored: number;
  unchanged: number;
  failed: number;
  merges: number;
}

/** Waits ms, or less when stopped; leaves no listener behind. */
const pause = (ms: number, stop: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => (clearTimeout(t), stop.removeEventListener("abort", done), resolve());
    const t = setTimeout(done, ms);
    stop.addEventListener("abort", done, { once: true });
  });

export async function runWorker(queue: Queue, opts: Options, w: WorkerOptions, stop: AbortSignal): Promise<WorkerTally> {
  const tally: WorkerTally = { stored: 0, unchanged: 0, failed: 0, merges: 0 };
  const worker = `${hostname()}:${process.pid}`;
  // held for the worker's lifetime: its URL leases die with this connection (kill -9 included)
  const lifeline = await holdLifeline(queue.store.pool, (e) => w.onError?.(e), w.pollSeconds * 1000);
  // a lease covers one request (the gate is asked once per redirect hop)
  const politely = sharedPoliteness(queue.store.pool, { worker, ownerPid: lifeline.pid, leaseMs: opts.fetch.totalTimeoutMs + 10_000 });
  const ctx = { queue, opts, politely, mergeDelaySeconds: w.mergeDelaySeconds };
  const done = new AbortController();
  const finish = () => done.abort();
  stop.addEventListener("abort", finish, { once: true });

  /** One slot: takes a job as soon as the last one is done; polls only while the queue is empty. */
  const slot = async <T extends object>(name: string, handle: (id: string, data: T) => Promise<object>) => {
    while (!done.signal.aborted) {
      try {
        const [job] = (await queue.boss.fetch<T>(name, { batchSize: 1 })) ?? [];
        if (!job) {
          await pause(w.pollSeconds * 1000, done.signal);
          continue;
        }
        let output: object;
        try {
          output = await handle(job.id, job.data);
        } catch (e) {
          // kept on the job: `status` shows it, the dead letter keeps it
          await queue.boss.fail(name, job.id, { message: (e as Error).message });
          continue;
        }
        await queue.boss.complete(name, job.id, output);
      } catch (e) {
        w.onError?.(e as Error);
        await pause(w.pollSeconds * 1000, done.signal);
      }
    }
  };

  const page = async (id: string, job: PageJob) => {
    try {
      const outcome = await runPageJob(ctx, id, job);
      tally[outcome]++;
      w.onJob?.({ kind: "page", label: job.label, outcome });
      return { outcome };
    } catch (e) {
      tally.failed++;
      w.onJob?.({ kind: "page", label: job.label, outcome: `failed: ${(e as Error).message}` });
      throw e;
    }
  };
  const merge = async () => {
    const merged = await runMergeJob(queue);
    tally.merges++;
    w.onJob?.({
      kind: "merge",
      label: `${merged.documents} documents`,
      outcome: merged.merged ? `${merged.rounds} rounds` : "nothing new",
    });
    return merged;
  };

  const slots = [...Array.from({ length: w.concurrency }, () => slot(PAGES, page)), slot(MERGES, merge)];
  w.onReady?.(worker);
  try {
    while (!done.signal.aborted) {
      await pause(1000, done.signal);
      await reclaimOrphanedMerges(queue).catch((e) => w.onError?.(e as Error));
      if (w.untilIdle && (await pending(queue)) === 0) finish();
    }
    await Promise.all(slots);
  } finally {
    stop.removeEventListener("abort", finish);
    lifeline.release();
  }
  return tally;
}

/** jobs not yet finished anywhere: waiting, waiting to retry, or running (a dead worker's job until it expires) */
export async function pending(queue: Queue): Promise<number> {
  const { rows } = await queue.store.pool.query<{ n: number }>(
    "SELECT COUNT(*)::int AS n FROM pgboss.job WHERE name = ANY($1) AND state < 'completed'",
    [[PAGES, MERGES]],
  );
  return rows[0].n;
}
