// 第N期 and 第N次 are kept apart (ordinalUnit on the round, in its key), and the numbering check flags rounds of one
// scope and year that the sources number differently. Phenomenon: Henan numbers its 三个一批 campaign by 期, Shanxi
// by 次; a reprint may renumber a round.
import { describe, expect, test } from "vitest";
import { mergeDocuments } from "../../src/merge/index.js";
import { extractFromBytes } from "../../src/pipeline.js";

const doc = (name: string, text: string) =>
  extractFromBytes({ bytes: Buffer.from(text), source: { path: `${name}.txt` }, label: `${name}.txt`, contentType: null });
const numberingChecks = (ds: ReturnType<typeof mergeDocuments>) =>
  ds.rounds.flatMap((r) => r.checks.filter((c) => c.code === "numbering").map((c) => [r.key, c.status, c.actual, c.expected]));

describe("ordinalUnit", () => {
  test.each([
    ["全省开发区2021年第一期“三个一批”活动举行，签约项目10个。", "期"],
    ["全省开发区2023年第三次“三个一批”活动举行，签约项目10个。", "次"],
    ["全省开发区2022年第二轮“三个一批”活动举行，签约项目10个。", "轮"],
  ])("%s → %s", (text, unit) => {
    expect(doc("a", text).rounds.map((r) => r.ordinalUnit)).toEqual([unit]);
  });

  test("第一期 and 第一次 in one article are two rounds", () => {
    const d = doc("a", "全省开发区2021年第一期“三个一批”活动签约项目10个。全省开发区2021年第一次“三个一批”活动签约项目20个。");
    expect(d.rounds.map((r) => [r.ordinal, r.ordinalUnit, r.signed?.projects])).toEqual([
      [1, "期", 10],
      [1, "次", 20],
    ]);
  });
});

describe("numbering check", () => {
  const period = doc("period", "3月18日，全省开发区2021年第一期“三个一批”活动举行，签约项目10个。");
  const time = doc("time", "全省开发区2021年第一次“三个一批”活动于3月18日举行，开工项目268个。");

  test("the same number in two units: two rounds, each flagged with the other's numbering", () => {
    const ds = mergeDocuments([period, time]);
    expect(ds.rounds.map((r) => r.key)).toEqual(["province|山西省|2021|#1期", "province|山西省|2021|#1"]);
    expect(numberingChecks(ds)).toEqual(
      expect.arrayContaining([
        ["province|山西省|2021|#1期", "fail", "第1期", ["第1次"]],
        ["province|山西省|2021|#1", "fail", "第1次", ["第1期"]],
      ]),
    );
  });

  test("two numbers for the round held one day are flagged", () => {
    const third = doc("third", "2023年9月15日，全省开发区2023年第三次“三个一批”活动举行，签约项目10个。");
    const fourth = doc("fourth", "全省开发区2023年第四次“三个一批”活动于2023年9月15日举行，开工项目20个。");
    const ds = mergeDocuments([third, fourth]);
    expect(numberingChecks(ds)).toEqual([
      ["province|山西省|2023|#3", "fail", "第3次", ["第4次"]],
      ["province|山西省|2023|#4", "fail", "第4次", ["第3次"]],
    ]);
  });

  test.each([
    ["sources agreeing on 第一次", [time, doc("again", "全省开发区2021年第一次“三个一批”活动举行，投产项目5个。")]],
    ["different rounds on different days", [time, doc("second", "6月20日，全省开发区2021年第二次“三个一批”活动举行。签约项目9个。")]],
    ["the same number in different years", [time, doc("next", "全省开发区2022年第一期“三个一批”活动举行，签约项目10个。")]],
  ])("no numbering check for %s", (_, docs) => {
    expect(numberingChecks(mergeDocuments(docs))).toEqual([]);
  });
});
