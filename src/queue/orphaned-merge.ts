// A merge job whose worker died: the merge runs under a session advisory lock (merge-job.ts), which the
// server drops with a dead worker's connection. An active merge job that has run for a while while nobody
// holds that lock lost its worker; it is failed (and so retried) now instead of after its hour of expiry,
// during which `worker --until-idle` would wait.
import { lockKey } from "../store/pg-sql.js";
import { MERGES, type Queue } from "./boss.js";

/** how long a merge job may run before it holds the lock: fetching it and taking the lock take well under this */
export const ORPHAN_AFTER_S = 30;

/** Fails the active merge jobs nobody is running; returns how many. */
export async function reclaimOrphanedMerges(queue: Queue, afterSeconds = ORPHAN_AFTER_S): Promise<number> {
  const pool = queue.store.pool;
  const { rows } = await pool.query<{ id: string }>(
    "SELECT id FROM pgboss.job WHERE name = $1 AND state = 'active' AND started_on < now() - $2 * interval '1 second'",
    [MERGES, afterSeconds],
  );
  if (rows.length === 0) return 0;
  // taken and given back at once: if it can be taken, no merge runs anywhere
  const c = await pool.connect();
  let free: boolean;
  try {
    free = (await c.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(${lockKey("'merge'")}) AS ok`)).rows[0].ok;
    if (free) await c.query(`SELECT pg_advisory_unlock(${lockKey("'merge'")})`);
  } finally {
    c.release();
  }
  if (!free) return 0;
  for (const { id } of rows) await queue.boss.fail(MERGES, id, { message: "its worker died during the merge" });
  return rows.length;
}
