// A city holding its part of a round (issue 10, plan A and G): <city>举行开发区…, 我市与全省同步举行…, 我市在X举行…集中开工
// 仪式 make the city's round even with no figure; 分会场设在X / 在X分会场 is that round's venue; a city's stage site
// (我市“签约一批”活动在X举行) is no venue of the province's round. 我市 only with the article's city known.
// Texts written for these tests: invented places and events in the style of city reports.
import { describe, expect, test } from "vitest";
import type { RoundMention } from "../../src/schema/index.js";
import type { ExtractContext } from "../../src/extract/context.js";
import { extractRounds } from "../helpers/extract.js";
import { expectHonestEvidence } from "../helpers/expect.js";

const ctxOf = (text: string, city: string | null): ExtractContext => ({
  text,
  publishedAt: "2024-11-27",
  blocked: [],
  article: { province: "山西省", city, county: null, level: city ? "city" : "province", evidence: [] },
});
const roundsOf = (text: string, city: string | null = null) => {
  const rounds = extractRounds(ctxOf(text, city));
  for (const r of rounds) expectHonestEvidence(text, r);
  return rounds;
};
const key = (r: RoundMention) => `${r.scope.name} ${r.year}#${r.ordinal}`;

describe("city rounds: a city holding its part of the round has a round (must match)", () => {
  test.each([
    ["<city>举行开发区…活动 with no figure", "11月26日，忻州市举行开发区2024年第四次“三个一批”活动。", null, "忻州市 2024#4", null],
    [
      "我市与全省同步举行 with the city known",
      "11月26日，我市与全省同步举行开发区2024年第四次“三个一批”活动。",
      "太原市",
      "太原市 2024#4",
      null,
    ],
    [
      "我市在X举行…集中开工仪式 after the province's round",
      "11月26日，全省开发区2024年第四次“三个一批”项目集中签约仪式后，我市在孝义经济开发区举行吕梁市开发区2024年第四次“开工一批”项目集中开工仪式。",
      "吕梁市",
      "吕梁市 2024#4",
      "孝义经济开发区",
    ],
    [
      "<city>在X项目现场举行…仪式",
      "全省开发区2024年第四次“三个一批”活动期间，晋城市在晋城经开区光伏产业园项目现场举行开发区2024年第四次“开工一批”项目集中开工仪式。",
      null,
      "晋城市 2024#4",
      "晋城经开区光伏产业园项目现场",
    ],
  ])("%s", (_name, text, city, want, venue) => {
    const rounds = roundsOf(text, city);
    expect(rounds.map(key).sort()).toEqual(["山西省 2024#4", want].sort());
    const r = rounds.find((x) => key(x) === want);
    expect(r?.venue ?? null).toBe(venue);
    expect(r?.signed).toBeNull();
    expect(r?.evidence.length).toBeGreaterThan(0);
  });
});

describe("city rounds: look-alikes (must not)", () => {
  test.each([
    ["我市 holding, no city known", "11月26日，我市与全省同步举行开发区2024年第四次“三个一批”活动。", null],
    [
      "我市在X举行 an event that is not the campaign's",
      "全省开发区2024年第四次“三个一批”活动举行后，我市在孝义经济开发区举行招商推介会。",
      "吕梁市",
    ],
    [
      "a county holding its own event",
      "全省开发区2024年第四次“三个一批”活动期间，孝义市在梧桐工业园举行“开工一批”项目集中开工仪式。",
      null,
    ],
  ])("%s: only the province's round", (_name, text, city) => {
    expect(roundsOf(text, city).map(key)).toEqual(["山西省 2024#4"]);
  });
});

