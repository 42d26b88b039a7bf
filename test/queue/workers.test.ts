// Many workers, one database: three workers over a few hundred bench pages store the same documents and
// merge the same dataset as the embedded run, and so does `run --db postgres://…`.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { ensureCorpus } from "../../scripts/bench/corpus.js";
import { runCli } from "../helpers/cli.js";
import { describePg, freshDatabase } from "../helpers/pg.js";
import { drain, enqueue, statusOf, stored } from "./helpers.js";

const PAGES = 240;

describePg("three workers", () => {
  let dir: string;
  let htmlDir: string;
  const drops: (() => Promise<void>)[] = [];
  const database = async (label: string) => {
    const db = await freshDatabase(label);
    drops.push(db.drop);
    return db.url;
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "zhpress-workers-"));
    htmlDir = ensureCorpus(resolve("."), join(dir, "bench"), PAGES).htmlDir;
  }, 120_000);
  afterAll(async () => {
    for (const drop of drops) await drop();
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  test(`over ${PAGES} pages give the embedded run's documents and dataset`, async () => {
    const lite = join(dir, "embedded.db");
    const [pgRun, queued] = [await database("run"), await database("queue")];
    const [embedded, direct] = await Promise.all([
      runCli(["run", htmlDir, "--db", lite, "--workers", "0", "-q"]),
      runCli(["run", htmlDir, "--db", pgRun, "--workers", "0", "-q"]),
    ]);
    expect(embedded.code, embedded.stderr).toBe(0);
    expect(direct.code, direct.stderr).toBe(0);
    expect(direct.stdout).toBe(embedded.stdout);

    expect(await enqueue(queued, [htmlDir])).toMatch(new RegExp(`queued ${PAGES}, already queued 0, unchanged 0, failed 0`));
    await drain(queued, 3, ["--concurrency", "2"]);

    const want = await stored(lite);
    expect(want.documents).toHaveLength(PAGES);
    expect(want.dataset!.rounds.length).toBeGreaterThan(5);
    for (const db of [pgRun, queued]) {
      const got = await stored(db);
      expect(got.documents).toEqual(want.documents);
      expect(got.dataset).toEqual(want.dataset);
    }
    const status = await statusOf(queued);
    expect(status.pages).toEqual({ queued: 0, retrying: 0, running: 0, done: PAGES, failed: 0 });
    expect(status.store.pages).toBe(PAGES);
    expect(status.unmerged).toBe(0);

    // the same folder again: every file is known by its bytes, nothing is queued
    expect(await enqueue(queued, [htmlDir])).toMatch(new RegExp(`queued 0, already queued 0, unchanged ${PAGES}, failed 0`));
  }, 600_000);
});
