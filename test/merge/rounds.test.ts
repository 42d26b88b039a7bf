import { describe, expect, test } from "vitest";
import { mergeDocuments } from "../../src/merge/index.js";
import { vote } from "../../src/merge/vote.js";
import { extractFromBytes } from "../../src/pipeline.js";
import type { MergedSource } from "../../src/schema/index.js";
import { makeDoc, storyBody, yi } from "./fixtures.js";

const src = (articleId: string, independent = true, publishedAt: string | null = "2022-06-23"): MergedSource => ({
  articleId,
  outlet: null,
  publishedAt,
  duplicateGroup: articleId,
  independent,
});
const ev = (quote: string, stated = true) => ({ start: 0, end: quote.length, quote, stated });

describe("vote", () => {
  test("agreeing sources: the value, no conflict", () => {
    expect(
      vote("signed.projects", [
        { value: 5, source: src("a"), evidence: null },
        { value: 5, source: src("b"), evidence: null },
      ]),
    ).toEqual({ value: 5, conflict: null });
  });
  test("a repost never outvotes its original", () => {
    const v = vote("signed.projects", [
      { value: 34, source: src("orig"), evidence: ev("签约项目34个") },
      { value: 43, source: src("r1", false), evidence: ev("签约项目43个") },
      { value: 43, source: src("r2", false), evidence: ev("签约项目43个") },
    ]);
    expect(v.value).toBe(34);
    expect(v.conflict).toEqual({
      field: "signed.projects",
      chosen: 34,
      values: [
        { value: 34, sources: ["orig"], quotes: ["签约项目34个"] },
        { value: 43, sources: ["r1", "r2"], quotes: ["签约项目43个"] },
      ],
    });
  });
  test("stated evidence beats implied", () => {
    const v = vote("year", [
      { value: 2021, source: src("a"), evidence: ev("发布", false) },
      { value: 2022, source: src("b"), evidence: ev("2022年") },
    ]);
    expect(v.value).toBe(2022);
  });
  test("a tie between independent sources goes to the earliest published", () => {
    const v = vote("date", [
      { value: "2022-06-23", source: src("late", true, "2022-06-25"), evidence: null },
      { value: "2022-06-22", source: src("early", true, "2022-06-22"), evidence: null },
    ]);
    expect(v.value).toBe("2022-06-22");
    expect(v.conflict?.values).toHaveLength(2);
  });
});

