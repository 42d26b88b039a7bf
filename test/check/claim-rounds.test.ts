// Which rounds and scopes a claim is about: 第二期 is the 期 round and never the 次 one; a claim naming several scopes is
// judged figure by figure against each scope's own round; a round's date or venue alone is a claim.
import { describe, expect, test } from "vitest";
import { judgeClaim, parseClaim } from "../../src/check/index.js";
import { mergeDocuments } from "../../src/merge/index.js";
import { makeDoc, storyBody } from "../merge/fixtures.js";

const parsed = (text: string) => {
  const p = parseClaim(text);
  if (!p.ok) throw new Error(`${text}: ${p.reason}`);
  return p.claim;
};

describe("the unit a claim numbers its rounds in", () => {
  test.each([
    ["2021年第一期开工项目268个", "期"],
    ["2021年第一轮开工项目268个", "轮"],
    ["2021年第一次开工项目268个", null],
    ["2021年第一批开工项目268个", null],
    ["2021年第一、二期分别开工268个和200个项目", "期"],
  ])("%s → %s", (text, unit) => expect(parsed(text).ordinalUnit).toBe(unit));
});

test.each(["2023年第三季度全省开发区签约项目263个", "2023年第四季度签约项目233个"])("%s: a quarter is no round", (text) =>
  expect(parseClaim(text)).toMatchObject({ ok: false, reason: expect.stringContaining("no round") }),
);

describe("第N期 and 第N次 of the same year are different rounds", () => {
  // Henan numbers its campaign 第N期 and Shanxi 第N次: with both in a dataset, the unit decides
  const byTimes = makeDoc({ body: storyBody("全省"), path: "a.txt", rounds: [{ year: 2021, ordinal: 2, signed: [120] }] });
  const byPeriod = makeDoc({ body: storyBody("全省"), path: "b.txt", rounds: [{ year: 2021, ordinal: 2, signed: [268] }] });
  byPeriod.rounds[0].ordinalUnit = "期";
  const both = mergeDocuments([byTimes, byPeriod]).rounds;
  const onlyPeriod = mergeDocuments([byPeriod]).rounds;
  const judge = (text: string, rounds = both) => judgeClaim(parsed(text), rounds);

  test("the dataset holds two rounds numbered 2", () => expect(both.map((r) => r.key).sort()).toHaveLength(2));
  test.each([
    ["2021年第二期签约268个项目", "supported", "山西省 2021年第2期"],
    ["2021年第二期签约120个项目", "refuted", "山西省 2021年第2期"],
    ["2021年第二次签约120个项目", "supported", "山西省 2021年第2次"],
    ["2021年第二次签约268个项目", "refuted", "山西省 2021年第2次"],
  ])("%s → %s against %s", (text, verdict, target) => {
    const r = judge(text);
    expect(r.verdict).toBe(verdict);
    expect(r.subClaims.map((s) => s.target)).toEqual([target]);
  });
  test("with no round in the unit written, the one round of that number is taken and named in its own unit", () => {
    const r = judge("2021年第二次签约268个项目", onlyPeriod);
    expect(r.verdict).toBe("supported");
    expect(r.subClaims[0].target).toBe("山西省 2021年第2期");
  });
  test("a number no round has is not enough evidence, listing the rounds there in their units", () => {
    const r = judge("2021年第三期签约268个项目");
    expect(r.verdict).toBe("not-enough-evidence");
    expect(r.justification).toContain("第2次");
    expect(r.justification).toContain("第2期");
  });
});

