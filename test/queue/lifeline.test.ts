// The worker's lifeline: when the server drops the connection its URL leases are held by, the worker says so
// and takes a new one (it used to die of an unhandled 'error' event).
import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { holdLifeline } from "../../src/queue/lifeline.js";
import { describePg, freshDatabase } from "../helpers/pg.js";
import { waitFor } from "../helpers/wait.js";

describePg("worker lifeline", () => {
  let db: { url: string; drop: () => Promise<void> };
  let pool: pg.Pool;
  beforeAll(async () => {
    db = await freshDatabase("lifeline");
    pool = new pg.Pool({ connectionString: db.url, max: 4 });
    pool.on("error", () => {});
  }, 120_000);
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  }, 120_000);

  test("a terminated connection is reported and replaced by a new one", async () => {
    const errors: string[] = [];
    const line = await holdLifeline(pool, (e) => errors.push(e.message), 50);
    const first = line.pid();
    const alive = async (pid: number) => (await pool.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1", [pid])).rowCount === 1;
    expect(await alive(first)).toBe(true);

    await pool.query("SELECT pg_terminate_backend($1)", [first]);
    // however long the reconnection takes on a loaded machine: the test's timeout is the only bound
    await waitFor(() => line.pid() !== first);
    expect(await alive(line.pid())).toBe(true);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/lost the connection that holds its URL leases/);

    const second = line.pid();
    line.release();
    // released: the connection goes back to the pool, and is not replaced when it is later dropped
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    await admin.query("SELECT pg_terminate_backend($1)", [second]);
    await admin.end();
    await new Promise((r) => setTimeout(r, 200));
    expect(line.pid()).toBe(second);
    expect(errors).toHaveLength(1);
  }, 120_000);
});
