import { describe, expect, test } from "vitest";
import type { RoundMention, Warning } from "../../src/schema/index.js";
import type { ExtractContext } from "../../src/extract/context.js";
import { extractRounds } from "../helpers/extract.js";
import { expectHonestEvidence, forExtractor } from "../helpers/expect.js";

const PUBLISHED = "2023-09-20";
const ctxOf = (text: string, blocked: ExtractContext["blocked"] = []): ExtractContext => ({ text, publishedAt: PUBLISHED, blocked });
const { expectSingle, expectNone } = forExtractor((text) => extractRounds(ctxOf(text), []));
const PROVINCE = { level: "province", name: "山西省" };

const MUST_MATCH: [string, string, Record<string, unknown>][] = [
  [
    "full phrasing with a partial date",
    "9月15日,全省开发区2021年第三次“三个一批”活动在各市同步举行。本次活动共签约项目210个、开工项目198个、投产项目150个。",
    {
      scope: PROVINCE,
      year: 2021,
      ordinal: 3,
      date: "2021-09-15",
      signed: { projects: 210 },
      started: { projects: 198 },
      producing: { projects: 150 },
    },
  ],
  [
    "the long campaign name between ordinal and 三个一批",
    "全省开发区2022年第四次项目集中签约一批、开工一批、投产一批“三个一批”活动今天举行,签约项目88个。",
    { year: 2022, ordinal: 4, signed: { projects: 88, investmentYuan: null }, started: null },
  ],
  ["第一期 without quotes", "2021年第一期三个一批活动,签约项目40个、开工项目41个。", { year: 2021, ordinal: 1, started: { projects: 41 } }],
  [
    "rewritten copy: 合同项目 and 生产项目",
    "全省开发区2022年第三次“三个一批”活动中,合同项目120个、开工项目100个、生产项目80个。",
    { signed: { projects: 120 }, started: { projects: 100 }, producing: { projects: 80 } },
  ],
  [
    "headline form before the anchor",
    "签约300个、开工280个、投产160个!全省开发区2024年第一次“三个一批”活动举行\n",
    { year: 2024, ordinal: 1, signed: { projects: 300 }, started: { projects: 280 }, producing: { projects: 160 } },
  ],
  [
    "quoted stage, number-first and 集中签约 phrasings",
    "全省开发区2023年第二次“三个一批”活动,“签约一批”项目56个;开工57个项目;集中投产项目58个。",
    { signed: { projects: 56 }, started: { projects: 57 }, producing: { projects: 58 } },
  ],
  [
    "总投资 and 预计年产值 bound to their stage",
    "2023年第二次“三个一批”活动中,全省开发区签约项目56个,总投资321.45亿元,预计年产值80.5亿元;开工项目57个,总投资9000万元。",
    {
      signed: { projects: 56, investmentYuan: 32145000000, outputValueYuan: 8050000000 },
      started: { projects: 57, investmentYuan: 90000000 },
    },
  ],
  [
    "an amount before the count joined by 的 is that count's, never the stage's before it",
    "全省开发区2024年第二次“三个一批”活动中,签约项目31个,总投资96.4亿元的26个项目集中开工。",
    { signed: { projects: 31, investmentYuan: null }, started: { projects: 26, investmentYuan: 9640000000 } },
  ],
  [
    "共推进项目 as the total",
    "全省开发区2023年第二次“三个一批”活动,共推进项目300个,总投资1288.6亿元。",
    { total: { projects: 300, investmentYuan: 128860000000 }, signed: null },
  ],
  [
    "签约、开工、投产项目N个 as the total",
    "全省开发区2023年第二次“三个一批”活动,共集中签约、开工、投产项目783个,总投资2000亿元。",
    { total: { projects: 783, investmentYuan: 200000000000 }, signed: null, started: null, producing: null },
  ],
  [
    "省主会场 X as the venue",
    "全省开发区2023年第一次“三个一批”活动举行,省委书记在省主会场长治高新区出席活动。",
    // the venue is named canonically where it is found; its evidence quotes it as written
    {
      venue: "长治高新技术产业开发区",
      ordinal: 1,
      evidence: expect.arrayContaining([expect.objectContaining({ field: "venue", quote: "长治高新区" })]),
    },
  ],
  [
    "在 X 主会场 as the venue",
    "全省开发区2023年第一次“三个一批”活动举行,省领导在运城经济技术开发区主会场出席活动。",
    { venue: "运城经济技术开发区" },
  ],
  [
    "今年第N次: year implied from the publish date",
    "今年第二次“三个一批”活动,全省开发区签约项目12个。",
    { year: 2023, ordinal: 2, signed: { projects: 12 } },
  ],
  [
    "合同项目 alone in a sentence naming the round",
    "二〇二四年第二次“三个一批”活动举行,全省开发区合同项目64个,总投资210亿元。",
    { year: 2024, ordinal: 2, signed: { projects: 64, investmentYuan: 21000000000 }, started: null },
  ],
  [
    "达产后可实现年产值 and 预计新增年产值 after the tally",
    "全省开发区2023年第四次“三个一批”活动中,签约项目70个,总投资300亿元,达产后可实现年产值120亿元;投产项目40个,预计新增年产值35.5亿元。",
    {
      signed: { projects: 70, investmentYuan: 30000000000, outputValueYuan: 12000000000 },
      producing: { projects: 40, outputValueYuan: 3550000000 },
    },
  ],
  [
    "N个项目集中开工 is one stage's count; 项目全部建成达产后,预计年产值 its output",
    "全省开发区2022年第三期三个一批活动举行。本期共有154个项目集中开工,总投资610.5亿元,项目全部建成达产后,预计年产值700亿元。",
    { ordinal: 3, started: { projects: 154, investmentYuan: 61050000000, outputValueYuan: 70000000000 }, signed: null, total: null },
  ],
  [
    "N个项目集中投产 after 本轮",
    "全省开发区2024年第二次“三个一批”活动中,本轮77个项目集中投产。",
    { producing: { projects: 77 }, total: null },
  ],
  [
    "去年第N次: the year before the publish year, implied",
    "去年第四次“三个一批”活动中,全省开发区签约项目205个。",
    { year: 2022, ordinal: 4, signed: { projects: 205 } },
  ],
  [
    "活动 with its date before 在X举行 gives the venue",
    "全省开发区2023年第二次“三个一批”活动于6月9日上午在运城经开区举行,签约项目77个。",
    { date: "2023-06-09", venue: "运城经济技术开发区", signed: { projects: 77 } },
  ],
  [
    "投资总额 and a stage's own 签约总投资 bound to the stage",
    "全省开发区2023年第二次“三个一批”活动中,签约项目77个,投资总额410亿元;开工项目60个,开工总投资95亿元。",
    { signed: { projects: 77, investmentYuan: 41000000000 }, started: { projects: 60, investmentYuan: 9500000000 } },
  ],
  [
    "a qualified amount is not an exact investment",
    "全省开发区2023年第一次“三个一批”活动签约项目30个,总投资约50亿元。",
    { signed: { projects: 30, investmentYuan: null } },
  ],
];
// the normalized text keeps full-width punctuation: every case must also hold with ，；！
const fullWidth = (t: string) => t.replace(/,/g, "，").replace(/;/g, "；").replace(/!/g, "！");

