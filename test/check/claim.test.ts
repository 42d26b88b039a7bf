import { describe, expect, test } from "vitest";
import { parseClaim } from "../../src/check/claim.js";
import { mergeDocuments } from "../../src/merge/index.js";
import { judgeClaim } from "../../src/check/index.js";
import { satisfies } from "../../src/check/verdict.js";
import { findScope } from "../../src/check/scope.js";
import { summariesOf } from "../../src/check/index.js";
import { extractAll } from "../../src/extract/index.js";
import { makeDoc, storyBody, yi } from "../merge/fixtures.js";

describe("parseClaim: must parse", () => {
  test.each([
    [
      "2023年第四次三个一批签约233个项目",
      {
        scope: { resolved: true, scope: { level: "province" } },
        year: 2023,
        ordinals: [4],
        figures: [{ field: "signed.projects", value: 233, qualifier: null, quote: "233个" }],
      },
    ],
    [
      "2021年第一期 开工项目268个 总投资1288.6亿元",
      {
        year: 2021,
        ordinals: [1],
        figures: [
          { field: "started.projects", value: 268 },
          { field: "started.investmentYuan", value: 128860000000, quote: "1288.6亿元" },
        ],
      },
    ],
    [
      "太原市2022年第二次“三个一批”合计85个项目",
      {
        scope: { resolved: true, scope: { level: "city", name: "太原市" } },
        year: 2022,
        ordinals: [2],
        figures: [{ field: "total.projects", value: 85 }],
      },
    ],
    ["二〇二二年第二次 投产项目189个", { year: 2022, ordinals: [2], figures: [{ field: "producing.projects", value: 189 }] }],
    ["2022年第2次投产项目年产值超100亿元", { figures: [{ field: "producing.outputValueYuan", value: yi(100), qualifier: "超" }] }],
    ["2023年8月31日开工项目231个", { ordinals: [], date: "2023-08-31", figures: [{ field: "started.projects", value: 231 }] }],
    [
      "全省2022年第一次签约项目三百四十七个",
      { scope: { resolved: true, scope: { level: "province" }, written: "全省" }, figures: [{ field: "signed.projects", value: 347 }] },
    ],
    ["2022年第二次太原签约34个项目", { scope: { resolved: true, scope: { level: "city", name: "太原市" }, written: "太原" } }],
    ["2022年第二次综改区签约约2800亿", { figures: [{ field: "signed.investmentYuan", value: yi(2800), qualifier: "约" }] }],
    ["2022年第二次签约两千八百亿元", { figures: [{ field: "signed.investmentYuan", value: yi(2800), qualifier: null }] }],
    ["2022年第二次签约2,800亿元", { figures: [{ field: "signed.investmentYuan", value: yi(2800) }] }],
    ["2022年第二次签约0.28万亿", { figures: [{ field: "signed.investmentYuan", value: yi(2800) }] }],
    ["2022年第二次签约一千二百八十八点六亿元", { figures: [{ field: "signed.investmentYuan", value: yi(1288.6) }] }],
    ["2022年第二次签约项目300个以上", { figures: [{ field: "signed.projects", value: 300, qualifier: "以上" }] }],
    [
      "太原市2022年第二次85个项目集中签约开工投产，总投资247.98亿元",
      { figures: [{ field: "total.projects" }, { field: "total.investmentYuan" }] },
    ],
    ["2021年第一期268个项目集中开工", { figures: [{ field: "started.projects", value: 268 }] }],
    [
      "2022年第二次签约、开工、投产项目分别为321个、302个、189个",
      { figures: [{ field: "signed.projects" }, { field: "started.projects" }, { field: "producing.projects" }] },
    ],
    ["2022年第二次全省共推进812个项目", { figures: [{ field: "total.projects", value: 812 }] }],
    [
      "2022年第一次和第二次三个一批分别签约347个和321个项目",
      {
        ordinals: [1, 2],
        aggregate: "respectively",
        figures: [
          { value: 347, roundIndex: 0 },
          { value: 321, roundIndex: 1 },
        ],
      },
    ],
    ["2022年第一、二次三个一批共签约668个项目", { ordinals: [1, 2], aggregate: "sum" }],
    ["2022年第二次三个一批于7月16日举行，签约项目321个", { ordinals: [2], date: "2022-07-16" }],
    [
      "2021年全年共开展4次三个一批，签约项目1427个",
      { summary: true, ordinals: [], figures: [{ field: "rounds", value: 4 }, { value: 1427 }] },
    ],
  ])("%s", (text, want) => {
    const r = parseClaim(text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.claim).toMatchObject(want);
  });
});

