import { describe, expect, test } from "vitest";
import { compareSum, roundingSlack } from "../../src/merge/checks.js";
import { mergeDocuments } from "../../src/merge/index.js";
import type { Check } from "../../src/schema/index.js";
import { makeDoc, yi } from "./fixtures.js";

const taiyuan = { scope: "太原市", level: "city" as const, ordinal: 2, date: "2022-06-22" };
const byCode = (checks: Check[], code: string, field?: string) =>
  checks.filter((c) => c.code === code && (field === undefined || c.field === field));

describe("roundingSlack", () => {
  test.each([
    ["projects", 85, 0],
    ["investmentYuan", yi(123.52), 500_000],
    ["investmentYuan", yi(1288.6), 5_000_000],
    ["investmentYuan", yi(300), 50_000_000],
    ["investmentYuan", 1234, 0.5],
  ] as const)("%s %d → %d", (field, value, slack) => expect(roundingSlack(field, value)).toBe(slack));
});

describe("compareSum", () => {
  test("equal sums pass, unequal counts fail, missing parts skip", () => {
    expect(compareSum("x", "total.projects", "t", [1, 2], 3).status).toBe("pass");
    expect(compareSum("x", "total.projects", "t", [1, 2], 4)).toMatchObject({ status: "fail", expected: 4, actual: 3 });
    expect(compareSum("x", "total.projects", "t", [1, null], 3).status).toBe("skipped");
    expect(compareSum("x", "total.projects", "t", [1, 2], null).status).toBe("skipped");
  });
  test("amounts within the rounding of their last digit pass; beyond it fail", () => {
    expect(compareSum("x", "total.investmentYuan", "t", [yi(0.01), yi(0.01), yi(0.01)], yi(0.04)).status).toBe("pass");
    expect(compareSum("x", "total.investmentYuan", "t", [yi(1.1), yi(1.1)], yi(2.5)).status).toBe("fail");
  });
});

describe("parts vs total", () => {
  test("a city whose parts add up to its total passes, counts and investments", () => {
    const doc = makeDoc({
      rounds: [{ ...taiyuan, signed: [34, yi(123.52)], started: [37, yi(92.19)], producing: [14, yi(32.27)], total: [85, yi(247.98)] }],
    });
    const checks = mergeDocuments([doc]).rounds[0].checks;
    expect(byCode(checks, "parts-vs-total").map((c) => [c.field, c.status])).toEqual([
      ["total.projects", "pass"],
      ["total.investmentYuan", "pass"],
    ]);
  });
  test("a total that does not match its parts fails with both figures", () => {
    const doc = makeDoc({
      rounds: [{ ...taiyuan, signed: [34, yi(123.52)], started: [37, yi(92.19)], producing: [14, yi(32.27)], total: [58, yi(247.98)] }],
    });
    const [projects] = byCode(mergeDocuments([doc]).rounds[0].checks, "parts-vs-total", "total.projects");
    expect(projects).toMatchObject({ status: "fail", expected: 58, actual: 85 });
  });
  test("no stated total: skipped", () => {
    const doc = makeDoc({ rounds: [{ signed: [347], started: [323], producing: [315] }] });
    expect(byCode(mergeDocuments([doc]).rounds[0].checks, "parts-vs-total").map((c) => c.status)).toEqual(["skipped", "skipped"]);
  });
});

describe("summary vs rounds", () => {
  const rounds = [
    { ordinal: 1, date: "2021-03-01", signed: [100, yi(10)] as [number, number] },
    { ordinal: 2, date: "2021-06-01", signed: [200, yi(20)] as [number, number] },
  ].map((r) => ({ ...r, year: 2021 }));
  const summary = (projects: number, rs: number) => ({
    scope: { level: "province" as const, name: "山西省" },
    year: 2021,
    rounds: rs,
    signed: { projects, investmentYuan: yi(30), outputValueYuan: null },
    started: null,
    producing: null,
    total: null,
  });
  test("a summary equal to the sum of its rounds passes", () => {
    const ds = mergeDocuments([makeDoc({ rounds, summaries: [summary(300, 2)] })]);
    expect(ds.checks.map((c) => [c.code, c.field, c.status])).toEqual([
      ["summary-vs-rounds", "signed.projects", "pass"],
      ["summary-vs-rounds", "signed.investmentYuan", "pass"],
    ]);
  });
  test("a summary that disagrees fails", () => {
    const ds = mergeDocuments([makeDoc({ rounds, summaries: [summary(310, 2)] })]);
    expect(ds.checks[0]).toMatchObject({ code: "summary-vs-rounds", status: "fail", expected: 310, actual: 300 });
  });
  test("a summary of four rounds with two in the dataset is skipped, naming the missing rounds", () => {
    const ds = mergeDocuments([makeDoc({ rounds, summaries: [summary(300, 4)] })]);
    expect(ds.checks).toEqual([{ code: "summary-vs-rounds", status: "skipped", message: expect.stringContaining("第3次, 第4次") }]);
  });
});

