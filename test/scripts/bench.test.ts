// The bench harness works: quick mode on a few pages writes a result with every stage and positive
// numbers. No timing is asserted: numbers on a shared machine prove nothing about the code.
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { seeded } from "../../scripts/bench/articles.js";
import { ensureCorpus } from "../../scripts/bench/corpus.js";
import { joinTimings, median } from "../../scripts/bench/stages.js";
import { buildIsFresh, runNode } from "../helpers/cli.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const PAGES = 12;

interface BenchRow {
  name: string;
  pages: number;
  pagesPerSec: number;
  mbPerSec: number;
  peakRssMB?: number;
  pagesPerCpuSec?: number;
  cpuMs?: number;
}

let dir: string;
let result: { rows: BenchRow[]; stages: Record<string, BenchRow>; memory: Record<string, { inProcessRssMB: number }>; targets: unknown[] };
let status: number | null;
let stderr: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "zhpress-bench-"));
  // the built bench (its children run built too) when the build is fresh: each tsx start costs a second or more
  const args = [
    ...(buildIsFresh() ? [join(root, "dist/scripts/bench.js")] : ["--import", "tsx", join(root, "scripts/bench.ts")]),
    "--quick",
    "--pages",
    String(PAGES),
    "--dir",
    dir,
    "--json",
    join(dir, "out.json"),
  ];
  // async, not spawnSync: a blocked test worker misses vitest's own heartbeats on a slow machine. No time limit:
  // the quick bench is a fixed amount of work (12 pages, each row once), and a limit only turns a loaded machine
  // into a failure (170 s ran out at load 20 in a clean clone, and the test said only that out.json was missing)
  ({ code: status, stderr } = await runNode(args, { cwd: root }));
  expect(existsSync(join(dir, "out.json")), `the bench wrote no result (exit ${status}): ${stderr}`).toBe(true);
  result = JSON.parse(readFileSync(join(dir, "out.json"), "utf8"));
}, 0);

describe("npm run bench --quick", () => {
  test("exits 0 and writes the same result to --json and bench-result.json", () => {
    expect(stderr).not.toContain("bench: some inputs failed");
    expect(status).toBe(0);
    expect(readFileSync(join(dir, "bench-result.json"), "utf8")).toBe(readFileSync(join(dir, "out.json"), "utf8"));
  });

  test.each(["decode", "mainText", "normalize", "extract", "merge", "pipeline"])("stage %s is measured with positive numbers", (stage) => {
    expect(result.stages[stage].pagesPerSec).toBeGreaterThan(0);
    expect(result.stages[stage].mbPerSec).toBeGreaterThan(0);
  });

  test.each([
    "floor (read+decode+regex)",
    "cli in-process",
    "cli --workers 2",
    "cli text in-process",
    "cli in-process, V8's default budget",
    "naive JS pipeline, zhpress's V8 budget",
  ])("%s is measured on every page", (name) => {
    const row = result.rows.find((r) => r.name === name);
    expect(row?.pages).toBe(PAGES);
    expect(row?.pagesPerSec).toBeGreaterThan(0);
  });

  test("CLI runs report a peak RSS, and the memory check has the corpus size", () => {
    for (const r of result.rows.filter((r) => r.name.startsWith("cli "))) {
      expect(r.peakRssMB).toBeGreaterThan(0);
      expect(r.cpuMs).toBeGreaterThan(0);
      if (!r.name.includes("start-up")) expect(r.pagesPerCpuSec).toBeGreaterThan(0);
    }
    expect(result.memory[PAGES].inProcessRssMB).toBeGreaterThan(0);
    expect(result.targets.length).toBeGreaterThan(0);
  });
});

describe("the bench corpus", () => {
  test("is deterministic: the same seed gives the same sequence, another seed a different one", () => {
    const a = seeded(7),
      b = seeded(7),
      c = seeded(8);
    const seq = (r: () => number) => Array.from({ length: 5 }, r);
    expect(seq(a)).toEqual(seq(b));
    expect(seq(seeded(7))).not.toEqual(seq(c));
  });

  test("pages are ~30 KB HTML with a head, navigation, sidebar and footer, and are not regenerated when current", () => {
    const again = ensureCorpus(root, dir, PAGES);
    expect(again.regenerated).toBe(false);
    const pages = readdirSync(again.htmlDir).filter((f) => f.endsWith(".html"));
    expect(pages).toHaveLength(PAGES);
    expect(again.htmlBytes / PAGES).toBeGreaterThan(20 * 1024);
    expect(again.htmlBytes / PAGES).toBeLessThan(40 * 1024);
    const utf8Page = pages.map((p) => readFileSync(join(again.htmlDir, p), "utf8")).find((h) => h.includes('charset="utf-8"'))!;
    for (const part of ['<meta name="publishdate"', "<script", 'class="nav"', "相关新闻", "Copyright ©", "联系电话"])
      expect(utf8Page).toContain(part);
    expect(existsSync(join(again.textDir, "00000.txt"))).toBe(true);
  });

  test.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[5], 5],
  ])("median of %j is %d", (xs, m) => {
    expect(median(xs)).toBe(m);
  });

  test("a floor taken before and after the runs is the median of all its samples, so one slow set moves it less", () => {
    const joined = joinTimings({ runsMs: [460, 470, 465], medianMs: 465 }, { runsMs: [270, 275, 280], medianMs: 275 });
    expect(joined.runsMs).toHaveLength(6);
    expect(joined.medianMs).toBe(370);
    expect(joinTimings({ runsMs: [1], medianMs: 1 }, { runsMs: [1, 9], medianMs: 5 }).medianMs).toBe(1);
  });
});