describe("mergeDocuments rounds", () => {
  const r = { scope: "太原市", level: "city" as const, ordinal: 2, date: "2022-06-22" };
  const original = makeDoc({ body: storyBody("太原"), outlet: "太原日报", path: "orig.txt", rounds: [{ ...r, signed: [34, yi(123.52)] }] });
  const repost = makeDoc({
    body: "来源：太原日报\n" + storyBody("太原"),
    outlet: "新浪",
    path: "repost.txt",
    publishedAt: "2022-06-24",
    rounds: [{ ...r, signed: [43, yi(123.52)] }],
  });
  const other = makeDoc({
    body: "太原市举行项目集中签约，",
    outlet: "山西晚报",
    path: "other.txt",
    rounds: [{ ...r, signed: [34, null], started: [37, yi(92.19)] }],
  });

  test("one merged round per key, sources listed with their group, the conflict with both values", () => {
    const ds = mergeDocuments([original, repost, other]);
    expect(ds.rounds).toHaveLength(1);
    const m = ds.rounds[0];
    expect(m).toMatchObject({
      key: "city|太原市|2022|#2",
      signed: { projects: 34, investmentYuan: 12352000000 },
      started: { projects: 37 },
    });
    expect(m.sources.map((s) => [s.path, s.outlet, s.independent])).toEqual([
      ["orig.txt", "太原日报", true],
      ["repost.txt", "新浪", false],
      ["other.txt", "山西晚报", true],
    ]);
    expect(m.sources[1].duplicateGroup).toBe(ds.duplicateGroups[0].id);
    expect(m.conflicts).toEqual([
      {
        field: "signed.projects",
        chosen: 34,
        values: [
          { value: 34, sources: [original.article.id, other.article.id], quotes: ["签约项目34个"] },
          { value: 43, sources: [repost.article.id], quotes: ["签约项目43个"] },
        ],
      },
    ]);
  });

  test("evidence offsets point into each source's text", () => {
    const ds = mergeDocuments([original, other]);
    const texts = new Map([original, other].map((d) => [d.article.id, d.article.text]));
    for (const e of ds.rounds[0].evidence) expect(texts.get(e.articleId)!.slice(e.start, e.end)).toBe(e.quote);
  });

  test("a venue written as an alias and as the full name is one venue, not a conflict", () => {
    // extraction names the venue canonically (the zone gazetteer), whatever else the batch holds
    const article = (venue: string) =>
      extractFromBytes({
        bytes: Buffer.from(`全省开发区2023年第二次“三个一批”活动举行,主会场设在${venue}。签约项目30个。`),
        source: { path: `${venue}.txt` },
        label: `${venue}.txt`,
        contentType: null,
      });
    const [r] = mergeDocuments([article("山西综改示范区"), article("山西转型综合改革示范区")]).rounds;
    expect(r.venue).toBe("山西转型综合改革示范区");
    expect(r.conflicts).toEqual([]);
  });

  test("merge keeps each mention's venue as extraction gave it (no renaming from the batch's zones)", () => {
    const zone = { name: "山西转型综合改革示范区", kind: "综改示范区", mention: "山西综改示范区" };
    const [r] = mergeDocuments([makeDoc({ rounds: [{ ordinal: 2, venue: "山西综改示范区" }], zones: [zone] })]).rounds;
    expect(r.venue).toBe("山西综改示范区");
  });

  test("a mention with only a date joins the numbered round held that day", () => {
    const numbered = makeDoc({ rounds: [{ ordinal: 2, date: "2022-06-22", signed: [321] }] });
    const dated = makeDoc({ body: "乙", rounds: [{ ordinal: null, date: "2022-06-22", started: [302] }] });
    const ds = mergeDocuments([numbered, dated]);
    expect(ds.rounds).toHaveLength(1);
    expect(ds.rounds[0]).toMatchObject({
      key: "province|山西省|2022|#2",
      ordinal: 2,
      signed: { projects: 321 },
      started: { projects: 302 },
    });
    expect(ds.rounds[0].sources).toHaveLength(2);
  });

  test("a dated mention stays apart when two numbered rounds claim that day, or another scope held it", () => {
    const first = makeDoc({ rounds: [{ ordinal: 1, date: "2022-06-22" }] });
    const second = makeDoc({ body: "乙", rounds: [{ ordinal: 2, date: "2022-06-22" }] });
    const dated = makeDoc({ body: "丙", rounds: [{ ordinal: null, date: "2022-06-22" }] });
    expect(mergeDocuments([first, second, dated]).rounds.map((r) => r.key)).toContain("province|山西省|2022|@2022-06-22");
    const city = makeDoc({ body: "丁", rounds: [{ scope: "太原市", level: "city", ordinal: 2, date: "2022-06-22" }] });
    expect(mergeDocuments([city, dated]).rounds.map((r) => r.key)).toEqual(["province|山西省|2022|@2022-06-22", "city|太原市|2022|#2"]);
  });

  test("rounds without an ordinal are keyed by date; different scopes stay apart", () => {
    const a = makeDoc({
      rounds: [
        { ordinal: null, date: "2022-06-22" },
        { scope: "太原市", level: "city", ordinal: 2 },
      ],
    });
    const b = makeDoc({ body: "另一篇", rounds: [{ ordinal: null, date: "2022-09-01" }] });
    expect(mergeDocuments([a, b]).rounds.map((r) => r.key)).toEqual([
      "province|山西省|2022|@2022-06-22",
      "province|山西省|2022|@2022-09-01",
      "city|太原市|2022|#2",
    ]);
  });
});
