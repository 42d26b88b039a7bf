// Queue: inputs and a PostgreSQL database → jobs that any number of workers take (fetch, extract, store, merge) and
// their status; the `enqueue`, `worker` and `status` commands (cli/commands/queue.ts) use these.
export { openQueue, type Queue } from "./boss.js";
export { DEFAULT_JOB_POLICY, enqueueInputs, type JobPolicy } from "./enqueue.js";
export { formatStatus, queueStatus } from "./status.js";
export { runWorker, type WorkerOptions } from "./worker.js";
