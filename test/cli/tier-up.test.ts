// The executable raises V8's interrupt budget (src/cli/tier-up.ts) so that fewer functions are compiled by
// TurboFan. Counted, never timed: the compilations V8 reports (--trace-opt) for the corpus, with the
// executable's budget and with V8's own default given on the command line (which the executable respects).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { INTERRUPT_BUDGET, tuneTierUp } from "../../src/cli/tier-up.js";
import { cliEntry, runNode } from "../helpers/cli.js";

const scratch = mkdtempSync(join(tmpdir(), "zhpress-tier-up-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** V8 11's default (Node 20): what the budget was before the executable raised it */
const V8_DEFAULT = 67_584;

async function compilations(nodeFlags: string[]): Promise<number> {
  const out = join(scratch, `out-${nodeFlags.length}.jsonl`);
  const r = await runNode([
    ...nodeFlags,
    "--trace-opt",
    ...cliEntry(),
    "extract",
    "corpus/articles",
    "--quiet",
    "--workers",
    "0",
    "--out",
    out,
  ]);
  expect(r.code, r.stderr).toBe(0);
  // with --out, stdout carries only V8's trace
  return r.stdout.split("\n").filter((line) => line.startsWith("[completed compiling")).length;
}

describe("the executable's tier-up budget", () => {
  test("is larger than V8's default", () => {
    expect(INTERRUPT_BUDGET).toBeGreaterThan(V8_DEFAULT * 4);
  });

  test("a budget given on node's command line wins", () => {
    expect(tuneTierUp(["--interrupt-budget=1000"])).toBe(false);
    expect(tuneTierUp(["--trace-opt", `--interrupt-budget=${V8_DEFAULT}`])).toBe(false);
  });

  test("the corpus is compiled by TurboFan less often than with V8's default budget", async () => {
    const [ours, byDefault] = await Promise.all([compilations([]), compilations([`--interrupt-budget=${V8_DEFAULT}`])]);
    // a vacuous comparison would pass with both at 0
    expect(byDefault).toBeGreaterThan(20);
    expect(ours).toBeLessThan(byDefault * 0.6);
  });
});