describe("parseClaim: must not parse", () => {
  test.each([
    ["签约233个项目", "no year"],
    ["2023年签约233个项目", "no round"],
    ["2023年第四次三个一批", "no figure"],
    ["2023年第四次三个一批签约很多项目", "no figure"],
    ["2023年第四次签约一批项目", "no figure"],
    ["2023年第四次签约233吨", "no figure"],
    ["全市2023年第四次签约233个项目", "which city"],
    ["2022年第一次和第二次分别签约347个项目", "分别 needs one figure per round"],
    ["2023年第四次签约233亩", "no figure"],
  ])("%s → %s", (text, reason) => {
    const r = parseClaim(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });
});

describe("satisfies", () => {
  const f = (value: number, qualifier: string | null = null, field = "signed.investmentYuan" as const) => ({
    field,
    value,
    qualifier,
    quote: "",
  });
  test.each([
    [f(yi(1288.6)), yi(1288.6), true],
    [f(yi(1289)), yi(1288.6), true],
    [f(yi(1288.6)), yi(1288.7), false],
    [f(yi(100), "超"), yi(123.5), true],
    [f(yi(100), "超"), yi(99), false],
    [f(yi(100), "近"), yi(97), true],
    [f(yi(100), "近"), yi(101), false],
    [f(233, null, "signed.projects" as never), 232, false],
    [f(yi(1360), "约"), yi(1362.5), true],
    [f(yi(1300), "约"), yi(1362.5), true],
    [f(yi(1290), "约"), yi(1362.5), false],
    [f(300, "以上", "signed.projects" as never), 321, true],
    [f(330, "以上", "signed.projects" as never), 321, false],
    [f(yi(2800)), yi(2800.4), true],
    [f(yi(2800)), yi(2789.6), false],
  ])("%j vs %d → %s", (figure, recorded, ok) => expect(satisfies(figure, recorded)).toBe(ok));
});

describe("judgeClaim", () => {
  const r = { year: 2023, ordinal: 3, date: "2023-08-31", signed: [263, yi(1500)] as [number, number], started: [231] as [number] };
  const a = makeDoc({ body: storyBody("全省"), outlet: "山西日报", path: "a.txt", rounds: [r] });
  const b = makeDoc({
    body: "来源：山西日报 " + storyBody("全省"),
    outlet: "转载网",
    path: "b.txt",
    publishedAt: "2023-09-03",
    rounds: [{ ...r, started: [213] }],
  });
  const { rounds } = mergeDocuments([a, b]);
  const judge = (text: string) => {
    const p = parseClaim(text);
    if (!p.ok) throw new Error(p.reason);
    return judgeClaim(p.claim, rounds);
  };

  test("supported: every figure matches, each source listed with its quote", () => {
    const rep = judge("2023年第三次签约263个项目，总投资1500亿元");
    expect(rep.verdict).toBe("supported");
    expect(rep.subClaims.map((s) => [s.field, s.verdict])).toEqual([
      ["signed.projects", "supported"],
      ["signed.investmentYuan", "supported"],
    ]);
    expect(rep.subClaims[0].sources).toEqual([
      {
        articleId: a.article.id,
        path: "a.txt",
        outlet: "山西日报",
        publishedAt: "2022-06-23",
        independent: true,
        value: 263,
        quote: "签约项目263个",
      },
      expect.objectContaining({ path: "b.txt", independent: false, value: 263 }),
    ]);
  });

  test("conflicting sources: the claim matches one source, another says otherwise; each value shown with its source", () => {
    const rep = judge("2023年第三次开工项目213个");
    expect(rep.verdict).toBe("conflicting-sources");
    expect(rep.subClaims[0]).toMatchObject({ claimed: 213, recorded: 231 });
    expect(rep.justification).toContain("disagree on started.projects");
    expect(rep.subClaims[0].sources.map((s) => [s.path, s.value, s.quote])).toEqual([
      ["a.txt", 231, "开工项目231个"],
      ["b.txt", 213, "开工项目213个"],
    ]);
  });

  test("refuted: no source says the claimed figure, even where sources disagree", () => {
    expect(judge("2023年第三次开工项目230个").verdict).toBe("refuted");
    expect(judge("2023年第三次签约264个项目")).toMatchObject({
      verdict: "refuted",
      justification: "山西省 2023年第3次 signed.projects is 263, not 264",
    });
  });

  test("not enough evidence: no such round, the round does not state the figure, or a scope not in the dataset", () => {
    expect(judge("2023年第四次签约233个项目")).toMatchObject({ verdict: "not-enough-evidence", subClaims: [{ rounds: [] }] });
    expect(judge("2023年第三次投产项目199个")).toMatchObject({
      verdict: "not-enough-evidence",
      subClaims: [{ rounds: ["province|山西省|2023|#3"], recorded: null }],
    });
    expect(judge("太原市2023年第三次签约263个项目").justification).toContain("no 太原市 2023年第3次 round in the dataset");
    expect(judge("2023年9月1日签约263个项目").justification).toBe(
      "no 山西省 2023-09-01 round in the dataset (its 2023 rounds there: 第3次 2023-08-31)",
    );
  });

  test("a year's claim with no summary in the dataset is not enough evidence", () => {
    expect(judge("2023年全年签约项目263个")).toMatchObject({
      verdict: "not-enough-evidence",
      justification: "no summary of 山西省 2023年全年 in the dataset",
    });
  });
});

describe("findScope: names as written, through the extraction gazetteers", () => {
  test.each([
    ["太原", "city", "太原市"],
    ["太原市", "city", "太原市"],
    ["大同", "city", "大同市"],
    ["综改区", "zone", "山西转型综合改革示范区"],
    ["山西综改示范区", "zone", "山西转型综合改革示范区"],
    ["山西转型综合改革示范区", "zone", "山西转型综合改革示范区"],
    ["晋中国家农高区", "zone", "晋中国家农业高新技术产业示范区"],
    ["长治经开区", "zone", "长治经济技术开发区"],
    ["交城县开发区", "zone", "交城县开发区"],
    ["交城县", "county", "交城县"],
    ["交城", "county", "交城县"],
    ["全省开发区", "province", "山西省"],
    ["山西省", "province", "山西省"],
    ["活动中", "province", "山西省"],
    ["", "province", "山西省"],
  ])("%s → %s %s", (head, level, name) => {
    expect(findScope(head).scope).toMatchObject({ resolved: true, scope: { level, name } });
  });
  test.each([
    ["太远", "太远"],
    ["榆林市", "榆林市"],
    ["河南", "河南"],
    ["某某开发区", "某某"],
    ["太原、晋中两市", "太原、晋中"],
  ])("%s is unknown, named as written", (head, written) => {
    expect(findScope(head).scope).toMatchObject({ resolved: false, written });
  });
});

describe("judgeClaim: cumulative summaries (2020年8月以来…累计)", () => {
  const text = "2020年8月以来，全省开发区累计开展7次“三个一批”活动，累计签约项目2180个，总投资9800亿元。";
  const doc = makeDoc({ body: text, outlet: "山西日报", path: "since.txt", rounds: [] });
  const summaries = summariesOf([{ ...doc, summaries: extractAll({ text: doc.article.text, publishedAt: null, blocked: [] }).summaries }]);
  const judge = (claim: string) => {
    const p = parseClaim(claim);
    if (!p.ok) throw new Error(p.reason);
    return judgeClaim(p.claim, { rounds: [], summaries });
  };
  test.each([
    ["2020年8月以来累计签约项目2180个", "supported"],
    ["2020年8月以来全省开发区累计开展7次三个一批，签约项目总投资近1万亿元", "supported"],
    ["2020年以来累计签约项目2800个", "refuted"],
    ["2021年以来累计签约项目2180个", "not-enough-evidence"],
    ["2020年全年签约项目2180个", "not-enough-evidence"],
  ])("%s → %s", (claim, verdict) => {
    const r = judge(claim);
    expect(r.verdict, r.justification).toBe(verdict);
    if (verdict === "supported") expect(r.subClaims[0].sources[0]).toMatchObject({ path: "since.txt", outlet: "山西日报" });
  });
});
