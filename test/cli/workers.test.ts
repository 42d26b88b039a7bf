// --workers N: the same bytes out as in-process, failures named per input, a crashed worker replaced.
import { mkdtempSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { AUTO_WORKERS_MIN_FILES, extractBatch, FILES_PER_WORKER, workerCount } from "../../src/cli/batch.js";
import { usableCpus } from "../../src/cli/cpus.js";
import { ExtractPool, inOrder, type Outcome } from "../../src/cli/workers.js";
import type { InputRef } from "../../src/input/types.js";
import { resolveOptions } from "../../src/options.js";
import { runCli } from "../helpers/cli.js";

// each test starts the CLI (a second or two alone, 5–20 s on this shared machine under load): no 20 s default
vi.setConfig({ testTimeout: 120_000 });

// sentences written for this test; the figures follow the shape of real round reports
const ARTICLES = [
  "全省开发区2023年第一次“三个一批”活动举行\n2023-03-01 来源:测试日报\n2月28日,全省开发区2023年第一次“三个一批”活动在各市同步举行。本次集中签约项目316个,总投资2346.6亿元。\n",
  "全省開發區2023年第二次“三個一批”活動舉行\n2023-06-02 來源:測試週報\n本次活動集中開工項目286個,總投資1128億元;投產項目167個。\n",
  "太原经开区项目开工\n2024-01-05\n太原经济技术开发区一批新项目开工,计划总投资约12.5亿元。\n",
  "山西综改示范区签约\n综改示范区当日签约项目43个。\n",
];

let dir: string;
let files: string[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "zhpress-workers-"));
  files = ARTICLES.map((text, i) => join(dir, `a${i}.txt`));
  files.forEach((f, i) => writeFileSync(f, ARTICLES[i]));
  writeFileSync(join(dir, "empty.txt"), "");
});

async function jsonl(inputs: string[], workers: number) {
  const lines: string[] = [];
  const r = await extractBatch(inputs, resolveOptions({ workers, quiet: true }), async (e) => void lines.push(e.json));
  return { lines, failures: r.failures };
}

