import { describe, expect, test } from "vitest";
import { TITLE_RE } from "../../src/extract/patterns/people.js";
import { matchesFrom, matchesOf } from "../../src/util/matches.js";

const viaMatchAll = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0], m.groups ?? null]);
const viaMatchesOf = (re: RegExp, text: string) => matchesOf(re, text).map((m) => [m.index, m[0], m.groups ?? null]);

describe("matchesOf finds what matchAll finds", () => {
  test.each([
    ["titles in a chain", TITLE_RE, "省委常委、市委书记甲，市长乙"],
    ["named groups", /(?<n>\d+)(?<u>个|家)/gu, "签约项目12个，企业3家，投资5亿元"],
    ["none", /\d+个/g, "没有数字"],
    ["empty matches step a code unit", /\d*/g, "a1b22"],
    ["empty matches step a whole code point with flag u", /x*/gu, "a𠀀b"],
    ["empty matches step a code unit without flag u", /x*/g, "a𠀀b"],
    ["a lookbehind at the text start", /(?<=^|，)\p{Script=Han}{2}/gu, "开发区，签约，开工"],
  ])("%s", (_, re, text) => {
    expect(viaMatchesOf(re, text)).toEqual(viaMatchAll(re, text));
  });

  test("the regex is left at lastIndex 0, so it may be used again while its matches are read", () => {
    const re = /\d+/g;
    const outer = matchesOf(re, "1 22 333");
    expect(re.lastIndex).toBe(0);
    expect(outer.map((m) => matchesOf(re, m[0].repeat(2)).length)).toEqual([1, 1, 1]);
  });

  test("it reads from the start even when the regex was left mid-text", () => {
    const re = /\d/g;
    re.exec("12");
    expect(matchesOf(re, "12").map((m) => m[0])).toEqual(["1", "2"]);
  });

  test("it makes no copy of the regex (matchAll does: its species constructor runs once per call)", () => {
    let copies = 0;
    class Counted extends RegExp {
      static get [Symbol.species]() {
        copies++;
        return RegExp;
      }
    }
    const re = new Counted("\\d", "g");
    [..."1a2".matchAll(re)];
    expect(copies).toBe(1);
    expect(matchesOf(re, "1a2").length).toBe(2);
    expect(copies).toBe(1);
  });

  test("a regex without flag g is refused, naming it", () => {
    expect(() => matchesOf(/\d/, "1")).toThrow(/global regex: \/\\d\//);
  });
});

describe("matchesFrom: a sticky pattern tried where its first character stands finds what its global twin finds", () => {
  // a pattern a global scan enters at every offset: optional groups before the word that must be there
  const source = "(?<comrade>同志)?(?<lead>已|将)?(?<verb>出任|担任|任)(?<title>省长|市长)";
  const global = new RegExp(source, "gu");
  const sticky = new RegExp(source, "uy");
  const first = /[同已将出担任]/g;
  test.each([
    ["甲同志任省长，乙已出任市长，丙将担任省长", 3],
    ["任任省长", 1],
    ["主任市长", 1],
    ["同志们出席，任务完成", 0],
    ["", 0],
  ])("%j", (text, count) => {
    const found = matchesFrom(first, sticky, text).map((m) => [m.index, m[0], m.groups]);
    expect(found).toEqual([...text.matchAll(global)].map((m) => [m.index, m[0], m.groups]));
    expect(found.length).toBe(count);
  });
  test("a pattern without the sticky flag, or a first-character scan without flag g, is refused", () => {
    expect(() => matchesFrom(first, global, "任省长")).toThrow(/sticky/);
    expect(() => matchesFrom(/[任]/, sticky, "任省长")).toThrow(/global/);
  });
});