describe("date order", () => {
  test("dates rising with the ordinal pass; a later round dated earlier fails both ways", () => {
    const ok = mergeDocuments([
      makeDoc({
        rounds: [
          { ordinal: 1, date: "2022-02-26" },
          { ordinal: 2, date: "2022-06-22" },
        ],
      }),
    ]);
    expect(ok.rounds.map((r) => byCode(r.checks, "date-order")[0].status)).toEqual(["pass", "pass"]);
    const bad = mergeDocuments([
      makeDoc({
        rounds: [
          { ordinal: 1, date: "2022-06-22" },
          { ordinal: 2, date: "2022-02-26" },
        ],
      }),
    ]);
    expect(bad.rounds.map((r) => byCode(r.checks, "date-order")[0].status)).toEqual(["fail", "fail"]);
  });
  test("a lone round is skipped; other years and scopes are not siblings", () => {
    const ds = mergeDocuments([
      makeDoc({
        rounds: [
          { ordinal: 2, date: "2022-06-22" },
          { ordinal: 1, year: 2023, date: "2023-03-01" },
          { ...taiyuan, ordinal: 1, date: "2022-12-01" },
        ],
      }),
    ]);
    expect(ds.rounds.map((r) => byCode(r.checks, "date-order")[0].status)).toEqual(["skipped", "skipped", "skipped"]);
  });
});

describe("repeated figures", () => {
  test("the same investment amount in two rounds of one scope fails", () => {
    const ds = mergeDocuments([
      makeDoc({
        rounds: [
          { ordinal: 1, signed: [347, yi(1288.6)] },
          { ordinal: 2, signed: [321, yi(1288.6)] },
        ],
      }),
    ]);
    expect(byCode(ds.rounds[0].checks, "repeated-figures")[0]).toMatchObject({
      status: "fail",
      message: expect.stringContaining("province|山西省|2022|#2"),
    });
  });
  test("the same three project counts fail; one equal count alone passes", () => {
    const same = mergeDocuments([
      makeDoc({
        rounds: [
          { ordinal: 1, signed: [10], started: [20], producing: [30] },
          { ordinal: 2, signed: [10], started: [20], producing: [30] },
        ],
      }),
    ]);
    expect(byCode(same.rounds[1].checks, "repeated-figures")[0].status).toBe("fail");
    const coincidence = mergeDocuments([
      makeDoc({
        rounds: [
          { ordinal: 1, signed: [10], started: [20], producing: [30] },
          { ordinal: 2, signed: [10], started: [21], producing: [31] },
        ],
      }),
    ]);
    expect(byCode(coincidence.rounds[1].checks, "repeated-figures")[0].status).toBe("pass");
  });
});

describe("repeated figures across many rounds", () => {
  /** one document with n rounds of one scope, each on its own day, all stating the same figures */
  const sameFigures = (n: number) =>
    makeDoc({
      rounds: Array.from({ length: n }, (_, i) => {
        const date = new Date(Date.UTC(2022, 0, 1 + i)).toISOString().slice(0, 10);
        return { ordinal: null, date, year: +date.slice(0, 4), signed: [10, yi(12.5)] as [number, number], started: [20], producing: [30] };
      }),
    });

  test("each message names three rounds and counts the rest", () => {
    const ds = mergeDocuments([sameFigures(6)]);
    const check = byCode(ds.rounds[0].checks, "repeated-figures")[0];
    expect(check.status).toBe("fail");
    expect(check.message).toMatch(
      /^signed\.investmentYuan 1250000000 also in (?:province\|山西省\|2022\|@2022-01-0\d, ){2}province\|山西省\|2022\|@2022-01-0\d and 2 more rounds; project counts 10\/20\/30 also in /,
    );
    expect(check.actual).toHaveLength(2);
  });

  test("5,000 rounds sharing figures: the output grows with the rounds, not with their pairs", () => {
    const size = (n: number) => JSON.stringify(mergeDocuments([sameFigures(n)])).length;
    const [small, large] = [size(500), size(5000)];
    // ten times the rounds: about ten times the bytes (each round names three others); pairs would be 100×
    expect(large / small).toBeGreaterThan(9);
    expect(large / small).toBeLessThan(11);
  });
});

describe("rounds without a year", () => {
  const BODIES: Record<string, string> = {
    "a.txt": "晋东开发区举行项目集中签约活动，园区负责人介绍了新材料产业链的招商进展和下一步安排。",
    "b.txt": "河谷经济技术开发区召开推进会，会议听取了数字经济项目的建设情况，部署了年底前的重点任务。",
  };
  const undated = (publishedAt: string | null, path: string, projects: number) =>
    makeDoc({ body: BODIES[path], publishedAt, path, rounds: [{ year: null, ordinal: 1, date: null, signed: [projects] }] });

  test("rounds of articles published in 2022 and 2023 stay apart", () => {
    const ds = mergeDocuments([undated("2022-03-01", "a.txt", 10), undated("2023-03-01", "b.txt", 20)]);
    expect(ds.rounds.map((r) => [r.key, r.signed?.projects, r.conflicts.length])).toEqual([
      ["province|山西省|?|#1|published 2022", 10, 0],
      ["province|山西省|?|#1|published 2023", 20, 0],
    ]);
  });

  test("the same year's mentions still merge; with no publish date each article stands alone", () => {
    const sameYear = mergeDocuments([undated("2022-03-01", "a.txt", 10), undated("2022-05-01", "b.txt", 10)]);
    expect(sameYear.rounds).toHaveLength(1);
    expect(sameYear.rounds[0].sources).toHaveLength(2);
    const noDate = mergeDocuments([undated(null, "a.txt", 10), undated(null, "b.txt", 10)]);
    expect(noDate.rounds).toHaveLength(2);
  });
});