describe("city rounds: venues", () => {
  test.each([
    [
      "我市分会场设在X",
      "11月26日，我市与全省同步举行开发区2024年第四次“三个一批”活动，我市分会场设在黎城经开区某材料公司生产车间。",
      "长治市",
      "黎城经济技术开发区",
    ],
    [
      "<short name>分会场设在X",
      "11月26日，朔州市与全省同步举行开发区2024年第四次“三个一批”活动，朔州分会场设在怀仁经济技术开发区。",
      null,
      "怀仁经济技术开发区",
    ],
    [
      "在X分会场 in a later paragraph",
      "11月26日，我市与全省同步举行开发区2024年第四次“三个一批”活动。此次活动，全市签约项目19个。\n在长治经开区分会场，企业代表现场签约。",
      "长治市",
      "长治经济技术开发区",
    ],
  ])("%s is the city round's venue, not the province's", (_name, text, city, venue) => {
    const rounds = roundsOf(text, city);
    const cityRound = rounds.find((r) => r.scope.level === "city");
    expect(cityRound?.venue).toBe(venue);
    expect(rounds.find((r) => r.scope.level === "province")?.venue).toBeNull();
  });

  test("must not: a 分会场 with no round of the city gives no round", () => {
    const text = "全省开发区2024年第四次“三个一批”活动举行，我市分会场设在黎城经开区。";
    expect(roundsOf(text, "长治市").map(key)).toEqual(["山西省 2024#4"]);
  });

  test("must not: a county's 分会场 is not the city's", () => {
    const text = "11月26日，我市与全省同步举行开发区2024年第四次“三个一批”活动，山阴县分会场设在山阴经济技术开发区。";
    expect(roundsOf(text, "朔州市").find((r) => r.scope.name === "朔州市")?.venue).toBeNull();
  });

  test("must not: a city's stage site is no venue of the province's round", () => {
    const text =
      "11月26日，我市与全省同步举行开发区2024年第四次“三个一批”活动。与全省活动同步，我市“签约一批”活动在小店区政务服务中心举行。";
    const rounds = roundsOf(text, "太原市");
    expect(rounds.map((r) => r.venue)).toEqual([null, null]);
  });

  test.each([
    ["我市开发区…“三个一批”活动在X举行", "我市开发区2024年第四次“三个一批”活动11月26日在长治经开区举行。", "长治市", "长治经济技术开发区"],
    [
      "<city>“三个一批”活动在X举行",
      "全省开发区2024年第四次“三个一批”活动举行，大同市“三个一批”活动在大同经开区举行。",
      null,
      "大同经济技术开发区",
    ],
    [
      "市分会场设在X",
      "11月26日，我市与全省同步举行开发区2024年第四次“三个一批”活动，市分会场设在黎城经开区。",
      "长治市",
      "黎城经济技术开发区",
    ],
  ])("%s: the city's round, at X", (_name, text, city, venue) => {
    const rounds = roundsOf(text, city);
    expect(rounds.find((r) => r.scope.level === "city")?.venue).toBe(venue);
    expect(rounds.find((r) => r.scope.level === "province")?.venue).toBeNull();
  });

  test("must not: a city's 活动 of another kind is no venue of anyone's round", () => {
    const text = "全省开发区2024年第四次“三个一批”活动举行。同日，我市项目观摩活动在清徐经济开发区举行。";
    const rounds = roundsOf(text, "太原市");
    expect(rounds.map((r) => [key(r), r.venue])).toEqual([["山西省 2024#4", null]]);
  });

  test("must: the province's own 活动在X举行 stays its venue", () => {
    const text = "全省开发区2024年第四次“三个一批”活动在大同经济技术开发区举行。";
    expect(roundsOf(text, null)[0]?.venue).toBe("大同经济技术开发区");
  });
});

// one mechanism: scan/city-venues.ts is the only reader of a city round's venue (scan/venues.ts reads the province's
// and only says when a city holds one); an event before the round (活动前,吕梁市在X举行…仪式, real press r1-021) makes no
// round of the city's but is where the part of the round its figures tell was held
describe("city rounds: the venue of a round the city has from its figures", () => {
  const BEFORE = "11月26日，全省开发区2024年第四次“三个一批”项目集中签约仪式前，";
  const FIGURES = "此次“三个一批”活动，吕梁市共签约项目12个。";
  test.each([
    ["吕梁市 before the round", `${BEFORE}吕梁市在吕梁经开区数字产业园举行开发区2024年第四次项目集中开工仪式。${FIGURES}`, null],
    [
      "我市 before the round, the city known",
      `${BEFORE}我市在吕梁经开区数字产业园举行开发区2024年第四次项目集中开工仪式。${FIGURES}`,
      "吕梁市",
    ],
  ])("%s: the city's round is held there, the province's has no venue", (_name, text, city) => {
    const rounds = roundsOf(text, city);
    expect(rounds.map((r) => [key(r), r.venue])).toEqual([
      ["山西省 2024#4", null],
      ["吕梁市 2024#4", "吕梁经开区数字产业园"],
    ]);
    const venue = rounds[1].evidence.filter((e) => e.field === "venue");
    expect(venue.map((e) => e.quote)).toEqual(["吕梁经开区数字产业园"]);
  });

  test.each([
    ["before the round, no figures of the city's", `${BEFORE}吕梁市在吕梁经开区数字产业园举行开发区2024年第四次项目集中开工仪式。`],
    [
      "another event of the city's",
      `全省开发区2024年第四次“三个一批”活动举行。${FIGURES}同日，吕梁市在吕梁经开区数字产业园举行招商推介会。`,
    ],
    ["我市 before the round, no city known", `${BEFORE}我市在吕梁经开区数字产业园举行开发区2024年第四次项目集中开工仪式。${FIGURES}`],
  ])("must not: %s gives no round a venue", (_name, text) => {
    expect(roundsOf(text, null).every((r) => r.venue === null)).toBe(true);
  });
});
