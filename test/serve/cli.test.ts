// `zhpress serve` as a user runs it: it says where it listens, answers, and stops cleanly on SIGINT.
import { afterAll, beforeAll, expect, test } from "vitest";
import { runCli, spawnCli } from "../helpers/cli.js";
import { buildCorpusDb, type CorpusDb } from "../helpers/corpus-db.js";

let db: CorpusDb;
beforeAll(async () => {
  db = await buildCorpusDb();
}, 120_000);
afterAll(() => db?.remove());

test("serve --port 0 prints its address, serves the API and the page, and exits 0 on SIGINT", async () => {
  const child = spawnCli(["serve", "--db", db.path, "--port", "0"]);
  let out = "";
  child.stdout!.setEncoding("utf8");
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (s: string) => {
      out += s;
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve(m[1]);
    });
    child.on("close", (code) => reject(new Error(`serve exited ${code} before listening: ${out}`)));
  });
  const stats = (await (await fetch(`${url}/api/stats`)).json()) as { rounds: number; articles: number };
  expect(stats.rounds).toBeGreaterThan(0);
  expect(stats.articles).toBeGreaterThan(0);
  expect((await fetch(`${url}/`)).headers.get("content-type")).toContain("text/html");
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  child.kill("SIGINT");
  expect(await exited).toBe(0);
});

test.each([
  [["serve", "--db", "no/such.db"], "no/such.db: no such database"],
  [["serve", "--db", "x.db", "--port", "70000"], "--port wants a whole number from 0 to 65535"],
])("zhpress %j is a usage error in one line", async (args, message) => {
  const r = await runCli(args);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(message);
  expect(r.stderr.trim().split("\n").length).toBeLessThanOrEqual(2);
});
