// Name lexicon growth from real pages (issue 10, plan section L): 鹿 is an ordinary surname absent from 百家姓
// (r2-001: a 市委秘书长 of that surname was missed); 涉嫌 closes a name in discipline reports (r1-051: 时任…省长X涉嫌…).
// Sentences written for this test, invented people.
import { describe, expect, test } from "vitest";
import { extractFromBytes } from "../../src/pipeline.js";

const people = (text: string) =>
  extractFromBytes({ source: { path: "t.txt" }, label: "t.txt", bytes: Buffer.from(text), contentType: null }).people.map((p) => [
    p.name,
    p.titles,
  ]);

describe("name lexicon", () => {
  test.each([
    ["市政协副主席、市委秘书长鹿文斌出席。", [["鹿文斌", ["市政协副主席", "市委秘书长"]]]],
    ["时任某省委副书记、省长周立元涉嫌严重违纪违法。", [["周立元", ["省委副书记", "省长"]]]],
    ["副市长张德勤涉嫌受贿被查。", [["张德勤", ["副市长"]]]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  test.each([["鹿场扩建项目开工。"], ["该企业涉嫌违法排污。"], ["涉嫌违纪的问题线索已移交。"]])("no person: %s", (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe("现任TITLES为NAME: the holder named after the title", () => {
  test.each([
    ["现任省委书记为钱立新同志。", [["钱立新", ["省委书记"]]]],
    ["该局现任局长是孙明远，副局长为李文。", [["孙明远", ["局长"]]]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  test.each([["现任省委书记为推动全省发展作出部署。"], ["现任市长为人低调。"], ["现任领导班子为全市发展尽心竭力。"]])(
    "no person: %s",
    (text) => {
      expect(people(text)).toEqual([]);
    },
  );
});
