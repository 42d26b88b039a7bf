// A page's text runs kept as offsets (or, decoded, as strings) and joined only for the blocks that are used.
import { describe, expect, test } from "vitest";
import { TextRuns } from "../../src/page/html-runs.js";

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
