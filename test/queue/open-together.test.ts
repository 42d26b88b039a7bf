// Workers started together on a fresh database: every one opens the queue. pg-boss creates each queue's
// partition under locks that deadlocked when two processes created queues at once (one worker in three
// then exited at start with "deadlock detected"); they now take turns.
import { afterEach, expect, test } from "vitest";
import { openQueue, type Queue } from "../../src/queue/boss.js";
import { describePg, freshDatabase } from "../helpers/pg.js";

describePg("opening the queue", () => {
  const open: Queue[] = [];
  const dbs: { drop: () => Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((q) => q.close()));
    await Promise.all(dbs.splice(0).map((d) => d.drop()));
  }, 120_000);

  test("six at once on a fresh database, three times: all open, and the queues exist once", async () => {
    for (let round = 0; round < 3; round++) {
      const db = await freshDatabase("open_together");
      dbs.push(db);
      const results = await Promise.allSettled(Array.from({ length: 6 }, () => openQueue(db.url, { supervise: false, poolSize: 3 })));
      for (const r of results) if (r.status === "fulfilled") open.push(r.value);
      expect(results.map((r) => (r.status === "rejected" ? String(r.reason) : "opened"))).toEqual(Array(6).fill("opened"));
      const { rows } = await open[0].store.pool.query<{ name: string }>("SELECT name FROM pgboss.queue ORDER BY name");
      expect(rows.map((r) => r.name)).toEqual(["zhpress-dead", "zhpress-merge", "zhpress-pages"]);
      await Promise.all(open.splice(0).map((q) => q.close()));
    }
  }, 120_000);
});
