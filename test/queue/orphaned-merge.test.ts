// A merge job whose worker died mid-merge is failed (and retried) once it is clearly nobody's: it has run a
// while and no one holds the merge lock. A young job, or one whose merge is running, is left alone.
import { afterAll, beforeAll, expect, test } from "vitest";
import { MERGES, openQueue, type Queue } from "../../src/queue/boss.js";
import { reclaimOrphanedMerges } from "../../src/queue/orphaned-merge.js";
import { withSessionLock } from "../../src/store/pg-sql.js";
import { describePg, freshDatabase } from "../helpers/pg.js";

describePg("orphaned merge jobs", () => {
  let db: { url: string; drop: () => Promise<void> };
  let queue: Queue;
  beforeAll(async () => {
    db = await freshDatabase("orphans");
    queue = await openQueue(db.url, { supervise: false });
  }, 120_000);
  afterAll(async () => {
    await queue?.close();
    await db?.drop();
  }, 120_000);

  const stateOf = async (id: string) =>
    (await queue.store.pool.query<{ state: string }>("SELECT state FROM pgboss.job WHERE id = $1", [id])).rows[0].state;

  test("failed only when it has run a while and no merge holds the lock", async () => {
    await queue.boss.send(MERGES, {});
    const [job] = await queue.boss.fetch(MERGES);
    expect(await stateOf(job.id)).toBe("active");

    // young: its worker may be about to take the lock
    expect(await reclaimOrphanedMerges(queue, 30)).toBe(0);
    await queue.store.pool.query("UPDATE pgboss.job SET started_on = now() - interval '60 seconds' WHERE id = $1", [job.id]);

    // old, but a merge is running (someone holds the lock)
    const held = await withSessionLock(queue.store.pool, "'merge'", () => reclaimOrphanedMerges(queue, 30));
    expect(held).toBe(0);
    expect(await stateOf(job.id)).toBe("active");

    // old and nobody merging: its worker is gone
    expect(await reclaimOrphanedMerges(queue, 30)).toBe(1);
    expect(await stateOf(job.id)).toBe("retry");
    const { rows } = await queue.store.pool.query("SELECT output FROM pgboss.job WHERE id = $1", [job.id]);
    expect(JSON.stringify(rows[0].output)).toContain("its worker died during the merge");
  }, 120_000);
});
