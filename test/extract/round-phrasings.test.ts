// Stage phrasings and whose figures, as real press writes them (issue 10, plan F and A): 新签约项目N个, N个项目(分3批)
// 现场签约, 签约投资额, 共有项目N个, N个转型项目集中签约开工投产, and a tally whose subject is the city holding the event
// told in the sentence before. Texts written for these tests: invented figures in the style of city reports.
import { describe, expect, test } from "vitest";
import type { ArticleContext, RoundMention } from "../../src/schema/index.js";
import type { ExtractContext } from "../../src/extract/context.js";
import { extractRounds } from "../helpers/extract.js";
import { expectHonestEvidence } from "../helpers/expect.js";

const placed = (city: string | null, county: string | null = null): ArticleContext => ({
  province: "山西省",
  city,
  county,
  level: county ? "county" : city ? "city" : "province",
  evidence: [],
});
const ctxOf = (text: string, city: string | null = null, county: string | null = null): ExtractContext => ({
  text,
  publishedAt: "2024-08-21",
  blocked: [],
  article: placed(city, county),
});
const roundsOf = (text: string, city: string | null = null, county: string | null = null) => {
  const rounds = extractRounds(ctxOf(text, city, county));
  for (const r of rounds) expectHonestEvidence(text, r);
  return rounds;
};
const of = (rounds: RoundMention[], name: string) => rounds.find((r) => r.scope.name === name);
const numbers = (rounds: RoundMention[]) =>
  rounds.flatMap((r) =>
    [r.signed, r.started, r.producing, r.total].flatMap((t) =>
      t === null ? [] : [t.projects, t.investmentYuan, t.outputValueYuan].filter((v) => v !== null),
    ),
  );

describe("tallies: stage phrasings of real press (must match)", () => {
  test.each([
    [
      "新签约/新开工/新投产项目N个 in a sentence naming the round",
      "8月20日，长治市举行开发区2024年第三次“三个一批”活动。此次活动新签约项目19个，新开工项目24个，新投产项目16个。",
      "长治市",
      { signed: { projects: 19 }, started: { projects: 24 }, producing: { projects: 16 } },
    ],
    [
      "签约投资额 is the signed stage's investment",
      "运城市举行开发区2024年第三次“三个一批”活动，新签约项目17个，签约投资额63.8亿元；新开工项目22个，总投资48.5亿元。",
      "运城市",
      { signed: { projects: 17, investmentYuan: 6380000000 }, started: { projects: 22, investmentYuan: 4850000000 } },
    ],
    [
      "共有N个项目进行了现场签约",
      "忻州市举行了开发区2024年第四次“三个一批”活动，共有9个项目进行了现场签约。",
      "忻州市",
      { signed: { projects: 9 }, started: null },
    ],
    [
      "N个项目分3批现场签约: the count, never the batches",
      "晋城市举行开发区2024年第二次“三个一批”活动，新材料、新能源等12个项目分3批现场签约。",
      "晋城市",
      { signed: { projects: 12 } },
    ],
    [
      "共有项目N个 with its 总投资 and 年产值 is the total",
      "本次全省开发区2024年第二次“三个一批”活动，阳泉市共有项目41个，总投资88.2亿元，预计年产值30.5亿元。",
      "阳泉市",
      { total: { projects: 41, investmentYuan: 8820000000, outputValueYuan: 3050000000 } },
    ],
    [
      "N个转型项目集中签约开工投产 is the total",
      "大同市与全省同步举行开发区2024年第一次“三个一批”活动。大同市66个转型项目集中签约开工投产，总投资410.5亿元。",
      "大同市",
      { total: { projects: 66, investmentYuan: 41050000000 } },
    ],
  ])("%s", (_name, text, owner, want) => {
    const rounds = roundsOf(text);
    expect(of(rounds, owner)).toMatchObject(want);
  });
});

