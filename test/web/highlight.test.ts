// The article view's cutting of text into highlighted pieces, and its marking of numbers no mention covers.
import { describe, expect, test } from "vitest";
import { pieces, uncapturedNumbers } from "../../web/src/highlight.js";
import type { MentionRow } from "zhpress/api-types";

const TEXT = "全省签约项目263个，总投资2800亿元，另有35个项目待定。";
const mention = (start: number, end: number, kind: MentionRow["kind"] = "round"): MentionRow => ({
  articleId: "a",
  kind,
  mentionIndex: 0,
  evidenceIndex: 0,
  label: "山西省 2023 第3次",
  field: null,
  value: null,
  start,
  end,
  quote: TEXT.slice(start, end),
  stated: true,
  extractor: "test",
  recordKey: "k",
});

describe("uncapturedNumbers", () => {
  test("numbers outside every mention are uncaptured; numbers inside one are not", () => {
    const signed = mention(2, 10); // 签约项目263个
    expect(uncapturedNumbers(TEXT, [signed]).map((s) => s.quote)).toEqual(["2800", "35"]);
    expect(uncapturedNumbers(TEXT, [signed, mention(11, 20)]).map((s) => s.quote)).toEqual(["35"]);
  });

  test.each([
    ["两千八百亿元", ["两千八百亿"]],
    ["３５个", ["３５"]],
    ["12.5亿元", ["12.5"]],
    ["一个项目", []],
    ["十分重要", []],
  ])("%s → %j", (text, found) => {
    expect(uncapturedNumbers(text, []).map((s) => s.quote)).toEqual(found);
  });
});

describe("pieces", () => {
  test("the pieces put back together are the text, cut at every span edge", () => {
    const spans = [mention(2, 10), mention(6, 9, "figure")];
    const cut = pieces(TEXT, spans, uncapturedNumbers(TEXT, spans));
    expect(cut.map((p) => p.text).join("")).toBe(TEXT);
    expect(cut.map((p) => p.start)).toEqual([...new Set(cut.map((p) => p.start))]);
  });

  test("a piece inside nested spans lists the innermost first; plain text has none", () => {
    const outer = mention(2, 10);
    const inner = mention(6, 9, "figure");
    const cut = pieces(TEXT, [outer, inner], []);
    const num = cut.find((p) => p.text === "263")!;
    expect(num.mentions).toEqual([inner, outer]);
    expect(cut.find((p) => p.text === "签约项目")!.mentions).toEqual([outer]);
    expect(cut[0].mentions).toEqual([]);
  });

  test("uncaptured pieces are flagged, covered ones are not", () => {
    const spans = [mention(2, 10)];
    const cut = pieces(TEXT, spans, uncapturedNumbers(TEXT, spans));
    expect(cut.filter((p) => p.uncaptured).map((p) => p.text)).toEqual(["2800", "35"]);
  });
});
