// Extraction work grows with the input, not with its square: counters of the characters the round-anchor scan
// reads and of the name offsets the people assembler probes stay proportional when the input doubles. The
// counters count work, not time, so the test holds on a loaded machine.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { extractAll } from "../../src/extract/index.js";
import { peopleWork } from "../../src/extract/assemble/people.js";
import { anchorWork, CLAUSE_REACH } from "../../src/extract/scan/anchors.js";
import { markWork, YEAR_BACK } from "../../src/extract/scan/marks.js";
import {
  ANCHOR_REACH,
  CITY_HOLDS_REACH,
  CITY_HOLDS_RE,
  MARK,
  SUMMARY_HELD_REACH,
  SUMMARY_HELD_TAIL,
  SUMMARY_REACH,
} from "../../src/extract/patterns/rounds.js";
import { CITY_NAMES } from "../../src/extract/places.js";
import { PLACE_END_RE } from "../../src/extract/patterns/tallies.js";
import { SUBJECT_WINDOW } from "../../src/extract/scan/tally-scope.js";
import { segmenterStats } from "../../src/extract/text/segment.js";
import { sentenceWork } from "../../src/extract/text/sentences.js";
import { spanWork } from "../../src/extract/text/spans.js";

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

  test("ANCHOR_RE and SUMMARY_RE (super-linear on long input) see a bounded window per 三个一批, even after a run of numerals", () => {
    // each mark is read by the anchor scan and the two summary scans (N次 before it; 开展…活动N次 after it)
    const windows = [ANCHOR_REACH + 1, SUMMARY_REACH + 1, SUMMARY_HELD_REACH + SUMMARY_HELD_TAIL].map((w) => w + YEAR_BACK + MARK.length);
    const perMark = windows.reduce((a, b) => a + b);
    expect(workOf(markWork, paragraph(1000))).toBeLessThanOrEqual(1000 * perMark);
    const numerals = `${"二".repeat(50_000)}第三次“三个一批”活动。`;
    expect(workOf(markWork, numerals)).toBeLessThanOrEqual(perMark);
    expect(run(`2023年第三次“三个一批”活动${"，".repeat(60)}`).rounds.map((r) => r.year)).toEqual([2023]);
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

describe("a whole article grown: every counted kind of work doubles when the text doubles", () => {
  // a corpus article (written for this project) repeated: rounds, tallies, dates, zones, people and figures recur
  const article = readFileSync("corpus/articles/01-2021-first-period.txt", "utf8");
  // the same text as one sentence: commas for every full stop and line end (a page without punctuation)
  const oneSentence = (text: string) => text.replace(/[。！？!?\n]/gu, "，");
  const counters = {
    "sentence ends read": () => sentenceWork.reads,
    "binary search steps": () => spanWork.reads,
    "segmenter calls": () => segmenterStats().calls,
    "anchor clause reads": () => anchorWork.reads + markWork.reads,
    "people reads and probes": () => peopleWork.reads + peopleWork.probes,
  };
  const work = (text: string) => {
    const before = Object.values(counters).map((c) => c());
    const found = run(text);
    return { counts: Object.values(counters).map((c, i) => c() - before[i]), found };
  };

  test.each([
    ["as paragraphs", (n: number) => article.repeat(n)],
    ["as one sentence", (n: number) => oneSentence(article.repeat(n))],
  ])("%s", (_, grow) => {
    const small = work(grow(40));
    const large = work(grow(80));
    expect(small.found.rounds.length + small.found.figures.length).toBeGreaterThan(0);
    Object.keys(counters).forEach((name, i) => {
      // binary searches add a log factor: 2 × (1 + 1/log2(n)) stays under 2.3 for these sizes
      expect(large.counts[i] / Math.max(1, small.counts[i]), name).toBeLessThan(2.3);
    });
    expect(small.counts[0]).toBeGreaterThan(0);
    expect(small.counts[1]).toBeGreaterThan(0);
  });
});

describe("the reach of CITY_HOLDS_RE (read before each round's name, for each of its tallies)", () => {
  test("no match is longer than the reach, so reading further back would find nothing more", () => {
    const longest = `${CITY_NAMES.split("|").reduce((a, b) => (b.length > a.length ? b : a))}与全省开发区同步举行了全省开发区`;
    expect(CITY_HOLDS_RE.exec(longest)?.[0]).toBe(longest);
    expect(longest.length).toBeLessThanOrEqual(CITY_HOLDS_REACH);
  });
  test("a city holding the round is still found after a long clause; the province alone is not a city", () => {
    const holder = (text: string) => run(text).rounds.find((r) => r.signed?.projects === 12)?.scope.name;
    const round = "临汾市举行开发区2022年第一次“三个一批”活动，签约项目12个。";
    expect(holder(`${"活动".repeat(500)}${round}`)).toBe("临汾市");
    expect(holder(round)).toBe("临汾市");
    expect(holder("全省开发区2022年第一次“三个一批”活动，签约项目12个。")).toBe("山西省");
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
