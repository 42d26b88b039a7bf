// One stage, one source: a merged stage's count and money are stated together by one article, or the merge records a
// conflict for both. Cases that must record one and cases that must not.
import { describe, expect, test } from "vitest";
import { judgeClaim, parseClaim } from "../../src/check/index.js";
import { mergeDocuments } from "../../src/merge/index.js";
import type { Conflict } from "../../src/schema/index.js";
import { makeDoc, yi } from "./fixtures.js";

type Figures = [number | null, number | null];
// bodies unlike each other, so no article is taken for a repost of another
const BODIES = ["据记者从省发改委获悉，", "本次活动由省政府主办，各市设立分会场，", "活动现场气氛热烈，企业代表纷纷表示，"];
let written = 0;
const article = (name: string, signed: Figures) =>
  makeDoc({
    body: `${name}讯 ${BODIES[written++ % BODIES.length]}`,
    path: `${name}.txt`,
    outlet: name,
    rounds: [{ ordinal: 3, year: 2023, signed }],
  });
const merge = (...docs: ReturnType<typeof article>[]) => mergeDocuments(docs).rounds[0];
const byField = (conflicts: Conflict[]) => Object.fromEntries(conflicts.map((c) => [c.field, c]));

describe("split stages", () => {
  test("count from one article and money from another: a split-stage conflict on each, naming who states it", () => {
    const a = article("甲报", [100, null]);
    const b = article("乙报", [null, yi(500)]);
    const r = merge(a, b);
    expect(r.signed).toMatchObject({ projects: 100, investmentYuan: yi(500) });
    const c = byField(r.conflicts);
    expect(c["signed.projects"]).toEqual({
      field: "signed.projects",
      chosen: 100,
      reason: "split-stage",
      values: [{ value: 100, sources: [a.article.id], quotes: ["签约项目100个"] }],
    });
    expect(c["signed.investmentYuan"]).toMatchObject({ reason: "split-stage", values: [{ sources: [b.article.id] }] });
  });

  test("money stated only by an article whose count lost the vote gets a conflict too", () => {
    const a = article("甲报", [100, yi(500)]);
    const r = merge(a, article("乙报", [101, null]), article("丙报", [101, null]));
    expect(r.signed).toMatchObject({ projects: 101, investmentYuan: yi(500) });
    const c = byField(r.conflicts);
    expect(c["signed.projects"].values).toHaveLength(2);
    expect(c["signed.projects"].reason).toBeUndefined();
    expect(c["signed.investmentYuan"]).toMatchObject({ reason: "split-stage", values: [{ value: yi(500), sources: [a.article.id] }] });
  });

  test.each<[string, Figures[]]>([
    [
      "one article states both, another only the count",
      [
        [100, yi(500)],
        [100, null],
      ],
    ],
    [
      "two articles agree on both",
      [
        [100, yi(500)],
        [100, yi(500)],
      ],
    ],
    [
      "the stage has one figure only",
      [
        [100, null],
        [100, null],
      ],
    ],
  ])("no conflict when %s", (_, figures) => {
    const r = merge(...figures.map((f, i) => article(`报${i}`, f)));
    expect(r.conflicts).toEqual([]);
  });

  test("a claim on a split stage's value is judged on the value, not reported as a dispute", () => {
    const ds = mergeDocuments([article("甲报", [100, null]), article("乙报", [null, yi(500)])]);
    const parsed = parseClaim("2023年第三次三个一批签约项目100个");
    if (!parsed.ok) throw new Error(parsed.reason);
    const report = judgeClaim(parsed.claim, ds.rounds);
    expect(report.verdict).toBe("supported");
  });
});
