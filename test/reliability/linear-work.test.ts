// Extraction work grows with the input, not with its square: counters of the characters the round-anchor scan
// reads and of the name offsets the people assembler probes stay proportional when the input doubles. The
// counters count work, not time, so the test holds on a loaded machine.
import { describe, expect, test } from "vitest";
import { extractAll } from "../../src/extract/index.js";
import { peopleWork } from "../../src/extract/assemble/people.js";
import { anchorWork, CLAUSE_REACH } from "../../src/extract/scan/anchors.js";
import { markWork } from "../../src/extract/scan/marks.js";
import { PLACE_END_RE } from "../../src/extract/patterns/tallies.js";
import { SUBJECT_WINDOW } from "../../src/extract/scan/tally-scope.js";

const run = (text: string) => extractAll({ text, publishedAt: "2023-05-01", blocked: [] });

/** the work a counter records for `text` */
function workOf(counter: { reads: number }, text: string): number {
  const before = counter.reads;
  run(text);
  return counter.reads - before;
}

describe("work linear in input size", () => {
  // one paragraph, no sentence end: each 三个一批 used to make the scan re-read the sentence from its start
  const paragraph = (n: number) => "全省开发区2023年第二次“三个一批”活动，".repeat(n);

  test("the round-anchor scan reads a bounded window per 三个一批, however long the sentence", () => {
    const small = workOf(anchorWork, paragraph(500)) + workOf(markWork, paragraph(500));
    const large = workOf(anchorWork, paragraph(1000)) + workOf(markWork, paragraph(1000));
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThan(2.2);
    // two reads of at most CLAUSE_REACH characters per anchor: a foreign place, a plan (确保…)
    expect(workOf(anchorWork, paragraph(1000))).toBeLessThanOrEqual(1000 * 2 * CLAUSE_REACH);
  });

  test("the anchors of a long sentence are still found", () => {
    const { rounds } = run(`${paragraph(3)}签约项目100个。`);
    expect(rounds.map((r) => r.ordinal)).toContain(2);
  });

  // many distinct names, each a titled mention: each new name used to be checked against every earlier one
  const names = (n: number) =>
    Array.from({ length: n }, (_, i) => `市长${"王李张刘陈杨"[i % 6]}${String.fromCodePoint(0x4e00 + 300 + (i % 2000))}出席。`).join("");

  test("the people assembler's mention scan and overlap checks stay proportional to the text", () => {
    const work = (text: string) => {
      const [reads, probes] = [peopleWork.reads, peopleWork.probes];
      run(text);
      return peopleWork.reads - reads + (peopleWork.probes - probes);
    };
    const small = work(names(400));
    const large = work(names(800));
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThan(2.2);
    expect(run(names(3)).people.length).toBeGreaterThan(0);
  });
});

describe("the bound of PLACE_END_RE (super-linear on long Han runs)", () => {
  test("it is only given the window before a tally", () => {
    expect(SUBJECT_WINDOW).toBeLessThanOrEqual(40);
  });
  test("it matches a place ending the window and not other words", () => {
    expect(PLACE_END_RE.exec("活动中阳泉开发区")?.groups?.name).toBe("活动中阳泉");
    expect(PLACE_END_RE.exec("太原市共")?.groups?.after).toBe("共");
    expect(PLACE_END_RE.exec("签约项目")).toBeNull();
  });
});
