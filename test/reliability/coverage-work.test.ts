// Coverage reads each quantity once and each sentence holding an uncaptured number once: its work stays proportional
// when the input doubles, in short sentences and in one sentence with no end. Counted work, not time.
import { describe, expect, test } from "vitest";
import { extractAll } from "../../src/extract/index.js";
import { coverageWork } from "../../src/extract/refine/coverage.js";

const run = (text: string) => extractAll({ text, publishedAt: "2023-05-01", blocked: [] });

function workOf(text: string): number {
  const before = coverageWork.reads;
  run(text);
  return coverageWork.reads - before;
}

describe("coverage work linear in input size", () => {
  // a round named once, then many list members no record takes: each one is uncaptured
  const head = "全省开发区2023年第二次“三个一批”活动举行。";
  test.each([
    ["short sentences", (n: number) => head + "太原市投资分别增长12.5%、8.4%。".repeat(n)],
    ["one sentence without an end", (n: number) => head + "太原市投资分别增长12.5%、8.4%，".repeat(n)],
  ])("%s", (_, text) => {
    const small = workOf(text(300));
    const large = workOf(text(600));
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThan(2.2);
    expect(run(text(3)).uncaptured.length).toBeGreaterThan(0);
  });
});
