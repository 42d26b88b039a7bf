// `zhpress run` with the embedded store: killed with kill -9 mid-run it resumes and ends with the same
// dataset as an uninterrupted run; unchanged inputs are skipped; a run where every input fails leaves
// the database and its exports untouched; `export` writes the files.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, test } from "vitest";
import { openStore } from "../../src/store/index.js";
import { runCli, runCliProcess, spawnCli } from "../helpers/cli.js";
import { waitFor } from "../helpers/wait.js";
import { startServer } from "../input/server.js";

const corpus = join(import.meta.dirname, "../../corpus/articles");
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);
let dir: string;
let pages: string;
let pageCount: number;

/** 16 variants of each corpus text article: distinct bytes and article ids, the same facts. */
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "zhpress-run-"));
  pages = join(dir, "pages");
  mkdirSync(pages);
  const texts = readdirSync(corpus).filter((f) => f.endsWith(".txt"));
  for (const f of texts)
    for (let v = 0; v < 16; v++)
      writeFileSync(join(pages, `${v}-${f}`), `${readFileSync(join(corpus, f), "utf8")}\n（本文第${v + 1}次转载）\n`);
  pageCount = texts.length * 16;
});

const count = (db: string, table: string): number => {
  if (!existsSync(db)) return 0;
  const conn = new Database(db, { fileMustExist: true });
  try {
    return (conn.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  } catch {
    return 0; // the tables are still being created
  } finally {
    conn.close();
  }
};

async function datasetOf(db: string) {
  const store = await openStore(db, { mustExist: true });
  try {
    return { dataset: await store.getDataset(), stats: await store.stats(), docs: await store.listDocuments() };
  } finally {
    await store.close();
  }
}

/** the database of one uninterrupted run over the pages, made once for the tests that compare with it */
let uninterrupted: Promise<string> | undefined;
function uninterruptedRun(): Promise<string> {
  const whole = join(dir, "whole.db");
  uninterrupted ??= runCli(["run", "--quiet", "--workers", "0", "--db", whole, pages]).then((r) => {
    expect(r.code).toBe(0);
    return whole;
  });
  return uninterrupted;
}

describe("kill -9 and resume", () => {
  test("a run killed mid-way resumes: no record lost or doubled, the same dataset as an uninterrupted run", async () => {
    const whole = await uninterruptedRun();
    const killed = join(dir, "killed.db");

    const child = spawnCli(["run", "--quiet", "--workers", "0", "--db", killed, pages]);
    const exited = new Promise<NodeJS.Signals | null>((res) => child.on("exit", (_code, signal) => res(signal)));
    await waitFor(() => count(killed, "documents") >= 10, 50);
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    const atKill = count(killed, "documents");
    // the kill came while documents were being stored, before the merge
    expect(atKill).toBeGreaterThanOrEqual(10);
    expect(atKill).toBeLessThan(pageCount);
    expect(count(killed, "rounds")).toBe(0);

    const resumed = await runCli(["run", "--workers", "0", "--db", killed, pages]);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain(`${pageCount - atKill} stored, ${atKill} unchanged, 0 failed`);
    const a = await datasetOf(whole);
    const b = await datasetOf(killed);
    expect(b.stats.documents).toBe(pageCount);
    expect(b.stats.pages).toBe(pageCount);
    expect(b.docs.map((d) => d.document)).toEqual(a.docs.map((d) => d.document));
    expect(b.dataset).toEqual(a.dataset);
    expect(b.dataset!.rounds.length).toBeGreaterThan(3);
  }, 240_000);
});

describe("killed again and again", () => {
  test("killed at a tenth, at half and once every document is stored (merging), each run resumes the last: the same dataset", async () => {
    const whole = await uninterruptedRun();
    const killed = join(dir, "killed-again.db");
    const at: number[] = [];
    for (const share of [0.1, 0.5, 1]) {
      const child = spawnCli(["run", "--quiet", "--workers", "0", "--db", killed, pages]);
      const exited = new Promise<number | null>((res) => child.on("exit", (code) => res(code)));
      // a run that ends before the kill lands (the merge done first) is a run that was not interrupted: still fine
      const stored = waitFor(() => count(killed, "documents") >= Math.ceil(pageCount * share), 20);
      stored.catch(() => {}); // still polling when the run ended first: it stops with the test
      const done = await Promise.race([stored, exited]);
      child.kill("SIGKILL");
      await exited;
      at.push(count(killed, "documents"));
      if (typeof done === "number") break;
    }
    expect(at[0]).toBeLessThan(pageCount);
    const resumed = await runCli(["run", "--workers", "0", "--db", killed, pages]);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain(`0 failed`);
    const a = await datasetOf(whole);
    const b = await datasetOf(killed);
    expect(b.stats.documents).toBe(pageCount);
    expect(b.docs.map((d) => d.document)).toEqual(a.docs.map((d) => d.document));
    expect(b.dataset).toEqual(a.dataset);
  }, 300_000);
});

describe("re-runs", () => {
  test("unchanged inputs are skipped, a changed one is extracted again and replaces its document", async () => {
    const src = join(dir, "few");
    mkdirSync(src);
    for (const f of readdirSync(pages).slice(0, 3)) writeFileSync(join(src, f), readFileSync(join(pages, f)));
    const db = join(dir, "few.db");
    expect((await runCli(["run", "--db", db, src])).stderr).toContain("3 stored, 0 unchanged, 0 failed");
    expect((await runCli(["run", "--db", db, src])).stderr).toContain("0 stored, 3 unchanged, 0 failed");
    const first = readdirSync(src).sort()[0];
    writeFileSync(join(src, first), readFileSync(join(src, first), "utf8") + "编辑：某某\n");
    expect((await runCli(["run", "--db", db, src])).stderr).toContain("1 stored, 2 unchanged, 0 failed");
    const { stats } = await datasetOf(db);
    expect([stats.documents, stats.pages]).toEqual([3, 4]);
  }, 120_000);

  test("every input failing leaves the database and its exports as they were (exit 1, each input named)", async () => {
    const out = join(dir, "good");
    const src = join(dir, "one");
    mkdirSync(src);
    writeFileSync(join(src, "a.txt"), readFileSync(join(pages, readdirSync(pages)[0])));
    expect((await runCli(["run", "--quiet", "--out", out, src])).code).toBe(0);
    const before = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f))]));
    writeFileSync(join(dir, "empty.txt"), "");
    for (const inputs of [[join(dir, "typo-dir")], [join(dir, "empty.txt"), join(dir, "nope.html")]]) {
      const r = await runCli(["run", "--out", out, ...inputs]);
      expect(r.code).toBe(1);
      for (const input of inputs) expect(r.stderr).toContain(input);
      expect(r.stderr).toContain("left as they were");
      noStack(r.stderr);
      const after = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f))]));
      expect(after).toEqual(before);
    }
    // with no database yet, none is created
    const fresh = join(dir, "fresh", "z.db");
    expect((await runCli(["run", "--db", fresh, join(dir, "empty.txt")])).code).toBe(1);
    expect(existsSync(join(dir, "fresh"))).toBe(false);
  }, 120_000);

  test("a --db that is not a database is a usage error naming it, one line, exit 2", async () => {
    const notDb = join(dir, "notes.db");
    writeFileSync(notDb, "meeting notes, not SQLite\n".repeat(200));
    const r = await runCli(["run", "--db", notDb, join(pages, readdirSync(pages)[0]), join(pages, readdirSync(pages)[1])]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^zhpress: .*notes\.db: (cannot open the database|not a zhpress database)/),
    ]);
    expect(readFileSync(notDb, "utf8")).toBe("meeting notes, not SQLite\n".repeat(200));
  }, 60_000);
});

