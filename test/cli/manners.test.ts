// CLI manners: --version, EPIPE ends quietly, `merge -` reads stdin, Ctrl-C removes temporary files,
// and the progress bar shows only for a person watching a run that takes a while.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, test } from "vitest";
import { progressBar, SHOW_AFTER_MS } from "../../src/cli/progress.js";
import { runCli, runCliProcess, spawnCli } from "../helpers/cli.js";
import { waitFor } from "../helpers/wait.js";

const corpus = join(import.meta.dirname, "../../corpus/articles");
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);
let dir: string;
let pages: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "zhpress-manners-"));
  pages = join(dir, "pages");
  mkdirSync(pages);
  const texts = readdirSync(corpus).filter((f) => f.endsWith(".txt"));
  for (const f of texts)
    for (let v = 0; v < 12; v++)
      writeFileSync(join(pages, `${v}-${f}`), `${readFileSync(join(corpus, f), "utf8")}\n（本文第${v + 1}次转载）\n`);
});

const exitOf = (child: ReturnType<typeof spawnCli>) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((res) => {
    let stderr = "";
    child.stderr!.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    child.on("close", (code, signal) => res({ code, signal, stderr }));
  });

test("--version prints the package's version", async () => {
  const r = await runCliProcess(["--version"]);
  expect(r.code).toBe(0);
  expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(import.meta.dirname, "../../package.json"), "utf8")).version);
});

test("extract … | head -1: the reader closing the pipe ends the run quietly, exit 0", async () => {
  const child = spawnCli(["extract", "--workers", "0", pages]);
  child.stdin!.end();
  const done = exitOf(child);
  let first = "";
  await new Promise<void>((res) =>
    child.stdout!.setEncoding("utf8").on("data", (s: string) => {
      first += s;
      if (first.includes("\n")) {
        child.stdout!.destroy();
        res();
      }
    }),
  );
  const r = await done;
  expect(JSON.parse(first.split("\n")[0]).schemaVersion).toBe(1);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe("");
  noStack(r.stderr);
}, 120_000);

test("merge - reads extraction JSONL from stdin", async () => {
  const one = join(
    corpus,
    readdirSync(corpus).find((f) => f.startsWith("01-"))!,
  );
  const jsonl = (await runCli(["extract", "--quiet", one])).stdout;
  const r = await runCliProcess(["merge", "-"], { input: jsonl });
  expect(r.code).toBe(0);
  const merged = JSON.parse(r.stdout);
  expect(merged.rounds.map((x: { key: string }) => x.key)).toContain("province|山西省|2021|#1期");
}, 60_000);

test("check - reads the page to check against from stdin", async () => {
  const page = readFileSync(join(corpus, "24-2022-2-two-cities.html"));
  const r = await runCliProcess(["check", "--quiet", "2022年第二次太原签约34个项目", "-"], { input: page });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^supported: /);
}, 60_000);

describe("Ctrl-C", () => {
  test("extract --out FILE interrupted: its temporary file is removed and FILE is not written", async () => {
    const outDir = join(dir, "x");
    const child = spawnCli(["extract", "--workers", "0", "--out", join(outDir, "x.jsonl"), pages]);
    child.stdin!.end();
    const done = exitOf(child);
    const tmp = () => (existsSync(outDir) ? readdirSync(outDir).filter((f) => f.includes(".tmp-")) : []);
    await waitFor(() => tmp().length > 0);
    expect(tmp()).toHaveLength(1);
    child.kill("SIGINT");
    const r = await done;
    expect(r.signal ?? r.code).not.toBe(0);
    expect(readdirSync(outDir)).toEqual([]);
  }, 120_000);

  test("run interrupted: the database is closed (no -wal or -shm left), every stored document kept", async () => {
    const db = join(dir, "r", "z.db");
    const child = spawnCli(["run", "--quiet", "--workers", "0", "--db", db, pages]);
    child.stdin!.end();
    const done = exitOf(child);
    const stored = () => {
      if (!existsSync(db)) return 0;
      const c = new Database(db);
      try {
        return (c.prepare("SELECT COUNT(*) AS n FROM documents").get() as { n: number }).n;
      } catch {
        return 0;
      } finally {
        c.close();
      }
    };
    await waitFor(() => stored() >= 5, 50);
    child.kill("SIGINT");
    await done;
    expect(readdirSync(join(dir, "r")).sort()).toEqual(["z.db"]);
    expect(stored()).toBeGreaterThanOrEqual(5);
  }, 120_000);
});

describe("progress bar", () => {
  const tty = () => {
    let written = "";
    const stream = Object.assign(
      new Writable({
        write(chunk, _enc, cb) {
          written += String(chunk);
          cb();
        },
      }),
      { isTTY: true, columns: 120 },
    );
    return { stream, written: () => written };
  };

  test("a terminal sees it once the run has taken a few seconds, with done/total, ending at total", () => {
    let now = 0;
    const t = tty();
    const tick = progressBar({ quiet: false, stream: t.stream, now: () => now });
    tick(1, 100);
    expect(t.written()).toBe("");
    now = SHOW_AFTER_MS + 1;
    tick(10, 100);
    expect(t.written()).toContain("10/100");
    tick(100, 100);
    expect(t.written()).toContain("100/100");
  });

  test.each([
    ["--quiet", true, true],
    ["not a terminal", false, false],
  ])("never with %s", (_why, quiet, isTTY) => {
    let now = 0;
    const t = tty();
    t.stream.isTTY = isTTY;
    const tick = progressBar({ quiet, stream: t.stream, now: () => now });
    now = SHOW_AFTER_MS * 10;
    tick(10, 100);
    tick(100, 100);
    expect(t.written()).toBe("");
  });

  test("a run that ends within the first seconds never shows it", () => {
    const t = tty();
    const tick = progressBar({ quiet: false, stream: t.stream, now: () => 0 });
    for (let i = 1; i <= 100; i++) tick(i, 100);
    expect(t.written()).toBe("");
  });
});
