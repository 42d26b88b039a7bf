// The shared host gate on its own: one URL is never fetched twice at once, a host gets at most perHost
// requests, and a dead worker's lease (its connection gone) does not block the URL.
import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Politeness } from "../../src/input/fetch.js";
import { sharedPoliteness } from "../../src/queue/host-gate.js";
import { QUEUE_TABLES } from "../../src/queue/schema.js";
import { describePg, freshDatabase } from "../helpers/pg.js";

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describePg("shared host gate", () => {
  let db: { url: string; drop: () => Promise<void> };
  let pool: pg.Pool;
  let pid: number;
  let gates: Politeness[];

  beforeAll(async () => {
    db = await freshDatabase("gate");
    pool = new pg.Pool({ connectionString: db.url, max: 12 });
    await pool.query(QUEUE_TABLES);
    pid = (await pool.query("SELECT pg_backend_pid() AS pid")).rows[0].pid;
    // two workers' gates
    gates = ["a", "b"].map((worker) => sharedPoliteness(pool, { worker, ownerPid: () => pid, leaseMs: 30_000 }));
  }, 120_000);
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  }, 120_000);

  /**
   * Fires `urls` through alternating gates and returns the most tasks in flight at once. A task holds its turn
   * until `enough` tasks are in flight together (or all that are left are), or `holdMs` passes — not for a fixed
   * time: on a loaded machine the gate's transactions may take longer than any fixed hold, and a task that left
   * early would hide a slot. A gate that lets in more than it should is still seen (the extra ones arrive while
   * the first hold); one that lets in fewer makes the tasks wait out `holdMs` and report fewer.
   */
  async function overlap(urls: string[], perHost: number, enough: number, holdMs = 5_000): Promise<number> {
    let now = 0;
    let max = 0;
    let left = urls.length;
    const waiting: (() => void)[] = [];
    const settle = () => {
      if (now >= Math.min(enough, left)) waiting.splice(0).forEach((go) => go());
    };
    await Promise.all(
      urls.map((url, i) =>
        gates[i % 2](
          url,
          { perHostConcurrency: perHost, perHostDelayMs: 0 },
          async () => {
            max = Math.max(max, ++now);
            settle();
            await Promise.race([new Promise<void>((go) => waiting.push(go)), sleep(holdMs)]);
            // a moment for a task the gate should not have let in to arrive and be counted
            await sleep(40);
            now--;
            left--;
            settle();
          },
          sleep,
        ),
      ),
    );
    return max;
  }

  test("one URL: one fetch at a time, however many slots the host has", async () => {
    expect(await overlap(Array(6).fill("http://one.test/a.html"), 10, 2, 300)).toBe(1);
  }, 120_000);

  test("one host: at most perHost at once, and perHost are used", async () => {
    expect(
      await overlap(
        ["1", "2", "3", "4", "5", "6", "7", "8"].map((p) => `http://two.test/${p}.html`),
        3,
        3,
      ),
    ).toBe(3);
  }, 120_000);

  test("different hosts do not wait for each other", async () => {
    expect(
      await overlap(
        ["a", "b", "c", "d"].map((h) => `http://${h}.three.test/x.html`),
        1,
        4,
      ),
    ).toBe(4);
  }, 120_000);

  test("a lease whose worker's connection is gone is cleared at once", async () => {
    const dead = new pg.Client({ connectionString: db.url });
    await dead.connect();
    const deadPid = (await dead.query("SELECT pg_backend_pid() AS pid")).rows[0].pid;
    await pool.query(
      "INSERT INTO fetch_leases (url, host, worker, owner_pid, until) VALUES ($1, $2, 'dead', $3, now() + interval '1 hour')",
      ["http://four.test/x.html", "four.test", deadPid],
    );
    // alive: the URL stays taken
    const ran: string[] = [];
    const attempt = gates[0](
      "http://four.test/x.html",
      { perHostConcurrency: 1, perHostDelayMs: 0 },
      async () => void ran.push("x"),
      sleep,
    );
    await sleep(300);
    expect(ran).toEqual([]);
    await dead.end();
    await attempt;
    expect(ran).toEqual(["x"]);
    expect((await pool.query("SELECT COUNT(*)::int AS n FROM fetch_leases")).rows[0].n).toBe(0);
  }, 120_000);
});