describe("pages read", () => {
  test("a URL's page keeps the URL asked for, the URL after redirects, its Content-Type and when it was read", async () => {
    const article = readFileSync(join(pages, readdirSync(pages)[0]));
    const server = await startServer({
      "/old": (_req, res) => res.writeHead(301, { location: "/article" }).end(),
      "/article": (_req, res) => res.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end(article),
    });
    try {
      const db = join(dir, "web.db");
      const args = ["run", "--delay-ms", "0", "--db", db, server.url("/old")];
      expect((await runCli(args)).stderr).toContain("1 stored, 0 unchanged, 0 failed");
      expect((await runCli(args)).stderr).toContain("0 stored, 1 unchanged, 0 failed");
      const conn = new Database(db, { readonly: true });
      const rows = conn.prepare("SELECT input_key, url, final_url, content_type, byte_length, fetched_at FROM pages").all();
      conn.close();
      expect(rows).toEqual([
        {
          input_key: server.url("/old"),
          url: server.url("/old"),
          final_url: server.url("/article"),
          content_type: "text/plain; charset=utf-8",
          byte_length: article.length,
          fetched_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        },
      ]);
    } finally {
      await server.close();
    }
  }, 60_000);

  test("stdin (-) is stored by its bytes: the same page piped twice is stored once", async () => {
    const db = join(dir, "stdin.db");
    const input = readFileSync(join(pages, readdirSync(pages)[1]));
    expect((await runCliProcess(["run", "--db", db, "-"], { input })).stderr).toContain("1 stored, 0 unchanged");
    expect((await runCliProcess(["run", "--db", db, "-"], { input })).stderr).toContain("0 stored, 1 unchanged");
    expect((await datasetOf(db)).docs.map((d) => d.inputKey)).toEqual([expect.stringMatching(/^stdin:[0-9a-f]{64}$/)]);
  }, 60_000);
});

describe("zhpress export", () => {
  test("csv and parquet exports from a database; a missing database or an unknown format is a usage error", async () => {
    const db = join(dir, "whole.db");
    const out = join(dir, "exports");
    const csv = await runCli(["export", "--db", db, "--format", "csv", "--out", out]);
    expect(csv.code).toBe(0);
    const parquet = await runCli(["export", "--db", db, "--format", "parquet", "--out", out, "--quiet"]);
    expect(parquet.code).toBe(0);
    expect(readdirSync(out)).toEqual(
      expect.arrayContaining(["rounds.csv", "people.csv", "zones.csv", "rounds.parquet", "mentions.parquet"]),
    );
    expect(readdirSync(out).filter((f) => f.includes(".tmp") || /\.\d+$/.test(f))).toEqual([]);
    expect(readFileSync(join(out, "rounds.csv"), "utf8").split("\n")[0]).toMatch(/^\uFEFFScope,Level,Year,Round,Round unit,Date/);

    const missing = await runCli(["export", "--db", join(dir, "nope.db"), "--format", "csv"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toMatch(/^zhpress: .*nope\.db: no such database/);
    expect(existsSync(join(dir, "nope.db"))).toBe(false);
    const bad = await runCli(["export", "--db", db, "--format", "xlsx"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("xlsx");
  }, 120_000);
});
