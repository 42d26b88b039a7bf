// Defaults the command line shows in its help, kept apart from the modules that own them (the store, the
// queue) so that building the help does not load better-sqlite3, pg or pg-boss. test/cli/defaults.test.ts
// checks each against its owner.
import type { JobPolicy } from "../queue/enqueue.js";

/** the SQLite database `run`, `export` and `serve` use when --db is not given (store/index.ts DEFAULT_DB) */
export const DEFAULT_DB = "out/zhpress.db";

/** how long a job may run, how often it is retried and after what first delay (queue/enqueue.ts DEFAULT_JOB_POLICY) */
export const DEFAULT_JOB_POLICY: JobPolicy = { timeoutSeconds: 600, retries: 3, retryDelaySeconds: 30 };
