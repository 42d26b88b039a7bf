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
