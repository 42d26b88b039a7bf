// A page's text runs kept as offsets (or, decoded, as strings) and joined only for the blocks that are used.
import { describe, expect, test } from "vitest";
import { RunCount, TextRuns } from "../../src/page/html-runs.js";

const PAGE = "<p>甲乙</p><p>a &amp; b</p><p>丙</p>";
const at = (s: string) => PAGE.indexOf(s);

describe("TextRuns", () => {
  const runs = new TextRuns();
  runs.begin(PAGE);
  runs.add(at("甲"), at("甲") + 2); // 0: 甲乙
  runs.add(at("a "), at("a ") + 2); // 1: "a "
  runs.addDecoded("&"); // 2: decoded
  runs.add(at(" b"), at(" b") + 2); // 3: " b"
  runs.add(at("丙"), at("丙")); // 4: empty
  runs.add(at("丙"), at("丙") + 1); // 5: 丙

  test("counts every run, the empty one too", () => expect(runs.count).toBe(6));
  test.each([
    [0, 1, "甲乙"],
    [1, 4, "a & b"],
    [2, 3, "&"],
    [0, 6, "甲乙a & b丙"],
    [4, 5, ""],
    [3, 3, ""],
  ])("runs %i..%i join to %j", (first, end, text) => expect(runs.join(first, end)).toBe(text));

  test("a new page starts with no runs and no decoded strings of the last one", () => {
    const next = new TextRuns();
    next.begin("x&y");
    next.addDecoded("1");
    next.begin("<b>z</b>");
    expect(next.count).toBe(0);
    next.add(3, 4);
    next.addDecoded("&");
    expect(next.join(0, 2)).toBe("z&");
  });
});

describe("RunCount", () => {
  const counts = (c: RunCount) => [c.visible, c.punct];
  test.each([
    ["甲乙丙", 3, 0],
    ["全省，开发区。", 7, 2],
    ["a, b; c", 5, 2],
    [" \n\t\u00a0\u3000", 0, 0],
    ["、：！？；", 5, 5],
    ["1.5亿元（2023）", 11, 0],
    ["> x ＜ y", 4, 0],
  ])("%j has %i visible characters, %i clause punctuation", (text, visible, punct) =>
    expect(counts(new RunCount().range(text, 0, text.length))).toEqual([visible, punct]),
  );

  test.each([
    ["甲乙<p>", 2],
    ["a &amp; b", 2],
    ["全省，<", 3],
    ["no markup", 9],
    ["", 0],
  ])("until stops at the first '<' or '&' in %j (index %i) and counts what range counts before it", (text, stop) => {
    const count = new RunCount();
    expect(count.until(text, 0, text.length)).toBe(stop);
    expect(counts(count)).toEqual(counts(new RunCount().range(text, 0, stop)));
  });

  test.each(["a > b", "＜甲＞", "＆"])("until does not stop at %j (look-alikes of markup)", (text) =>
    expect(new RunCount().until(text, 0, text.length)).toBe(text.length),
  );

  test("until and add add to the count; range starts again", () => {
    const count = new RunCount();
    count.until("甲，", 0, 2);
    count.add("<", 0, 1);
    count.until("乙。<", 0, 3);
    expect(counts(count)).toEqual([5, 2]);
    expect(counts(count.range("丙", 0, 1))).toEqual([1, 0]);
  });
});
