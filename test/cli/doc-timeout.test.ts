// A per-document time budget: a document that outlasts it is abandoned with an error naming it, and the rest
// of the batch goes on. With workers the worker running it is terminated and replaced; in-process the budget
// is checked between stages.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { extractBatch } from "../../src/cli/batch.js";
import { InputError } from "../../src/input/index.js";
import { resolveOptions } from "../../src/options.js";
import { extractFromBytes } from "../../src/pipeline.js";
import { runCli } from "../helpers/cli.js";
import { PARAGRAPH } from "../reliability/shapes.js";

/** one sentence of `clauses` clauses each naming a round: linear in its length, and slow per character */
const sentence = (clauses: number) => PARAGRAPH.repeat(clauses).replaceAll("。", "，");
// 15,000 clauses (about 2 s here) are far over a 1 ms budget on any machine
const SLOW = sentence(15_000);
/** the workers' budget: it leaves the fast pages room for a fresh worker's start on a loaded machine */
const WORKER_BUDGET_MS = 4_000;
const FAST = "全省开发区2023年第一次“三个一批”活动举行\n2023-03-01 来源:测试日报\n本次集中签约项目316个,总投资2346.6亿元。\n";

/**
 * Clauses that take at least four times the workers' budget on this machine, measured here (a fixed count is
 * over the budget only on a machine slow enough: 60,000 took ~8 s on ours, under 4 s on one 2.5x faster). The
 * document is abandoned at the budget, so its length costs the test nothing but writing it.
 */
function clausesOverBudget(): number {
  const sample = 2_000;
  const bytes = new TextEncoder().encode(sentence(sample));
  extractFromBytes({ source: { path: "warm.txt" }, label: "warm.txt", bytes, contentType: null }); // compiled, lexicons loaded
  const t0 = performance.now();
  extractFromBytes({ source: { path: "sample.txt" }, label: "sample.txt", bytes, contentType: null });
  const msPerClause = (performance.now() - t0) / sample;
  return Math.max(60_000, Math.ceil((4 * WORKER_BUDGET_MS) / msPerClause));
}

let dir: string;
/** the slow document's size: ~10 MB here, more on a faster machine, which the batch must not refuse as too large */
let slowerBytes = 0;
const path = (name: string) => join(dir, name);
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "zhpress-budget-"));
  writeFileSync(path("slow.txt"), SLOW);
  const slower = Buffer.from(sentence(clausesOverBudget()));
  slowerBytes = slower.length;
  writeFileSync(path("slower.txt"), slower);
  writeFileSync(path("fast1.txt"), FAST);
  writeFileSync(path("fast2.txt"), FAST.replace("316", "317"));
});

describe("per-document time budget", () => {
  test("in-process: a document over its budget is abandoned between stages, with an error naming it", () => {
    const loaded = { source: { path: "slow.txt" }, label: "slow.txt", bytes: new TextEncoder().encode(SLOW), contentType: null };
    let error: unknown;
    try {
      extractFromBytes(loaded, 1);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ input: "slow.txt", code: "doc-timeout" });
    expect((error as Error).message).toMatch(
      /^slow\.txt: took longer than the per-document budget of 1 ms \(abandoned after the \w+ stage\)/,
    );
  });

  test("the default budget is generous: 20 s", () => {
    expect(resolveOptions({}).docTimeoutMs).toBe(20_000);
  });

  test("with workers: the worker is stopped, the input named, the rest of the batch extracted", async () => {
    const docs: string[] = [];
    const inputs = [path("fast1.txt"), path("slower.txt"), path("fast2.txt")];
    const opts = resolveOptions({ workers: 2, quiet: true, docTimeoutMs: WORKER_BUDGET_MS, maxFileBytes: slowerBytes });
    const r = await extractBatch(inputs, opts, async (e) => void docs.push(e.doc.article.source.path!));
    expect(r.failures).toEqual([
      { input: path("slower.txt"), code: "doc-timeout", reason: expect.stringContaining(`per-document budget of ${WORKER_BUDGET_MS} ms`) },
    ]);
    expect(docs).toEqual([path("fast1.txt"), path("fast2.txt")]);
  }, 60_000);

  test("the CLI flag: one line naming the input, exit 1; a bad value is a usage error", async () => {
    const r = await runCli(["extract", "--quiet", "--workers", "0", "--doc-timeout-ms", "1", path("slow.txt")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`${path("slow.txt").replaceAll("/", "\\/").replaceAll(".", "\\.")}: took longer than the per-document budget of 1 ms`),
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect((await runCli(["extract", "--doc-timeout-ms", "x", path("fast1.txt")])).stderr).toContain(
      '--doc-timeout-ms wants a positive number, got "x"',
    );
  });
});