describe("several scopes in one claim", () => {
  const province = { year: 2022, ordinal: 2, date: "2022-06-22", signed: [321] as [number] };
  const taiyuan = { ...province, scope: "太原市", level: "city" as const, signed: [34] as [number] };
  const jinzhong = { ...province, scope: "晋中市", level: "city" as const, signed: [29] as [number] };
  const doc = makeDoc({ body: storyBody("全省"), path: "a.txt", rounds: [province, taiyuan, jinzhong] });
  const { rounds } = mergeDocuments([doc]);
  const judge = (text: string) => judgeClaim(parsed(text), rounds);
  const parts = (text: string) => judge(text).subClaims.map((s) => [s.target, s.claimed, s.verdict]);

  test.each([
    [
      "2022年第二次三个一批，太原签约34个项目，晋中签约29个项目",
      [
        ["太原市 2022年第2次", 34, "supported"],
        ["晋中市 2022年第2次", 29, "supported"],
      ],
    ],
    [
      "2022年第二次三个一批，太原市、晋中市分别签约34个、29个项目",
      [
        ["太原市 2022年第2次", 34, "supported"],
        ["晋中市 2022年第2次", 29, "supported"],
      ],
    ],
    [
      "2022年第二次三个一批，全省签约321个项目，其中太原市签约35个",
      [
        ["山西省 2022年第2次", 321, "supported"],
        ["太原市 2022年第2次", 35, "refuted"],
      ],
    ],
    [
      "2022年第二次三个一批签约项目321个，其中太原市34个",
      [
        ["山西省 2022年第2次", 321, "supported"],
        ["太原市 2022年第2次", 34, "supported"],
      ],
    ],
  ])("%s: each figure against its own scope's round", (text, expected) => expect(parts(text)).toEqual(expected));

  test("全省 right before the round's name names the campaign, not a scope: 太原市在全省第二次…", () => {
    expect(parts("2022年6月22日，太原市在全省第二次三个一批活动中签约项目34个")).toEqual([
      ["太原市 2022年第2次", "2022-06-22", "supported"],
      ["太原市 2022年第2次", 34, "supported"],
    ]);
  });
  test("scopes listed together with one figure (两市共…) are no one scope: said so, nothing judged against either", () => {
    const r = judge("2022年第二次三个一批，太原、晋中两市共签约63个项目");
    expect(r.verdict).toBe("not-enough-evidence");
    expect(r.justification).toContain("太原市、晋中市");
  });
  test("one scope named (even twice) keeps one scope", () => {
    const c = parsed("2022年第二次三个一批，太原市签约34个项目，太原市开工项目37个");
    expect(c.figures.every((f) => f.scope === undefined)).toBe(true);
  });
});

describe("a round's date or venue alone", () => {
  const doc = makeDoc({ body: storyBody("全省"), path: "a.txt", rounds: [{ year: 2022, ordinal: 2, date: "2022-06-22", signed: [321] }] });
  const { rounds } = mergeDocuments([doc]);
  test.each([
    ["2022年第二次三个一批于2022年6月22日举行", "supported"],
    ["2022年第二次三个一批于6月23日举行", "refuted"],
    ["2022年第三次三个一批于6月22日举行", "not-enough-evidence"],
  ])("%s → %s", (text, verdict) => {
    const r = judgeClaim(parsed(text), rounds);
    expect(r.verdict).toBe(verdict);
    expect(r.subClaims.map((s) => s.field)).toEqual(["date"]);
  });
  test("a year written before the date is the date's year", () => {
    expect(parsed("2022年第二次三个一批于2023年6月22日举行").date).toBe("2023-06-22");
  });
  test("with neither a figure, a date nor a venue there is nothing to check", () => {
    expect(parseClaim("2022年第二次三个一批圆满举行")).toMatchObject({ ok: false });
  });
});

describe("words before the figures that name no scope", () => {
  test.each([
    "据统计，2022年第二次三个一批签约321个项目",
    "记者从省商务厅获悉，2022年第二次三个一批签约321个项目",
    "2022年第二次三个一批共签约重点项目321个",
    "2022年第二次三个一批签约项目计划总投资1362.5亿元",
  ])("%s: the province", (text) => expect(parsed(text).scope).toMatchObject({ resolved: true, scope: { name: "山西省" } }));
  test.each([
    ["2022年第二次三个一批，太远签约34个项目", "太远"],
    ["据统计，2022年第二次三个一批太远签约34个项目", "太远"],
    ["2022年第二次三个一批，太远市：签约项目34个", "太远市"],
  ])("%s: an unknown scope, named", (text, written) => expect(parsed(text).scope).toMatchObject({ resolved: false, written }));
});
