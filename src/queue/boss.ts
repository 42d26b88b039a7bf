// The job queue: pg-boss 10 in the same PostgreSQL database as the store. Two queues do the work (pages to
// fetch or read, then extract and store; a debounced merge) and one keeps what failed for good (dead letter).
import PgBoss from "pg-boss";
import { PgStore } from "../store/pg.js";
import { inTransaction, lockKey, withSessionLock } from "../store/pg-sql.js";
import { QUEUE_TABLES, UNMERGED_TRACKING } from "./schema.js";

export const PAGES = "zhpress-pages";
export const MERGES = "zhpress-merge";
export const DEAD = "zhpress-dead";

/** One page to bring in: a file or stdin read at enqueue time (its bytes wait in queued_bytes), or a URL the worker fetches. */
export type PageJob =
  | { kind: "bytes"; inputKey: string; bytesHash: string; path: string | null; label: string }
  | { kind: "url"; inputKey: string; url: string; label: string };

export interface Queue {
  boss: PgBoss;
  store: PgStore;
  close(): Promise<void>;
}

export interface QueueOpenOptions {
  /** run pg-boss maintenance here (workers): expired jobs go back to the queue, old ones to the archive */
  supervise: boolean;
  /** seconds between maintenance runs (the first runs at start) */
  maintenanceSeconds?: number;
  onError?: (e: Error) => void;
  /** connections to the store: a worker wants one per job in flight, its lifeline and a merge */
  poolSize?: number;
}

export async function openQueue(url: string, opts: QueueOpenOptions): Promise<Queue> {
  const store = await PgStore.open(url, { poolSize: opts.poolSize });
  await inTransaction(store.pool, async (c) => {
    await c.query(`SELECT pg_advisory_xact_lock(${lockKey("'migrate'")})`);
    await c.query(QUEUE_TABLES + UNMERGED_TRACKING);
  });
  const boss = new PgBoss({
    connectionString: url,
    application_name: "zhpress-queue",
    max: 4,
    supervise: opts.supervise,
    schedule: false,
    maintenanceIntervalSeconds: opts.maintenanceSeconds ?? 30,
  });
  boss.on("error", opts.onError ?? (() => {}));
  try {
    await boss.start();
    // pg-boss creates a queue's partition under locks that deadlock when two processes create queues at once
    // (workers started together on a fresh database): they take turns
    await withSessionLock(store.pool, "'queues'", async () => {
      await ensureQueue(boss, DEAD, { policy: "standard" });
      // short: one waiting job per input (enqueueing twice queues once); a running one may have one waiting behind it
      await ensureQueue(boss, PAGES, { policy: "short", deadLetter: DEAD });
      await ensureQueue(boss, MERGES, { policy: "short", expireInSeconds: 3600, retryLimit: 5, retryDelay: 5, retryBackoff: true });
    });
  } catch (e) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    await store.close();
    throw e;
  }
  return {
    boss,
    store,
    async close() {
      await boss.stop({ graceful: true, wait: true, timeout: 30_000, close: true }).catch(() => {});
      await store.close();
    },
  };
}

async function ensureQueue(boss: PgBoss, name: string, options: Omit<PgBoss.Queue, "name">): Promise<void> {
  if (await boss.getQueue(name)) return;
  // another process may create it between the look and the create
  await boss.createQueue(name, { name, ...options }).catch(async (e) => {
    if (!(await boss.getQueue(name))) throw e;
  });
}
