import { describe, expect, test } from "vitest";
import { findDuplicates } from "../../src/merge/duplicates.js";
import { jaccard, nearDuplicatePairs, shingles, sortedJaccard } from "../../src/merge/fingerprint.js";
import { makeDoc, storyBody } from "./fixtures.js";

const round = { ordinal: 2, date: "2022-06-22", signed: [321] as [number] };

describe("fingerprints", () => {
  test("shingles ignore punctuation and spacing", () => {
    expect(shingles("开发区 项目，集中签约")).toEqual(shingles("开发区项目集中签约"));
  });
  test("jaccard of identical and disjoint sets", () => {
    expect(jaccard(new Set(["a", "b"]), new Set(["a", "b"]))).toBe(1);
    expect(jaccard(new Set(["a"]), new Set(["b"]))).toBe(0);
  });
  test("shingles are sorted without repeats, so sets intersect by a merge walk", () => {
    const s = shingles("签约项目签约项目签约项目");
    expect([...s]).toEqual([...new Set(s)].sort((x, y) => x - y));
    expect(s.length).toBe(4); // 签约项目签 约项目签约 项目签约项 目签约项目
  });
  test.each([
    ["same text", "开发区项目集中签约仪式举行", "开发区项目集中签约仪式举行"],
    ["overlapping", "开发区项目集中签约仪式举行", "开发区项目集中开工仪式举行"],
    ["disjoint", "开发区项目集中签约", "冬季供暖安全生产工作会议"],
    ["both empty", "", ""],
  ])("sortedJaccard equals jaccard of the sets: %s", (_, a, b) => {
    expect(sortedJaccard(shingles(a), shingles(b))).toBe(jaccard(new Set(shingles(a)), new Set(shingles(b))));
  });
  test("sortedJaccard counts shared shingles exactly", () => {
    expect(sortedJaccard(Uint32Array.of(1, 3, 5, 7), Uint32Array.of(3, 4, 5))).toBe(2 / 5);
    expect(sortedJaccard(Uint32Array.of(1, 2), Uint32Array.of(3, 4))).toBe(0);
  });
  // reports that share stock phrases (and may crowd one LSH bucket) never pair up; the real repost still does
  test("forty reports sharing boilerplate: only the repost pair", () => {
    let seed = 7;
    const han = () => String.fromCharCode(0x4e00 + ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 0x5000));
    const stock = "全省开发区2023年第三次“三个一批”活动举行，省领导出席活动并讲话。";
    const reports = Array.from({ length: 40 }, () => stock + Array.from({ length: 120 }, han).join(""));
    const pairs = nearDuplicatePairs([...reports, "转自某报 " + reports[17]]);
    expect(pairs.map((p) => [p.a, p.b])).toEqual([[17, 40]]);
  });
  test("a story with one changed figure is a near duplicate; a different story is not", () => {
    const a = storyBody("太原") + "签约项目34个，总投资123.52亿元。";
    const b = "原标题：某某\n" + storyBody("太原") + "签约项目43个，总投资123.52亿元。";
    const other =
      "省政府常务会议研究部署冬季供暖和安全生产工作，要求各地压实责任、排查隐患，确保群众温暖过冬。" +
      "会议还审议了有关地方性法规草案，决定提请省人大常委会审议。";
    const pairs = nearDuplicatePairs([a, b, other]);
    expect(pairs.map((p) => [p.a, p.b])).toEqual([[0, 1]]);
    expect(pairs[0].similarity).toBeGreaterThan(0.7);
  });
  // a rewrite keeps whole sentences but rewords the lead: still one story
  const lead = "9月5日，全省开发区2024年第三次“三个一批”活动在大同经开区举行，";
  const kept = "省长王某主持会议并讲话。活动现场签约了一批新材料和储能项目，多位企业负责人表示将加快建设进度。省领导张某、刘某出席活动。";
  const rewrite = "大同经开区主会场9月5日举行全省开发区第三次“三个一批”活动，" + kept.split("。").reverse().join("。");
  const otherReport =
    "本报讯 全省开发区2024年第三次“三个一批”活动举行。记者在吕梁分会场看到，十余个煤化工延链项目同日开工，当地干部介绍了园区标准地改革的做法。";
  test.each([
    ["a rewrite that keeps whole sentences", lead + kept, rewrite, true],
    ["another newsroom's report of the same round", lead + kept, otherReport, false],
  ])("%s → near duplicate: %s", (_, a, b, want) => {
    expect(nearDuplicatePairs([a, b]).length === 1).toBe(want);
  });

  test("empty texts are never duplicates of each other", () => {
    expect(nearDuplicatePairs(["", ""])).toEqual([]);
  });
});

describe("findDuplicates", () => {
  const original = makeDoc({ body: storyBody("全省"), outlet: "山西日报", publishedAt: "2022-06-23", path: "a.txt", rounds: [round] });
  const repost1 = makeDoc({
    body: "原标题：全省开发区活动举行 来源：山西日报\n" + storyBody("全省"),
    outlet: "新浪山西",
    repostOf: ["山西日报"],
    publishedAt: "2022-06-23T09:00+08:00",
    path: "b.txt",
    rounds: [round],
  });
  const repost2 = makeDoc({
    body: "转自山西日报 " + storyBody("全省"),
    outlet: "网易新闻",
    repostOf: ["山西日报"],
    publishedAt: "2022-06-22",
    path: "c.txt",
    rounds: [{ ...round, signed: [312] }],
  });
  const unrelated = makeDoc({ body: "省政府常务会议研究部署冬季供暖和安全生产工作，要求各地压实责任、排查隐患。", path: "d.txt" });

  test("reposts form one near group whose original is the outlet they name", () => {
    const { groups, sources } = findDuplicates([repost1, original, repost2, unrelated]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ kind: "near", original: original.article.id });
    expect(new Set(groups[0].articles)).toEqual(new Set([original.article.id, repost1.article.id, repost2.article.id]));
    expect(sources.map((s) => s.independent)).toEqual([false, true, false, true]);
    expect(sources[0].duplicateGroup).toBe(groups[0].id);
    expect(sources[3].duplicateGroup).toBe(unrelated.article.id);
  });

  test("the same article read twice is an exact group; the first read is the original", () => {
    const { groups, sources } = findDuplicates([original, { ...original, article: { ...original.article, source: { path: "copy.txt" } } }]);
    expect(groups).toEqual([
      {
        id: `dup-${original.article.id}`,
        articles: [original.article.id, original.article.id],
        original: original.article.id,
        kind: "exact",
      },
    ]);
    expect(sources.map((s) => [s.path, s.independent])).toEqual([
      ["a.txt", true],
      ["copy.txt", false],
    ]);
  });

  test("an origin no member of the group carries as its outlet is ignored", () => {
    const a = makeDoc({ body: storyBody("全省") + "现场签约。", outlet: "甲报", publishedAt: "2022-06-25", repostOf: ["丙报"] });
    const b = makeDoc({ body: storyBody("全省") + "现场开工。", outlet: "乙报", publishedAt: "2022-06-23", repostOf: ["丙报"] });
    expect(findDuplicates([a, b]).groups[0].original).toBe(b.article.id);
  });

  test("with no outlet named, the earliest publishedAt is the original", () => {
    const later = makeDoc({ body: storyBody("全省") + "现场签约。", outlet: "甲报", publishedAt: "2022-06-25" });
    const earlier = makeDoc({ body: storyBody("全省") + "现场开工。", outlet: "乙报", publishedAt: "2022-06-23" });
    const { groups } = findDuplicates([later, earlier]);
    expect(groups[0].original).toBe(earlier.article.id);
  });
});