describe("extractBatch with workers", () => {
  test("2 workers give byte-identical JSONL, in input order, with the same failures", async () => {
    const inputs = [files[0], files[1], join(dir, "empty.txt"), files[2], join(dir, "missing.txt"), files[3]];
    const inProcess = await jsonl(inputs, 0);
    const pooled = await jsonl(inputs, 2);
    expect(inProcess.lines).toHaveLength(files.length);
    expect(pooled.lines.join("\n")).toBe(inProcess.lines.join("\n"));
    expect(pooled.failures).toEqual(inProcess.failures);
    expect(pooled.failures.map((f) => f.code).sort()).toEqual(["empty", "not-found"]);
  }, 60_000);

  test("the CLI writes the same bytes with --workers 2 as without", async () => {
    const one = await runCli(["extract", "--quiet", ...files]);
    const two = await runCli(["extract", "--quiet", "--workers", "2", ...files]);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(one.stdout.trim().split("\n")).toHaveLength(files.length);
    expect(two.stdout).toBe(one.stdout);
  }, 90_000);

  test.each([["x"], ["-1"], ["1.5"]])("--workers %s is a usage error naming the flag", async (n) => {
    const r = await runCli(["extract", "--workers", n, files[0]]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--workers");
  });
});

// a stub worker speaking the pool's protocol: crashes on "crash", throws at start-up when told to
function stubEntry(body: string): URL {
  const path = join(dir, `stub-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(path, `import { parentPort, workerData } from "node:worker_threads";\n${body}\n`);
  return pathToFileURL(path);
}
const ECHO = `parentPort.on("message", ({ id, ref }) => {
  if (ref.path.includes("crash")) process.exit(7);
  parentPort.postMessage({ id, ok: true, json: JSON.stringify({ path: ref.path }) });
});`;
const refs = (...names: string[]): InputRef[] => names.map((path) => ({ kind: "file", path }));
const label = (ref: InputRef) => (ref.kind === "file" ? ref.path : "?");

async function collect(pool: ExtractPool, input: InputRef[]): Promise<Outcome[]> {
  const out: Outcome[] = [];
  try {
    for await (const o of inOrder(input, (r) => pool.run(r), 3)) out.push(o);
  } finally {
    await pool.close();
  }
  return out;
}

describe("ExtractPool", () => {
  test("a crashed worker fails only its in-flight input; a fresh worker finishes the rest, in order", async () => {
    const pool = new ExtractPool(resolveOptions({}), { size: 2, perWorker: 1, entry: stubEntry(ECHO) }, label);
    const out = await collect(pool, refs("a", "b", "crash-me", "c", "d", "e"));
    expect(out.map((o) => (o.ok ? (o.doc as unknown as { path: string }).path : `${o.failure.code}:${o.failure.input}`))).toEqual([
      "a",
      "b",
      "worker-crash:crash-me",
      "c",
      "d",
      "e",
    ]);
    expect(out[2].ok ? "" : out[2].failure.reason).toContain("code 7");
  });

  test("a worker that cannot start fails every input with the reason instead of hanging", async () => {
    const pool = new ExtractPool(resolveOptions({}), { size: 2, entry: stubEntry(`throw new Error("no dictionary");`) }, label);
    const out = await collect(pool, refs("a", "b", "c", "d", "e", "f", "g"));
    expect(out).toHaveLength(7);
    for (const o of out) {
      expect(o.ok).toBe(false);
      if (!o.ok) expect(o.failure.reason).toContain("no dictionary");
    }
  });
});

describe("--workers auto", () => {
  const files = (n: number) => Array.from({ length: n }, (_, i) => ({ kind: "file" as const, path: `a${i}.txt` }));
  test.each([
    ["a small batch stays in-process", "auto" as const, files(10), 8, 0],
    ["just below the threshold stays in-process", "auto" as const, files(AUTO_WORKERS_MIN_FILES - 1), 8, 0],
    ["at the threshold: two workers", "auto" as const, files(AUTO_WORKERS_MIN_FILES), 8, 2],
    ["more workers as the batch can pay for them", "auto" as const, files(5 * FILES_PER_WORKER + 1), 8, 5],
    ["never more workers than usable CPUs", "auto" as const, files(20 * FILES_PER_WORKER), 4, 4],
    ["one usable CPU (pinned, a quota): in-process however large the batch", "auto" as const, files(20 * FILES_PER_WORKER), 1, 0],
    [
      "a large batch with a URL stays in one process (per-host politeness)",
      "auto" as const,
      [...files(AUTO_WORKERS_MIN_FILES), { kind: "url" as const, url: "http://127.0.0.1/x" }],
      8,
      0,
    ],
    ["an explicit count is kept", 3, files(5), 1, 3],
    ["an explicit 0 is kept", 0, files(AUTO_WORKERS_MIN_FILES), 8, 0],
  ])("%s", async (_name, workers, refs, cpus, expected) => {
    expect(workerCount(workers, refs, cpus)).toBe(expected);
  });
});

describe("usable CPUs", () => {
  test.each([
    ["no cgroup file: the affinity", 2, null, 2],
    ["no quota (max): the affinity", 8, "max 100000\n", 8],
    ["a quota of 1.5 CPUs rounds down", 8, "150000 100000\n", 1],
    ["a quota of 4 CPUs under an affinity of 2: 2", 2, "400000 100000\n", 2],
    ["a quota under one CPU still leaves one", 8, "50000 100000\n", 1],
    ["an unreadable cpu.max is no quota", 4, "garbage", 4],
  ])("%s", (_name, affinity, cpuMax, expected) => {
    expect(usableCpus(affinity, cpuMax)).toBe(expected);
  });

  test("this process: at least one, never more than its affinity allows", () => {
    expect(usableCpus()).toBeGreaterThanOrEqual(1);
    expect(usableCpus()).toBeLessThanOrEqual(availableParallelism());
  });
});
