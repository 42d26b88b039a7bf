// The one sentence splitter: ends at 。 ! ? ！ ？ and the line end, never at a clause mark. Texts written for this test.
import { describe, expect, test } from "vitest";
import { sentencesOf } from "../../src/extract/text/sentences.js";

const quotes = (text: string) => {
  const sentences = sentencesOf(text);
  const out: string[] = [];
  for (let at = 0; at < text.length; at++) {
    const s = sentences.at(at);
    if (s && s.start === at) out.push(text.slice(s.start, s.end));
  }
  return out;
};

describe("sentencesOf", () => {
  test.each([
    ["。 ends a sentence and stays in it", "签约项目20个。开工项目10个。", ["签约项目20个。", "开工项目10个。"]],
    ["！ ？ ! ? end one", "好！是吗？Yes!No?", ["好！", "是吗？", "Yes!", "No?"]],
    ["a line end ends one and stays out of it", "全省活动举行\n签约项目20个", ["全省活动举行", "签约项目20个"]],
    ["a text without an end is one sentence", "签约项目20个", ["签约项目20个"]],
  ])("%s", (_, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  test.each([
    ["；", "签约项目20个；开工项目10个。"],
    ["，、：", "签约、开工：项目20个，总投资5亿元。"],
    ["; , :", "signed 20; started 10, total: 30."],
  ])("a clause mark (%s) ends none", (_, text) => {
    expect(quotes(text)).toEqual([text]);
  });

  test("a line end is in no sentence; the same sentence is the same object", () => {
    const sentences = sentencesOf("标题\n正文一句。");
    expect(sentences.at(2)).toBeNull();
    expect(sentences.at(3)).toBe(sentences.at(7));
    expect(sentences.at(0)?.headline).toBe(true);
    expect(sentences.at(3)?.headline).toBe(false);
  });
});
