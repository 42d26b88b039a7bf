// enqueue, worker and status: the pipeline on PostgreSQL with a job queue, for many workers on many machines.
import { openQueue, type Queue } from "../../queue/boss.js";
import { DEFAULT_JOB_POLICY, enqueueInputs, type JobPolicy } from "../../queue/enqueue.js";
import { formatStatus, queueStatus } from "../../queue/status.js";
import { runWorker, type WorkerOptions } from "../../queue/worker.js";
import type { Options } from "../../options.js";
import { isPostgresUrl, redact } from "../../store/pg-sql.js";
import { StoreError } from "../../store/errors.js";
import { EXIT, UsageError } from "../handle-error.js";

/** The queue lives in PostgreSQL: --db must name one; a server that cannot be reached is a usage error naming it. */
async function open(
  db: string | undefined,
  command: string,
  supervise = false,
  maintenanceSeconds?: number,
  poolSize?: number,
): Promise<Queue> {
  if (!db) throw new UsageError(`${command} needs --db postgres://user@host/database`);
  if (!isPostgresUrl(db)) throw new UsageError(`${command} needs a PostgreSQL database (--db postgres://…), not "${db}"`);
  try {
    return await openQueue(db, {
      supervise,
      maintenanceSeconds,
      poolSize,
      onError: (e) => process.stderr.write(`zhpress: queue: ${e.message}\n`),
    });
  } catch (e) {
    if (e instanceof StoreError) throw new UsageError(e.message);
    throw new UsageError(`${redact(db)}: ${(e as Error).message}`);
  }
}

export async function enqueueCommand(args: { inputs: string[]; db?: string; policy: JobPolicy }, opts: Options): Promise<number> {
  if (args.inputs.length === 0) throw new UsageError("no inputs: name files, folders, globs, URLs or - for stdin");
  const queue = await open(args.db, "enqueue");
  try {
    const r = await enqueueInputs(queue, args.inputs, opts, args.policy);
    for (const f of r.failures) process.stderr.write(`zhpress: ${f.input}: ${f.reason}\n`);
    if (!opts.quiet)
      process.stderr.write(
        `zhpress: queued ${r.queued}, already queued ${r.alreadyQueued}, unchanged ${r.unchanged}, failed ${r.failures.length} → ${queue.store.location}\n`,
      );
    return r.failures.length ? EXIT.partial : EXIT.ok;
  } finally {
    await queue.close();
  }
}

export async function workerCommand(
  args: { db?: string; maintenanceSeconds: number } & Omit<WorkerOptions, "onJob" | "onReady" | "onError">,
  opts: Options,
): Promise<number> {
  const queue = await open(args.db, "worker", true, args.maintenanceSeconds, args.concurrency + 4);
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const log = opts.quiet
      ? undefined
      : (e: { kind: string; label: string; outcome: string }) => process.stderr.write(`zhpress: ${e.kind} ${e.label}: ${e.outcome}\n`);
    const onReady = (id: string) =>
      void (opts.quiet || process.stderr.write(`zhpress: worker ${id} taking jobs from ${queue.store.location}\n`));
    const onError = (e: Error) => process.stderr.write(`zhpress: queue: ${e.message} (trying again)\n`);
    const t = await runWorker(queue, opts, { ...args, onJob: log, onReady, onError }, stop.signal);
    if (!opts.quiet)
      process.stderr.write(`zhpress: worker done: ${t.stored} stored, ${t.unchanged} unchanged, ${t.failed} failed, ${t.merges} merges\n`);
    return EXIT.ok;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await queue.close();
  }
}

export async function statusCommand(args: { db?: string; json: boolean }): Promise<number> {
  const queue = await open(args.db, "status");
  try {
    const s = await queueStatus(queue);
    process.stdout.write((args.json ? JSON.stringify(s, null, 2) : formatStatus(s)) + "\n");
    return EXIT.ok;
  } finally {
    await queue.close();
  }
}

export { DEFAULT_JOB_POLICY };
