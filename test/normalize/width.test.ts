import { describe, expect, test } from "vitest";
import { fixWidth, fixWidthAndSpacing } from "../../src/normalize/width.js";

describe("fixWidthAndSpacing", () => {
  test.each([
    ["全省 93 家开发区", "全省93家开发区", 2],
    ["投资１２．５亿元，增长８％", "投资12.5亿元，增长8%", 6],
    ["“ 三个一批 ”活动", "“三个一批”活动", 2],
    ["签约,,开工", "签约,开工", 1],
    ["签约，、开工", "签约、开工", 1],
    ["2 0 2 3年", "2023年", 1],
    ["第 3 次", "第3次", 2],
    ["Ｄ轮融资", "D轮融资", 1],
    ["增长 12 %", "增长12%", 2],
  ])("fixes %j", (input, expected, fixes) => {
    const r = fixWidthAndSpacing(input);
    expect(r.text).toBe(expected);
    expect(r.fixes).toBe(fixes);
  });

  test.each([
    ["签约，开工；投产：“三个一批”。"], // Chinese punctuation stays full-width
    ["全省\n93家"], // a line break is structure
    ["1 2 3 4 5"], // spaced digits that are not a year
    ["Version 2 of the plan"],
    ["……——"],
  ])("leaves %j alone", (input) => {
    const r = fixWidthAndSpacing(input);
    expect(r.text).toBe(input);
    expect(r.fixes).toBe(0);
  });

  // the scan jumps from one possible first character to the next: what one global replace finds, it finds
  test.each([
    ["全省 93 家开发区，投资１２．５亿元。。增长８％ ， “ 三个一批 ”"],
    ["2 0 2 3年，， 第 3 次，、Ｄ轮 12 % 和 ５０ 家"],
    ["。。。，，，   ３．１４ 1 2 3 4 5 2 0 2 4年"],
    ["no fix here: 签约，开工"],
  ])("finds what one global replace finds in %j", (input) => {
    expect(fixWidthAndSpacing(input).text).toBe(fixWidth(input));
  });

  // the scan tries the pattern only where a fix can start: a digit before a space, a comma before a comma, 。 before 。,
  // a space or a rare character; texts mixing exactly those characters find what the global replace finds
  test("finds what one global replace finds in 5,000 texts of the characters fixes start at", () => {
    const alphabet = [
      "0",
      "1",
      "9",
      " ",
      "\u3000",
      "\t",
      "\u00a0",
      "，",
      "、",
      ",",
      "。",
      "．",
      "年",
      "省",
      "“",
      "”",
      "５",
      "Ａ",
      "％",
      "%",
      "\n",
    ];
    let seed = 14;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed);
    for (let n = 0; n < 5000; n++) {
      let text = "";
      for (let k = next() % 14; k >= 0; k--) text += alphabet[next() % alphabet.length];
      expect(fixWidthAndSpacing(text).text, JSON.stringify(text)).toBe(fixWidth(text));
    }
  });
});
