// PostgreSQL for tests: ZHPRESS_TEST_PG names a server (scripts/ci/pg.sh starts one; .ci/run does). Each test
// file gets a database of its own. Without the variable the tests skip with a message, except in CI, where
// a missing server is a failure, never a silent skip.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe } from "vitest";

const url = process.env.ZHPRESS_TEST_PG;
const inCi = process.env.CI === "true" || process.env.CI === "1";

if (!url && inCi) throw new Error("CI=true but ZHPRESS_TEST_PG is unset: .ci/run must start PostgreSQL (scripts/ci/pg.sh start)");
if (!url)
  process.stderr.write('PostgreSQL tests skipped: ZHPRESS_TEST_PG is unset (run: eval "$(bash scripts/ci/pg.sh start)", then the tests)\n');

/** `describe` when a server is named, else a skipped describe (never in CI: see above). */
export const describePg: typeof describe = url ? describe : (describe.skip as typeof describe);

/** A new, empty database on the test server; `drop` removes it. */
export async function freshDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `zhpress_${label.replace(/\W/g, "_")}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url!);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      // connections still closing (a pool just ended) would be terminated by FORCE, and a client that is ending
      // has no error listener left: wait up to 10 s for them to go on their own, then force what is left
      for (let i = 0; i < 100; i++) {
        const { rows } = await c.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [name]);
        if (rows[0].n === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
