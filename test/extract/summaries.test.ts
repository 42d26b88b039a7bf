import { describe, expect, test } from "vitest";
import type { ExtractContext } from "../../src/extract/context.js";
import { extractRounds } from "../helpers/extract.js";
import { extractSummaries } from "../helpers/extract.js";
import { forExtractor } from "../helpers/expect.js";

const ctxOf = (text: string): ExtractContext => ({ text, publishedAt: "2024-03-01", blocked: [] });
const { expectSingle, expectNone } = forExtractor((text) => extractSummaries(ctxOf(text)));

describe("summaries: must match", () => {
  test.each([
    [
      "a year's rounds added up, stage by stage",
      "在2023年度开展的3次“三个一批”活动中,共签约一批项目900个,总投资3000.5亿元;开工一批项目800个,总投资2500亿元;投产一批项目700个,总投资1000.25亿元。",
      {
        scope: { level: "province", name: "山西省" },
        year: 2023,
        rounds: 3,
        signed: { projects: 900, investmentYuan: 300050000000 },
        started: { projects: 800, investmentYuan: 250000000000 },
        producing: { projects: 700, investmentYuan: 100025000000 },
        total: null,
      },
    ],
    [
      "full-width punctuation",
      "记者获悉，2023年度，全省开发区共开展3次“三个一批”活动，共签约项目900个，总投资3000.5亿元；开工项目800个，总投资2500亿元。",
      {
        year: 2023,
        rounds: 3,
        signed: { projects: 900, investmentYuan: 300050000000 },
        started: { projects: 800, investmentYuan: 250000000000 },
      },
    ],
    [
      "去年 resolved against the publish date",
      "去年开展的4次三个一批活动,全省开发区签约项目1000个、开工项目950个。",
      { year: 2023, rounds: 4, signed: { projects: 1000 } },
    ],
    [
      "今年以来 is this year so far",
      "今年以来,全省开发区共举办3次“三个一批”活动,累计签约项目800个。",
      { year: 2024, rounds: 3, signed: { projects: 800 } },
    ],
    [
      "a Chinese count of rounds",
      "2022年全年开展四次“三个一批”活动,共推进项目3000个。",
      { year: 2022, rounds: 4, total: { projects: 3000 } },
    ],
    [
      "totals carried on in the next sentence (累计…)",
      "今年以来,我省开发区已举办两次“三个一批”活动。累计签约项目520个,开工项目470个。",
      { year: 2024, rounds: 2, signed: { projects: 520 }, started: { projects: 470 } },
    ],
  ])("%s", (_name, text, check) => {
    expectSingle(text, check);
  });
});

// real press: a zone's yearly review (r1-029) adds up its rounds after 先后开展“三个一批”活动N次, each stage's amount
// written before its count and joined to it by 的
describe("summaries: whose year it is, when the subject is written before the count of rounds", () => {
  const ZONE = { level: "zone", name: "晋城经济技术开发区" };
  test.each([
    [
      "a zone's four rounds, money before count joined by 的",
      "2024年，晋城经开区先后开展“三个一批”活动4次，总投资96.4亿元的31个项目集中签约，总投资72.8亿元的26个项目集中开工，总投资45.3亿元的19个项目集中投产。",
      {
        scope: ZONE,
        year: 2024,
        rounds: 4,
        signed: { projects: 31, investmentYuan: 9640000000 },
        started: { projects: 26, investmentYuan: 7280000000 },
        producing: { projects: 19, investmentYuan: 4530000000 },
      },
    ],
    [
      "我区 is the one zone the article names",
      "晋城经开区召开总结大会。2023年，我区累计开展“三个一批”活动3次，签约项目20个，开工项目18个。",
      { scope: ZONE, year: 2023, rounds: 3, signed: { projects: 20 }, started: { projects: 18 } },
    ],
    [
      "a city that took part",
      "2023年太原市先后参加“三个一批”活动4次，共签约项目120个。",
      { scope: { level: "city", name: "太原市" }, rounds: 4, signed: { projects: 120 } },
    ],
    [
      "a city written before 开展的N次",
      "2023年太原市开展的4次“三个一批”活动中，签约项目120个。",
      { scope: { level: "city", name: "太原市" }, rounds: 4, signed: { projects: 120 } },
    ],
  ])("%s", (_name, text, check) => {
    const found = expectSingle(text, check);
    expect(found.evidence.some((e) => e.field === "scope")).toBe(true);
  });

  test.each([
    ["no subject before 先后开展", "2024年先后开展“三个一批”活动4次，总投资96.4亿元的31个项目集中签约。"],
    ["我市 with no city known", "2023年，我市先后开展“三个一批”活动4次，签约项目120个。"],
    ["我区 in an article naming two zones", "长治高新区和长治经开区召开总结会。2023年，我区累计开展“三个一批”活动3次，签约项目20个。"],
    ["two zones as the subject", "2023年，长治高新区、长治经开区先后开展“三个一批”活动4次，签约项目20个。"],
  ])("must not: %s", (_name, text) => expectNone(text));
});

describe("summaries: must not match", () => {
  test.each([
    ["a count of rounds without tallies", "2020年8月以来,全省开发区滚动开展了7次“三个一批”活动。"],
    ["one round, not a summary", "全省开发区2023年第3次“三个一批”活动,签约项目100个。"],
    ["tallies in another sentence", "2023年开展了4次“三个一批”活动。签约项目100个。"],
    ["a 累计 sentence after a paragraph break", "今年以来,我省开发区已举办两次“三个一批”活动。\n累计签约项目520个。"],
    [
      "a 累计 sentence naming a round of its own",
      "今年以来,我省开发区已举办两次“三个一批”活动。累计在第二次“三个一批”活动中签约项目300个。",
    ],
  ])("%s", (_name, text) => expectNone(text));

  test("a since-phrase with tallies has no year", () => {
    const [s] = extractSummaries(ctxOf("2020年8月以来,全省开发区滚动开展了7次“三个一批”活动,累计签约项目2000个。"));
    expect(s).toMatchObject({ year: null, rounds: 7, signed: { projects: 2000 } });
  });

  test("a summary's tallies are not taken for the round in the same article", () => {
    const text =
      "2月26日,全省开发区2022年第一次“三个一批”活动举行,签约项目347个。在2021年度开展的4次“三个一批”活动中,共签约一批项目1427个。";
    const [round] = extractRounds(ctxOf(text), []);
    const [summary] = extractSummaries(ctxOf(text));
    expect(round.signed?.projects).toBe(347);
    expect(summary.signed?.projects).toBe(1427);
  });

  test("a 累计 sentence after a round is neither the round's nor a summary", () => {
    const text = "全省开发区2024年第一次“三个一批”活动举行,签约项目298个。累计签约项目1500个,开工项目1300个。";
    expect(extractRounds(ctxOf(text), [])).toMatchObject([{ signed: { projects: 298 }, started: null }]);
    expect(extractSummaries(ctxOf(text))).toEqual([]);
  });
});