describe("tallies: look-alikes of those phrasings (must not)", () => {
  test.each([
    ["今年以来新签约项目N个 is the year's", "全省开发区2024年第三次“三个一批”活动举行。今年以来，运城市新签约项目112个，新开工项目97个。"],
    ["新签约 in a sentence not naming the round", "全省开发区2024年第三次“三个一批”活动举行。运城市全年新签约项目112个。"],
    ["重新签约 is no stage", "全省开发区2024年第三次“三个一批”活动举行，此次活动运城市重新签约项目5个。"],
    ["其中N个项目现场签约 is a part of the stage", "全省开发区2024年第三次“三个一批”活动举行。此次活动其中14个项目现场签约。"],
    ["N个亿元以上项目集中签约开工投产 is a part", "全省开发区2024年第三次“三个一批”活动举行，此次活动20个亿元以上项目集中签约开工投产。"],
    ["其中N个转型项目集中签约开工投产 is a part", "全省开发区2024年第三次“三个一批”活动举行。此次活动，其中20个转型项目集中签约开工投产。"],
    [
      "签约投资额 after a started count is not the started stage's",
      "全省开发区2024年第三次“三个一批”活动，开工项目22个，签约投资额48.5亿元。",
    ],
  ])("%s", (_name, text) => {
    const rounds = roundsOf(text);
    expect(numbers(rounds).filter((n) => n !== 22)).toEqual([]);
  });

  test("现场签约 counts a ceremony: never the province's signed stage", () => {
    const rounds = roundsOf("全省开发区2024年第三次“三个一批”活动举行。活动现场，12个项目进行了现场签约。");
    expect(numbers(rounds)).toEqual([]);
  });

  test("现场签约 gives way to the stage's own count, before or after it", () => {
    const rounds = roundsOf(
      "晋城市举行开发区2024年第二次“三个一批”活动，12个项目进行了现场签约。此次活动，晋城市签约项目30个，开工项目20个。",
    );
    expect(of(rounds, "晋城市")).toMatchObject({ signed: { projects: 30 }, started: { projects: 20 } });
  });

  test("分3批 is never a count", () => {
    const rounds = roundsOf("晋城市举行开发区2024年第二次“三个一批”活动，12个项目分3批现场签约。");
    expect(numbers(rounds)).toEqual([12]);
  });
});

describe("tallies: the city holding the event told in the sentence before owns them", () => {
  test.each([
    [
      "其中 after <city>举行开发区…活动。",
      "全省开发区2024年第四次“三个一批”活动举行。吕梁市举行开发区2024年第四次“三个一批”活动。其中，“签约一批”项目19个，总投资23.6亿元；“开工一批”项目16个。",
      null,
      "吕梁市",
    ],
    [
      "我市“签约一批”活动在X举行。…N个项目现场签约 (我市 known)",
      "11月26日，我市与全省同步举行开发区2024年第四次“三个一批”活动。与全省活动同步，我市“签约一批”活动在晋源区举行。光伏组件、储能电池等14个项目分3批现场签约。",
      "太原市",
      "太原市",
    ],
  ])("%s", (_name, text, city, owner) => {
    const rounds = roundsOf(text, city);
    expect(numbers(rounds.filter((r) => r.scope.name === owner)).length).toBeGreaterThan(0);
    expect(numbers(rounds.filter((r) => r.scope.name !== owner))).toEqual([]);
  });

  test.each([
    [
      "我市 holding, no city known: nobody's",
      "我市与全省同步举行开发区2024年第四次“三个一批”活动。与全省活动同步，我市“签约一批”活动在晋源区举行。14个项目分3批现场签约。",
    ],
    [
      "a city's event that is no campaign's (招商推介会)",
      "全省开发区2024年第四次“三个一批”活动举行。吕梁市举行招商推介会。其中，签约项目19个，开工项目16个。",
    ],
    [
      "a sentence across a paragraph break",
      "全省开发区2024年第四次“三个一批”活动举行。吕梁市举行开发区2024年第四次“三个一批”活动。\n其中，签约项目19个，开工项目16个。",
    ],
  ])("must not: %s", (_name, text) => {
    expect(numbers(roundsOf(text))).toEqual([]);
  });
});

describe("tallies: 我县 and 我区 are never the province's", () => {
  const holding = "11月26日，我县与全省同步举行开发区2024年第四次“三个一批”活动。此次活动签约项目5个，开工项目3个。";
  const subject = "全省开发区2024年第四次“三个一批”活动举行。此次活动，我县签约项目5个，开工项目3个。";
  test.each([
    ["我县 holding, no county known", holding],
    ["我县 as the subject, no county known", subject],
    [
      "我区 as the subject (a zone the tally does not name)",
      "全省开发区2021年第三次“三个一批”活动在我区举行。此次活动，我区签约项目12个，开工项目8个。",
    ],
  ])("must not: %s gives anyone the tallies", (_name, text) => {
    expect(numbers(roundsOf(text))).toEqual([]);
  });

  test.each([
    ["我县 holding", holding],
    ["我县 as the subject", subject],
  ])("must: %s with the county known: the county's", (_name, text) => {
    const rounds = roundsOf(text, "晋中市", "昔阳县");
    expect(of(rounds, "昔阳县")).toMatchObject({ scope: { level: "county" }, signed: { projects: 5 }, started: { projects: 3 } });
    expect(numbers(rounds.filter((r) => r.scope.name !== "昔阳县"))).toEqual([]);
  });
});
