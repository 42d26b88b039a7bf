// `--db postgres://…` wherever `--db FILE.db` works: run, export (jsonl, csv, parquet), check and serve give the
// embedded database's answers, byte for byte; a second run skips every unchanged input; the password in the URL
// is never printed, and the hints name PostgreSQL's tools, not SQLite's.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startServer, type RunningServer } from "../../src/serve/index.js";
import { openStore, type DatasetStore } from "../../src/store/index.js";
import { runCli } from "../helpers/cli.js";
import { describePg, freshDatabase } from "../helpers/pg.js";

describePg("--db postgres://… in every command", () => {
  let dir: string;
  let lite: string;
  let pgUrl: string;
  let drop: () => Promise<void>;
  const runs: Record<"lite" | "pg", { code: number | null; stdout: string; stderr: string }> = {} as never;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "zhpress-dbflag-"));
    const db = await freshDatabase("dbflag");
    drop = db.drop;
    // a password in the URL (the test server trusts every local connection, so it is not checked)
    const u = new URL(db.url);
    u.password = "hunter2";
    pgUrl = u.toString();
    lite = join(dir, "lite", "zhpress.db");
    runs.lite = await runCli(["run", "corpus", "--db", lite, "--out", join(dir, "lite"), "--workers", "0"]);
    runs.pg = await runCli(["run", "corpus", "--db", pgUrl, "--out", join(dir, "pg"), "--workers", "0"]);
  }, 240_000);
  afterAll(async () => {
    await drop?.();
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  test("run: the same round table and exports; the URL printed without its password, with psql to browse it", async () => {
    expect(runs.lite.code, runs.lite.stderr).toBe(0);
    expect(runs.pg.code, runs.pg.stderr).toBe(0);
    expect(runs.pg.stdout).toBe(runs.lite.stdout);
    expect(runs.pg.stderr).not.toContain("hunter2");
    expect(runs.pg.stderr).toContain(`psql ${pgUrl.replace("hunter2", "***")} -c 'SELECT * FROM round_table'`);
    expect(runs.pg.stderr).not.toMatch(/sqlite3|datasette/);
    expect(runs.lite.stderr).toMatch(/sqlite3 .*zhpress\.db 'SELECT \* FROM round_table'/);
    const files = readdirSync(join(dir, "pg")).sort();
    // metadata.json describes a SQLite file for Datasette: only the embedded run writes it
    expect(readdirSync(join(dir, "lite")).filter((f) => !/^(zhpress\.db.*|metadata\.json)$/.test(f))).toEqual(files);
    expect(files).toContain("rounds.csv");
    for (const f of files) expect(readFileSync(join(dir, "pg", f)).equals(readFileSync(join(dir, "lite", f))), f).toBe(true);

    const again = await runCli(["run", "corpus", "--db", pgUrl, "--workers", "0"]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain(`zhpress: 0 stored, ${readdirSync("corpus/articles").length} unchanged, 0 failed`);
    expect(again.stdout).toBe(runs.lite.stdout);
  }, 120_000);

  test.each(["jsonl", "csv", "parquet"])(
    "export --format %s: the same files, byte for byte",
    async (format) => {
      const out = { lite: join(dir, `export-lite-${format}`), pg: join(dir, `export-pg-${format}`) };
      for (const [db, to] of [
        [lite, out.lite],
        [pgUrl, out.pg],
      ]) {
        const r = await runCli(["export", "--db", db, "--format", format, "--out", to, "-q"]);
        expect(r.code, r.stderr).toBe(0);
      }
      const files = readdirSync(out.lite).sort();
      expect(readdirSync(out.pg).sort()).toEqual(files);
      expect(files.length).toBeGreaterThanOrEqual(3);
      for (const f of files) expect(readFileSync(join(out.pg, f)).equals(readFileSync(join(out.lite, f))), f).toBe(true);
    },
    120_000,
  );

  test.each([
    ["2023年第三次三个一批签约263个项目", 0],
    ["2023年第三次三个一批签约264个项目", 1],
    ["2021年第一期 开工项目268个 总投资1288.6亿元", 0],
    ["2019年第一次三个一批签约10个项目", 4],
  ])(
    "check %s: the same verdict (exit %i) and report",
    async (claim, exit) => {
      const [a, b] = [await runCli(["check", claim, lite, "--json"]), await runCli(["check", claim, pgUrl, "--json"])];
      expect(a.code, a.stderr).toBe(exit);
      expect(b.code, b.stderr).toBe(exit);
      expect(b.stdout).toBe(a.stdout);
    },
    120_000,
  );

  test("serve: the API answers the same", async () => {
    const stores: DatasetStore[] = [await openStore(lite, { mustExist: true }), await openStore(pgUrl, { mustExist: true })];
    const servers: RunningServer[] = [];
    try {
      for (const s of stores) servers.push(await startServer(s, { port: 0 }));
      const get = async (server: RunningServer, path: string) => {
        const res = await fetch(`${server.url}${path}`);
        expect(res.status, path).toBe(200);
        // when each database was merged is its own
        return (await res.text()).replace(/"mergedAt":"[^"]*"/g, '"mergedAt":"…"');
      };
      const both = async (path: string) => {
        const want = await get(servers[0], path);
        expect(await get(servers[1], path), path).toBe(want);
        return JSON.parse(want);
      };
      await both("/api/stats");
      const rounds = await both("/api/rounds?limit=1000");
      expect(rounds.total).toBeGreaterThan(5);
      for (const r of rounds.items.slice(0, 5)) await both(`/api/rounds/${encodeURIComponent(r.key)}`);
      const people = await both("/api/people?limit=1000");
      for (const p of people.items.slice(0, 3)) await both(`/api/people/${encodeURIComponent(p.key)}`);
      const zones = await both("/api/zones?limit=1000");
      for (const z of zones.items.slice(0, 3)) await both(`/api/zones/${encodeURIComponent(z.name)}`);
      const articles = await both("/api/articles?limit=1000");
      for (const a of articles.items.slice(0, 3)) await both(`/api/articles/${encodeURIComponent(a.id)}`);
      await both(`/api/search?q=${encodeURIComponent("太原")}`);
      await both(`/api/check?claim=${encodeURIComponent("2023年第三次三个一批签约263个项目")}`);
    } finally {
      for (const s of servers) await s.close();
      for (const s of stores) await s.close();
    }
  }, 60_000);
});
