// The patched nodejieba shares one dictionary among the threads of a process that load the same files
// (patches/nodejieba+3.5.8.patch): a pool worker costs no second ~110 MB copy and no second build, cuts the
// same, and a word cannot be inserted into a dictionary another thread is reading.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runNode } from "../helpers/cli.js";

// Measured here: a second build of the same dictionaries adds ~110 MB of RSS; sharing adds under 1 MB.
// Each bound sits ~50 MB from what it separates.
const SHARED_MAX_GROWTH_MB = 50;
const BUILT_MIN_GROWTH_MB = 60;

/** A fresh process: the main thread loads `mainLoad`, then one worker thread runs `workerBody`
 *  (with `nodejieba`, `rssMB` and `post` in scope) and the main thread prints what it posted, as JSON. */
async function withWorker(mainLoad: string, workerBody: string, mainAfter = ""): Promise<Record<string, unknown>> {
  const prelude = `
    const { createRequire } = await import("node:module");
    const nodejieba = createRequire(process.cwd() + "/")("nodejieba");
    const rssMB = () => process.memoryUsage().rss / 2 ** 20;
    const idf = process.cwd() + "/src/data/jieba-idf.utf8";
    const stop = process.cwd() + "/src/data/jieba-stop-words.utf8";`;
  const worker = `${prelude}
    const { parentPort } = await import("node:worker_threads");
    const post = (m) => parentPort.postMessage(m);
    ${workerBody}`;
  const main = `${prelude}
    const { Worker } = await import("node:worker_threads");
    ${mainLoad}
    const message = await new Promise((resolve, reject) => {
      const w = new Worker(${JSON.stringify(worker)}, { eval: true, type: "module" });
      w.once("message", resolve);
      w.once("error", reject);
    });
    ${mainAfter}
    console.log(JSON.stringify(message));
    process.exit(0);`;
  const r = await runNode(["--input-type=module", "-e", main]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

const SENTENCES = [
  "省委副书记、省长金湘军出席活动并讲话",
  "全省开发区2023年第三次三个一批活动在太原举行",
  "市长王建新主持会议，副市长李红梅作报告",
];
const tags = `${JSON.stringify(SENTENCES)}.map((s) => nodejieba.tag(s).map((t) => t.word + ":" + t.tag).join(" "))`;

describe("worker threads share the dictionary their process loaded", () => {
  test(`a worker loading the same files grows RSS by less than ${SHARED_MAX_GROWTH_MB} MB, and tags the same`, async () => {
    const got = await withWorker(
      `nodejieba.load({ idfDict: idf, stopWordDict: stop }); const mainTags = ${tags};`,
      `const before = rssMB();
       nodejieba.load({ idfDict: idf, stopWordDict: stop });
       post({ growthMB: rssMB() - before, tags: ${tags} });`,
      `message.same = JSON.stringify(message.tags) === JSON.stringify(mainTags);`,
    );
    expect(got.growthMB).toBeLessThan(SHARED_MAX_GROWTH_MB);
    expect(got.same).toBe(true);
    expect((got.tags as string[])[0]).toContain("金:nr");
  }, 120_000);

  test(`a worker loading other files builds its own: RSS grows by more than ${BUILT_MIN_GROWTH_MB} MB (the measure above can see a copy)`, async () => {
    const got = await withWorker(
      `nodejieba.load({ idfDict: idf, stopWordDict: stop });`,
      // nodejieba's own stop words: another set of files, so another dictionary
      `const before = rssMB();
       nodejieba.load({ idfDict: idf });
       post({ growthMB: rssMB() - before });`,
    );
    expect(got.growthMB).toBeGreaterThan(BUILT_MIN_GROWTH_MB);
  }, 120_000);

  test("a background build started by the main thread is the one a worker's load() gets: it shares it and tags the same", async () => {
    const got = await withWorker(
      `nodejieba.loadInBackground({ idfDict: idf, stopWordDict: stop });
       const started = rssMB();`,
      `nodejieba.load({ idfDict: idf, stopWordDict: stop });
       post({ tags: ${tags} });`,
      `nodejieba.load({ idfDict: idf, stopWordDict: stop });
       message.growthMB = rssMB() - started;
       message.same = JSON.stringify(message.tags) === JSON.stringify(${tags});`,
    );
    // one build in all (~110 MB); two would be ~220 MB
    expect(got.growthMB).toBeGreaterThan(BUILT_MIN_GROWTH_MB);
    expect(got.growthMB).toBeLessThan(BUILT_MIN_GROWTH_MB + 110);
    expect(got.same).toBe(true);
  }, 120_000);

  test("insertWord into a dictionary another thread holds is refused with a message; into one's own it works", async () => {
    const got = await withWorker(
      `nodejieba.load({ idfDict: idf, stopWordDict: stop });`,
      `nodejieba.load({ idfDict: idf, stopWordDict: stop });
       let refused = "";
       try { nodejieba.insertWord("湘军出席"); } catch (e) { refused = e.message; }
       nodejieba.load({ idfDict: idf });
       const inserted = nodejieba.insertWord("湘军出席");
       post({ refused, inserted, cut: nodejieba.cut("湘军出席活动").join("/") });`,
    );
    expect(got.refused).toMatch(/shared with another thread/);
    expect(got.inserted).toBe(true);
    expect(got.cut).toBe("湘军出席/活动");
  }, 120_000);

  test("a dictionary changed by insertWord is not shared: a later load of the same files builds afresh", async () => {
    const got = await withWorker(
      `nodejieba.load({ idfDict: idf }); nodejieba.insertWord("湘军出席");`,
      `nodejieba.load({ idfDict: idf });
       post({ cut: nodejieba.cut("湘军出席活动").join("/") });`,
    );
    expect(got.cut).not.toBe("湘军出席/活动");
  }, 120_000);
});

describe("loadInBackground", () => {
  test("returns before the dictionary is built; load() of the same files then waits for it and cuts as usual", async () => {
    const r = await runNode([
      "--input-type=module",
      "-e",
      `const { createRequire } = await import("node:module");
       const nodejieba = createRequire(process.cwd() + "/")("nodejieba");
       const rss = () => process.memoryUsage().rss / 2 ** 20;
       const before = rss();
       nodejieba.loadInBackground();
       const right = rss() - before;
       nodejieba.load();
       console.log(JSON.stringify({ right, loaded: rss() - before, cut: nodejieba.cut("太原举行活动").join("/") }));`,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const got = JSON.parse(r.stdout) as { right: number; loaded: number; cut: string };
    expect(got.right).toBeLessThan(BUILT_MIN_GROWTH_MB);
    expect(got.loaded).toBeGreaterThan(BUILT_MIN_GROWTH_MB);
    expect(got.cut).toBe("太原/举行/活动");
  }, 120_000);

  test("a process that exits while a build is still running exits cleanly, with its own exit code", async () => {
    for (const exit of ["process.exit(3)", "process.exitCode = 3"]) {
      const r = await runNode([
        "--input-type=module",
        "-e",
        `const { createRequire } = await import("node:module");
         createRequire(process.cwd() + "/")("nodejieba").loadInBackground();
         ${exit};`,
      ]);
      expect({ exit, code: r.code, signal: r.stderr }).toEqual({ exit, code: 3, signal: "" });
    }
  }, 120_000);

  test("an exit stops a build still running instead of waiting for the rest of it", async () => {
    // the user dictionary is a named pipe this test keeps writing to: a build that is waited for to the end
    // never ends while the writing goes on, so the child can only exit while it does if its exit stopped the build
    const dir = mkdtempSync(join(tmpdir(), "zhpress-fifo-"));
    try {
      const fifo = join(dir, "user.dict.utf8");
      execFileSync("mkfifo", [fifo]);
      // the child exits when told on stdin: after the build has opened the pipe and is reading it
      const child = spawn(
        process.execPath,
        [
          "--input-type=module",
          "-e",
          `const { createRequire } = await import("node:module");
           createRequire(process.cwd() + "/")("nodejieba").loadInBackground({ userDict: ${JSON.stringify(fifo)} });
           process.stdin.once("data", () => process.exit(3));`,
        ],
        { stdio: ["pipe", "ignore", "pipe"], timeout: 60_000 },
      );
      let stderr = "";
      child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
      child.stdin.on("error", () => {});
      const exit = new Promise<number | null>((resolve) => child.on("close", resolve));
      let exited = false;
      void exit.then(() => (exited = true));
      // opens once the build opens the pipe to read it
      const writer = await open(fifo, "w");
      const chunk = Buffer.from("测试词语 3 n\n".repeat(4096));
      let exitedWhileWriting = false;
      try {
        await writer.write(chunk);
        child.stdin.write("exit\n");
        // at most ~70 MB: a build left to finish would go on reading as long as there is more
        for (let i = 0; i < 2000 && !exitedWhileWriting; i++) {
          await writer.write(chunk);
          exitedWhileWriting = exited;
        }
      } catch {
        exitedWhileWriting = true; // the reader closed the pipe: the build stopped
      } finally {
        await writer.close().catch(() => {});
      }
      const code = await exit;
      expect({ exitedWhileWriting, code, stderr }).toEqual({ exitedWhileWriting: true, code: 3, stderr: "" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