describe("rounds: must match", () => {
  test.each(MUST_MATCH)("%s", (_name, text, check) => {
    const found = expectSingle(text, check);
    expect(found.evidence.length).toBeGreaterThan(0);
  });
  test.each(MUST_MATCH)("%s (full-width punctuation)", (_name, text, check) => {
    expectSingle(fullWidth(text), check);
  });

  test("evidence names each field and quotes it", () => {
    const text = "8月31日,全省开发区2023年第三次“三个一批”活动举行,共签约项目263个,总投资100亿元。";
    const [round] = extractRounds(ctxOf(text), []);
    // the first evidence of a field quotes its value (as merge reads it); a date's second quotes the year it took
    const byField = Object.fromEntries([...round.evidence].reverse().map((e) => [e.field, e]));
    expect(byField["signed.projects"]).toMatchObject({ quote: "签约项目263个", stated: true, extractor: "rounds" });
    expect(byField["signed.investmentYuan"]).toMatchObject({ quote: "总投资100亿元" });
    expect(byField["date"]).toMatchObject({ quote: "8月31日", stated: false });
    expect(byField["ordinal"].quote).toContain("2023年第三次");
    expectHonestEvidence(text, round);
  });
});

describe("rounds: a month-day takes the year of the round named in its sentence (real press: reposts with no date)", () => {
  const noDate = (text: string): ExtractContext => ({ text, publishedAt: null, blocked: [] });
  test.each([
    ["12月1日,全省开发区2023年第四次“三个一批”活动在各市同步举行。", 2023, 4, "2023-12-01"],
    ["2月26日,临汾市举行开发区2022年第一次“三个一批”活动。", 2022, 1, "2022-02-26"],
    ["按照省委统一安排,11月26日,我市与全省同步举行开发区2024年第四次“三个一批”活动。", 2024, 4, "2024-11-26"],
    ["全省开发区二〇二一年第三次“三个一批”活动7月16日举行。", 2021, 3, "2021-07-16"],
    ["8月31日上午,由省委、省政府主办的全省开发区2023年第三次“三个一批”活动举行。", 2023, 3, "2023-08-31"],
  ])("%s", (text, year, ordinal, date) => {
    const round = extractRounds(noDate(text)).find((r) => r.scope.level === "province");
    expect(round).toMatchObject({ year, ordinal, date });
    const evidence = round?.evidence.filter((e) => e.field === "date") ?? [];
    // the month-day is quoted as not stated, then the round name's year it took
    expect(evidence.map((e) => [e.quote.endsWith("日"), e.stated])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(evidence[1].quote).toMatch(/年$/u);
    expectHonestEvidence(text, round!);
  });
  test("must not, with a publish date: the date of another event two clauses before the round", () => {
    const text = "3月11日,市政府召开会议,传达学习省领导在全省开发区2022年第一次“三个一批”活动上的讲话精神。";
    expect(extractRounds({ text, publishedAt: "2022-03-14", blocked: [] }).map((r) => r.date)).toEqual([null]);
  });
  test("the round's year, not the publish date's, for a repost published the next year", () => {
    const ctx: ExtractContext = { text: "12月1日,全省开发区2023年第四次“三个一批”活动举行。", publishedAt: "2024-02-10", blocked: [] };
    expect(extractRounds(ctx)[0]?.date).toBe("2023-12-01");
  });
  test.each([
    ["a date in another sentence", "12月8日,忻州经开区举行推介会。全省开发区2024年第四次“三个一批”活动举行。"],
    ["a sentence naming two years", "12月8日,全省开发区2023年第四次“三个一批”活动举行,2024年将继续开展。"],
    ["a round whose year is not written", "12月8日,全省开发区第四次“三个一批”活动举行。"],
    [
      "a date two clauses before the round (a meeting studying a speech given at it)",
      "3月11日,市政府召开会议,传达学习省领导在全省开发区2022年第一次“三个一批”活动上的讲话精神。",
    ],
    ["a round another province names", "12月8日,河南省2024年第四次“三个一批”活动举行。全省开发区2024年第四次“三个一批”活动举行。"],
  ])("must not, with no publish date: %s", (_, text) => {
    const rounds = extractRounds(noDate(text));
    expect(rounds.length).toBeGreaterThan(0);
    expect(rounds.map((r) => r.date)).toEqual(rounds.map(() => null));
  });
});

// real press: the province's venue said as the city the main venue is in (与太原主会场同步举行), as the page's own zone
// (活动暨…推进会在我区举行), and a city's own venues (我市“签约一批”活动在X举行, 吕梁市在X举行…) that are never the province's
describe("rounds: venues of real press", () => {
  const zone = "山西转型综合改革示范区晋中开发区";
  test.each([
    [
      "与太原主会场同步举行 names the province's venue",
      "2月26日,临汾市举行开发区2022年第一次“三个一批”活动。此次活动以视频连线方式与太原主会场同步举行。",
      "太原",
    ],
    [
      "活动暨…在我区举行: the one zone the article names",
      "综改区晋中开发区大事记。7月16日,全省开发区2021年第三次“三个一批”活动暨改革推进会在我区举行。",
      zone,
    ],
    ["活动在我区举行", "综改区晋中开发区大事记。7月16日,全省开发区2021年第三次“三个一批”活动在我区举行。", zone],
  ])("%s", (_name, text, venue) => {
    const round = extractRounds(ctxOf(text)).find((r) => r.scope.level === "province");
    expect(round?.venue).toBe(venue);
    expectHonestEvidence(text, round!);
  });

  test("活动在我市举行 is the article's city when the context stage knows it", () => {
    const text = "8月31日,全省开发区2023年第三次“三个一批”活动在我市举行。";
    const article = { province: "山西省", city: "晋中市", county: null, level: "city" as const, evidence: [] };
    expect(extractRounds({ ...ctxOf(text), article })[0]?.venue).toBe("晋中市");
    expect(extractRounds(ctxOf(text))[0]?.venue).toBeNull();
  });

  test("吕梁市在X举行… is the venue of 吕梁市's round, not the province's", () => {
    const text =
      "11月26日,全省开发区2024年第四次“三个一批”活动前,吕梁市在吕梁经开区数字经济产业园举行开发区2024年第四次项目集中开工仪式。此次“三个一批”活动,吕梁市共签约项目12个。";
    const rounds = extractRounds(ctxOf(text));
    expect(rounds.map((r) => [r.scope.name, r.venue])).toEqual([
      ["山西省", null],
      ["吕梁市", "吕梁经开区数字经济产业园"],
    ]);
    rounds.forEach((r) => expectHonestEvidence(text, r));
  });

  test.each([
    [
      "我市“签约一批”活动在X举行",
      "11月26日,我市与全省同步举行开发区2024年第四次“三个一批”活动。与全省活动同步,我市“签约一批”活动在中北高新区管委会政务服务中心举行。",
    ],
    ["a 分会场's 活动在X举行", "全省开发区2024年第四次“三个一批”活动举行。大同分会场活动在大同经济技术开发区举行。"],
    ["我区 when the article names two zones", "长治高新区和长治经开区。全省开发区2021年第三次“三个一批”活动在我区举行。"],
    ["我区 when the article names no zone", "全省开发区2021年第三次“三个一批”活动在我区举行。"],
    [
      "a city's own venue when the city has no round here",
      "全省开发区2024年第四次“三个一批”活动前,吕梁市在吕梁经开区举行项目集中开工仪式。",
    ],
  ])("must not: no province venue from %s", (_name, text) => {
    const rounds = extractRounds(ctxOf(text));
    expect(rounds.map((r) => [r.scope.name, r.venue])).toEqual([["山西省", null]]);
  });
});

// real press: a rewritten copy (r1-005) names the round by its three stages, never writing 三个一批, and its tallies as
// 合同项目 (signed) and 生产项目 (producing)
describe("rounds: a round named by its three stages, without 三个一批", () => {
  test("YYYY年第N期项目集中签约,开工一批、生产一批…活动 with 合同项目/生产项目", () => {
    const text =
      "1月5日,山西全省开发区2022年第一期项目集中签约,开工一批、生产一批三批活动在各市同步举行。此次活动,合同项目120个,总投资900亿元,开工项目100个,生产项目80个。";
    const rounds = extractRounds({ text, publishedAt: null, blocked: [] });
    expect(rounds).toHaveLength(1);
    expect(rounds[0]).toMatchObject({
      scope: PROVINCE,
      year: 2022,
      ordinal: 1,
      date: "2022-01-05",
      signed: { projects: 120, investmentYuan: 90000000000 },
      started: { projects: 100 },
      producing: { projects: 80 },
    });
    expectHonestEvidence(text, rounds[0]);
  });
  test.each([
    ["one stage only", "2022年第一期项目集中签约仪式举行,合同项目120个,开工项目100个。"],
    ["no year written", "第一期项目集中签约,开工一批、投产一批活动举行,签约项目120个,开工项目100个。"],
    ["another province's", "河南省2022年第一期项目集中签约,开工一批、投产一批活动举行,签约项目120个,开工项目100个。"],
    ["a round only planned", "确保2022年第二期项目集中签约,开工一批、投产一批活动顺利举行,签约项目120个,开工项目100个。"],
  ])("must not: %s", (_name, text) => expectNone(text));
});

describe("rounds: scope", () => {
  test("a city's figures are their own mention sharing year, ordinal and date", () => {
    const text =
      "6月20日,全省开发区2022年第二次“三个一批”活动举行,全省开发区共签约项目300个。" +
      "大同市与全省同步举行开发区2022年第二次“三个一批”活动。大同市40个项目集中签约开工投产,总投资150.5亿元。" +
      "本次活动,大同市签约项目15个,总投资60.12亿元;开工项目20个,总投资70亿元;投产项目5个,总投资20.38亿元。";
    const rounds = extractRounds(ctxOf(text), []);
    expect(rounds).toHaveLength(2);
    expect(rounds[0]).toMatchObject({ scope: PROVINCE, signed: { projects: 300 }, total: null });
    expect(rounds[1]).toMatchObject({
      scope: { level: "city", name: "大同市" },
      year: 2022,
      ordinal: 2,
      date: "2022-06-20",
      venue: null,
      signed: { projects: 15, investmentYuan: 6012000000 },
      started: { projects: 20, investmentYuan: 7000000000 },
      producing: { projects: 5, investmentYuan: 2038000000 },
      total: { projects: 40, investmentYuan: 15050000000 },
    });
    rounds.forEach((r) => expectHonestEvidence(text, r));
  });
});

describe("rounds: more scopes and phrasings", () => {
  test("a zone's breakdown (two stages or a total) is the zone's own mention", () => {
    const text = "全省开发区2023年第三次“三个一批”活动中,长治经开区签约项目12个,总投资30亿元;开工项目8个。";
    const rounds = extractRounds(ctxOf(text), []);
    expect(rounds.map((r) => [r.scope.level, r.scope.name, r.signed?.projects ?? null, r.started?.projects ?? null])).toEqual([
      ["province", "山西省", null, null],
      ["zone", "长治经济技术开发区", 12, 8],
    ]);
  });

  test.each([
    ["综改区", "山西转型综合改革示范区"],
    ["晋中国家农高区", "晋中国家农业高新技术产业示范区"],
    ["长治高新区", "长治高新技术产业开发区"],
    ["襄垣经济技术开发区", "襄垣经济技术开发区"],
  ])("a zone scope written %s is named in full: %s", (mention, full) => {
    const text = `全省开发区2022年第二次“三个一批”活动中,${mention}签约项目41个,开工项目38个。`;
    const zone = extractRounds(ctxOf(text), []).find((r) => r.scope.level === "zone");
    expect(zone?.scope.name).toBe(full);
    expect(zone?.evidence.find((e) => e.field === "scope")?.quote).toContain(mention);
  });

  test("a zone's single figure stays a figure, not a round", () => {
    const text = "全省开发区2023年第三次“三个一批”活动举行。从区域看,长治经开区签约项目12个,晋城经开区开工项目9个。";
    expect(extractRounds(ctxOf(text), []).map((r) => r.scope.level)).toEqual(["province"]);
  });

  test("其中 carries the subject of the sentence before", () => {
    const text =
      "全省开发区2022年第一次“三个一批”活动中,朔州市共有40个项目参加集中签约、开工和投产,总投资80.5亿元。\n其中,签约项目15个,总投资30亿元;开工项目25个。";
    const rounds = extractRounds(ctxOf(text), []);
    expect(rounds[1]).toMatchObject({
      scope: { level: "city", name: "朔州市" },
      total: { projects: 40, investmentYuan: 8050000000 },
      signed: { projects: 15, investmentYuan: 3000000000 },
      started: { projects: 25 },
    });
  });

  test("Chinese numerals right after 项目 are counts", () => {
    expectSingle("全省开发区二〇二二年第二次“三个一批”活动举行,全省集中签约项目三百二十一个,开工项目三百零二个。", {
      signed: { projects: 321 },
      started: { projects: 302 },
    });
  });

  test("a year in Chinese numerals", () => {
    const [round] = extractRounds(ctxOf("二〇二三年第三次“三个一批”活动举行,签约项目9个。"), []);
    expect(round).toMatchObject({ year: 2023, ordinal: 3, signed: { projects: 9 } });
  });

  test.each([
    ["在主会场或分会场出席", "全省开发区2023年第一次“三个一批”活动举行,省领导在主会场或分会场出席活动。"],
    ["在省主会场出席", "全省开发区2023年第一次“三个一批”活动举行,省领导在省主会场出席活动并讲话。"],
  ])("no venue from %s", (_name, text) => {
    expectSingle(text, { venue: null });
  });

  test("tallies in an earlier paragraph do not read forward to a later round", () => {
    const text = "全省开发区签约项目300个、开工项目200个。\n全省开发区2023年第三次“三个一批”活动举行。";
    expectSingle(text, { signed: null, started: null });
  });
});

describe("rounds: counts shared by several subjects", () => {
  test.each([
    ["分别 after two cities", "全省开发区2023年第二次“三个一批”活动举行。吕梁市、忻州市分别签约项目21个、17个。"],
    ["a list of cities before one count", "全省开发区2023年第二次“三个一批”活动举行。吕梁市和忻州市签约项目38个。"],
    ["分别 after a city and a zone", "全省开发区2023年第二次“三个一批”活动中,长治市与长治高新区分别开工项目9个、6个,投产项目3个、2个。"],
  ])("%s: no city is given the count", (_name, text) => {
    expect(extractRounds(ctxOf(text), []).map((r) => r.scope.level)).toEqual(["province"]);
  });

  test.each([
    ["两市 before a count", "全省开发区2023年第二次“三个一批”活动举行,吕梁、忻州两市共有58个项目参加。"],
    ["N个项目集中签约开工 names two stages", "全省开发区2023年第二次“三个一批”活动举行,本次共有58个项目集中签约开工。"],
  ])("%s: no province count", (_name, text) => {
    expectSingle(text, { signed: null, started: null, total: null });
  });

  test.each([
    ["a zone named without a known suffix", "全省开发区2023年第二次“三个一批”活动举行。本次活动中忻州开发区开工项目9个、投产项目5个。"],
    ["a county's zone", "全省开发区2023年第二次“三个一批”活动举行,本次活动中原平经开区签约项目4个。"],
  ])("%s: its counts are not the province's", (_name, text) => {
    expectSingle(text, { signed: null, started: null, producing: null });
  });

  test.each([
    ["全省N家开发区", "全省开发区2023年第二次“三个一批”活动举行,本次活动全省90家开发区共签约项目250个。"],
    ["各开发区", "全省开发区2023年第二次“三个一批”活动举行,各开发区共签约项目250个。"],
  ])("%s is the province", (_name, text) => {
    expectSingle(text, { scope: PROVINCE, signed: { projects: 250 } });
  });

  test("a city written without 市 is the city", () => {
    const text = "全省开发区2023年第二次“三个一批”活动举行,吕梁签约项目21个,忻州签约项目17个、开工项目8个。";
    const rounds = extractRounds(ctxOf(text), []);
    expect(rounds.map((r) => [r.scope.level, r.scope.name, r.signed?.projects])).toEqual([
      ["province", "山西省", undefined],
      ["city", "吕梁市", 21],
      ["city", "忻州市", 17],
    ]);
    expect(rounds[1].evidence.find((e) => e.field === "scope")?.quote).toBe("吕梁");
  });

  test("two cities each with their own tallies are two mentions", () => {
    const text = "全省开发区2023年第二次“三个一批”活动举行。吕梁市签约项目21个、开工项目11个;忻州市签约项目17个、开工项目8个。";
    const rounds = extractRounds(ctxOf(text), []);
    expect(rounds.map((r) => [r.scope.name, r.signed?.projects, r.started?.projects])).toEqual([
      ["山西省", undefined, undefined],
      ["吕梁市", 21, 11],
      ["忻州市", 17, 8],
    ]);
  });
});

describe("rounds: must not match (look-alikes)", () => {
  test.each([
    ["another province's numbered campaign", "河南省第六期“三个一批”项目建设活动举行,签约项目100个、开工项目90个。"],
    ["another province with a year", "陕西省2023年第二次“三个一批”活动中,签约项目50个、开工项目60个。"],
    ["a city's 重点项目集中开工", "2021年运城市第二批重点项目集中开工,开工项目30个,总投资200亿元。"],
    ["a county's own round", "洪洞县2023年第一次“三个一批”项目集中签约,签约项目8个、开工项目9个。"],
    ["tallies without any round", "今年以来,全省开发区累计签约项目500个、开工项目400个。"],
    ["vague amounts", "十几个项目签约,数百个项目开工。"],
    ["a lone bare stage count", "据悉,签约300个。"],
    ["another province's city", "榆林市2023年第二次“三个一批”项目集中签约活动举行,签约项目45个、开工项目30个。"],
    ["a numbered meeting that mentions the campaign", "省政府2023年第一次常务会议强调,要滚动开展“三个一批”活动,签约项目10个。"],
  ])("%s", (_name, text) => expectNone(text));

  test.each([
    ["a year's total in the anchor's sentence", "会议总结了2023年第三次“三个一批”活动成果,全年累计签约项目1126个。"],
    ["another count after the round", "全省开发区2023年第四次“三个一批”活动举行。会上通报,全省重点工程签约项目500个。"],
    ["安全生产项目 is no producing stage", "全省开发区2023年第一次“三个一批”活动举行。另据统计,全省安全生产项目50个。"],
  ])("%s is not the round's tally", (_name, text) => {
    expectSingle(text, { signed: null, producing: null });
  });

  test("a running total in the same article is not the round's", () => {
    const text = "全省开发区2023年第三次“三个一批”活动举行。今年以来,全省开发区累计签约项目900个。";
    const [round] = extractRounds(ctxOf(text), []);
    expect(round.signed).toBeNull();
  });

  test.each([
    ["今年以来 qualifying the ordinal", "这是今年以来全省开发区的第二次“三个一批”活动,签约项目48个。", 48],
    ["a running total before the anchor in the sentence", "年初以来全省开发区累计签约项目600个,其中第二次“三个一批”活动签约项目48个。", 48],
  ])("%s: the round's count is kept", (_name, text, projects) => {
    expectSingle(text, { signed: { projects } });
  });

  test("a running total after 本次's count in the same sentence is not the round's", () => {
    const text = "全省开发区2023年第二次“三个一批”活动举行。本次活动签约项目48个,年初以来累计签约项目600个、开工项目500个。";
    const warnings: Warning[] = [];
    const [round] = extractRounds(ctxOf(text), warnings);
    expect(round).toMatchObject({ signed: { projects: 48 }, started: null });
    expect(warnings).toEqual([]);
  });

  test("an unnamed subject (园区本次签约…) is nobody's round figure", () => {
    const text = "全省开发区2023年第三次“三个一批”活动举行。某经开区主任介绍,园区本次签约项目12个。";
    expectSingle(text, { signed: null });
  });

  test("a sentence that names neither the province nor the round gives no province figure", () => {
    const text = "全省开发区2023年第三次“三个一批”活动举行。据介绍,签约项目12个。";
    expectSingle(text, { signed: null });
  });

  test("nothing is read from a blocked span", () => {
    const text = "全省开发区2023年第三次“三个一批”活动举行,签约项目263个。";
    const at = text.indexOf("签约项目");
    const [round] = extractRounds(ctxOf(text, [{ start: at + 4, end: at + 6 }]), []);
    expect(round.signed).toBeNull();
  });
});

describe("rounds: whose figures (a city holding the round, 我市)", () => {
  const withCity = (text: string, city: string | null) =>
    extractRounds({ ...ctxOf(text), article: { province: "山西省", city, county: null, level: city ? "city" : "province", evidence: [] } });
  const numbers = (r: RoundMention | undefined) => (r ? [r.signed?.projects, r.started?.projects].filter((v) => v != null) : []);
  const of = (rounds: RoundMention[], name: string) => rounds.find((r) => r.scope.name === name);

  test.each([
    ["a city named as the holder", "临汾市举行开发区2022年第一次“三个一批”活动,此次活动共签约项目33个、开工项目20个。", null, "临汾市"],
    [
      "我市…同步举行 with the city known",
      "我市与全省同步举行开发区2020年第二次“三个一批”活动,共签约项目42个、开工项目24个。",
      "太原市",
      "太原市",
    ],
    [
      "我市 as the tally's subject with the city known",
      "全省开发区2024年第二次“三个一批”活动举行。此次活动,我市签约项目21个、开工项目18个。",
      "太原市",
      "太原市",
    ],
  ])("%s: the tallies are the city's, not the province's", (_name, text, city, owner) => {
    const rounds = withCity(text, city);
    expect(numbers(of(rounds, owner)).length).toBe(2);
    expect(numbers(of(rounds, "山西省"))).toEqual([]);
    for (const r of rounds) expectHonestEvidence(text, r);
  });

  test.each([
    ["我市 holding, no city known", "我市与全省同步举行开发区2020年第二次“三个一批”活动,共签约项目42个、开工项目24个。"],
    ["我市 as the subject, no city known", "全省开发区2024年第二次“三个一批”活动举行。此次活动,我市签约项目21个、开工项目18个。"],
  ])("must not: %s gives anyone the tallies", (_name, text) => {
    expect(withCity(text, null).flatMap(numbers)).toEqual([]);
  });

  test("must: 全省 written before the tally stays the province's under a city holder", () => {
    const text = "大同市与全省同步举行开发区2024年第二次“三个一批”活动,全省共签约项目298个。";
    expect(of(withCity(text, null), "山西省")?.signed?.projects).toBe(298);
  });
});

describe("rounds: several rounds added up are no round's tallies", () => {
  test.each([
    [
      "先后开展…活动4次",
      "2024年,晋城经开区先后开展“三个一批”活动4次,总投资96.4亿元的31个项目集中签约。5月30日,全省开发区2024年第二次“三个一批”活动在我区举行。",
    ],
    ["累计举办…三次", "晋城经开区累计举办三个一批活动三次,签约项目31个、开工项目26个。全省开发区2024年第二次“三个一批”活动举行。"],
  ])("must not: %s", (_name, text) => {
    expectSingle(text, { year: 2024, ordinal: 2, signed: null, started: null });
  });

  test("must: a round named with its ordinal keeps its tallies", () => {
    expectSingle("全省开发区2024年第二次“三个一批”活动举行,这是今年开展的第2次活动,共签约项目298个、开工项目270个。", {
      signed: { projects: 298 },
      started: { projects: 270 },
    });
  });
});

describe("rounds: a round only planned for is no event", () => {
  test.each([
    ["确保…时", "会议要求,确保在全省开发区2024年第三次“三个一批”活动时具备开工条件。"],
    ["迎接", "各地要迎接全省开发区2024年第四次“三个一批”活动。"],
    ["力争…中", "力争在2024年第三次“三个一批”活动中签约项目20个。"],
  ])("must not: %s", (_name, text) => expectNone(text));

  test.each([
    ["按照计划", "按照计划,全省开发区2024年第二次“三个一批”活动举行,签约项目298个。"],
    ["按计划 in the clause", "全省开发区按计划举行2024年第二次“三个一批”活动,签约项目298个。"],
  ])("must: %s", (_name, text) => {
    expectSingle(text, { signed: { projects: 298 } });
  });
});

describe("rounds: whose campaign (the article's province)", () => {
  const placed = (province: string | null, signal: "url" | "mention" = "url") => ({
    province,
    city: null,
    county: null,
    level: province === null ? null : ("province" as const),
    evidence: province === null ? [] : [{ signal, place: province, quote: "x" }],
  });
  const roundsOf = (text: string, article: ExtractContext["article"], warnings: Warning[] = []) =>
    extractRounds({ ...ctxOf(text), article }, warnings);
  const SHANXI_FORM = "全省开发区2024年第二次“三个一批”活动举行,全省签约项目298个。";
  const BARE_PERIOD = "全省第十六期“三个一批”项目建设活动举行,签约项目628个。";

  test.each([
    ["a Shanxi-form round in an article placed in Henan", SHANXI_FORM, placed("河南省")],
    ["a bare 第N期 in an article placed nowhere", BARE_PERIOD, placed(null)],
    ["a bare 第N期 with no context stage", BARE_PERIOD, undefined],
  ])("must not: %s", (_name, text, article) => {
    const warnings: Warning[] = [];
    expect(roundsOf(text, article, warnings)).toEqual([]);
    expect(warnings.map((w) => w.code)).toEqual(["lookalike-campaign"]);
  });

  test.each([
    ["a Shanxi-form round in an article placed nowhere", SHANXI_FORM, placed(null), 298],
    ["a bare 第N期 in an article placed in Shanxi", BARE_PERIOD, placed("山西省"), 628],
    ["a round in an article one plain mention calls Henan's", SHANXI_FORM, placed("河南省", "mention"), 298],
    ["第N期 with its year", "全省开发区2021年第一期“三个一批”活动举行,签约项目268个。", placed(null), 268],
  ])("must: %s", (_name, text, article, projects) => {
    const warnings: Warning[] = [];
    expect(roundsOf(text, article, warnings)).toMatchObject([{ signed: { projects } }]);
    expect(warnings).toEqual([]);
  });
});

describe("rounds: one mention per round per article", () => {
  test("headline and body agree: one mention citing the body", () => {
    const text =
      "全省开发区2023年第三次“三个一批”活动举行\n本次“三个一批”活动,全省开发区2023年第三次活动共签约项目263个。\n全省开发区2023年第三次“三个一批”活动签约项目263个。";
    const warnings: Warning[] = [];
    const rounds = extractRounds(ctxOf(text), warnings);
    expect(rounds).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  test("headline and body disagree: the body wins, with a warning", () => {
    const text =
      "签约300个、开工280个!全省开发区2024年第一次“三个一批”活动举行\n2月1日,全省开发区2024年第一次“三个一批”活动举行,签约项目301个、开工项目280个。";
    const warnings: Warning[] = [];
    const [round] = extractRounds({ ...ctxOf(text), publishedAt: "2024-02-02" }, warnings);
    expect(round.signed?.projects).toBe(301);
    expect(round.evidence.find((e) => e.field === "signed.projects")?.quote).toBe("签约项目301个");
    expect(warnings).toMatchObject([{ code: "round-inconsistent" }]);
  });

  test("a headline's round without a year takes the body's year, not the publish year", () => {
    const text =
      "签约200个、开工180个!全省开发区第四次“三个一批”活动举行\n12月29日,全省开发区2023年第四次“三个一批”活动举行,签约项目200个、开工项目180个。";
    const warnings: Warning[] = [];
    const rounds = extractRounds({ ...ctxOf(text), publishedAt: "2024-01-02" }, warnings);
    expect(rounds).toHaveLength(1);
    expect(rounds[0]).toMatchObject({ year: 2023, ordinal: 4, date: "2023-12-29", signed: { projects: 200 } });
    expect(warnings).toEqual([]);
  });

  test("two body values disagree: the first stays, with a warning", () => {
    const text = "全省开发区2024年第一次“三个一批”活动举行,签约项目301个。会上通报,全省开发区签约项目310个。";
    const warnings: Warning[] = [];
    const [round] = extractRounds(ctxOf(text), warnings);
    expect(round.signed?.projects).toBe(301);
    expect(warnings.map((w) => w.code)).toEqual(["round-inconsistent"]);
  });
});
