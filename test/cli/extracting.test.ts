// The memory a pool worker shares with the pool: which document it is extracting and since when, so the
// pool's watchdog needs no "started" message and a worker posts one message per document.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { describe, expect, test } from "vitest";
import { Extracting, watchdogTick } from "../../src/cli/extracting.js";
import type { ResultMessage, TaskMessage, WorkerStart } from "../../src/cli/workers.js";
import { resolveOptions } from "../../src/options.js";

describe("Extracting", () => {
  test("nothing between documents; the id and its age while one is extracted, seen from another view", () => {
    const memory = Extracting.memory();
    const worker = new Extracting(memory);
    const pool = new Extracting(memory);
    expect(pool.current(1_000)).toBeNull();
    worker.begin(7, 1_000);
    expect(pool.current(1_250)).toEqual({ id: 7, ms: 250 });
    worker.end();
    expect(pool.current(9_999)).toBeNull();
    worker.begin(0, 2_000);
    expect(pool.current(2_000)).toEqual({ id: 0, ms: 0 });
  });

  test.each([
    [20_000, 250],
    [4_000, 250],
    [800, 100],
    [1, 5],
  ])("a budget of %i ms is checked every %i ms", (budget, tick) => {
    expect(watchdogTick(budget)).toBe(tick);
  });
});

describe("the pool worker", () => {
  test("posts one message per document, a result or a failure, and nothing else", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zhpress-extracting-"));
    const files = ["太原经开区项目开工\n2024-01-05\n一批新项目开工,计划总投资约12.5亿元。\n", "综改示范区当日签约项目43个。\n"].map(
      (text, i) => {
        const path = join(dir, `a${i}.txt`);
        writeFileSync(path, text);
        return path;
      },
    );
    const memory = Extracting.memory();
    const entry = new URL("../../src/cli/worker-entry.ts", import.meta.url).href;
    const workerData: WorkerStart = { opts: resolveOptions({}), extracting: memory };
    const worker = new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`, {
      eval: true,
      workerData,
    });
    const tasks: TaskMessage[] = [...files, join(dir, "missing.txt")].map((path, id) => ({ id, ref: { kind: "file", path } }));
    const messages: ResultMessage[] = [];
    try {
      await new Promise<void>((done, fail) => {
        worker.on("error", fail);
        // messages on one port arrive in order: a message sent before a document's result comes before it
        worker.on("message", (m: ResultMessage) => {
          messages.push(m);
          if (tasks.every((t) => messages.some((r) => r.id === t.id && "ok" in r))) done();
        });
        for (const task of tasks) worker.postMessage(task);
      });
    } finally {
      await worker.terminate();
    }
    expect(messages.map((m) => [m.id, m.ok])).toEqual([
      [0, true],
      [1, true],
      [2, false],
    ]);
    expect(new Extracting(memory).current()).toBeNull();
  }, 60_000);
});
