// Coverage: which quantities are numbers (the rule in refine/coverage-rule.ts, both ways), which of them no record
// claims, their apparent subjects, and when one sits in a round sentence (a warning). Phenomena from real pages:
// lists after 分别 whose later members no extractor takes, amounts in Chinese numerals on city pages, slogans
// counted with one numeral (四个意识) that are no amounts, and look-alike campaigns of other provinces.
import { describe, expect, test } from "vitest";
import type { ExtractContext } from "../../src/extract/context.js";
import { scanArticle } from "../../src/extract/hits.js";
import { extractAll } from "../../src/extract/index.js";
import { isCountedNumber } from "../../src/extract/refine/coverage-rule.js";
import { uncapturedNumbers, type Emitted } from "../../src/extract/refine/coverage.js";
import { scanQuantities } from "../../src/extract/scan/quantities.js";
import type { ArticleContext, Evidence } from "../../src/schema/index.js";

const counted = (text: string) =>
  scanQuantities(text)
    .filter((q) => isCountedNumber(text, q))
    .map((q) => text.slice(q.start, q.end));

describe("what a number is", () => {
  test.each([
    ["a count with its measure word", "签约项目263个。", "263个"],
    ["money", "总投资1288.6亿元。", "1288.6亿元"],
    ["a qualified amount", "投资超100亿元。", "超100亿元"],
    ["a percentage", "同比增长16.3%。", "16.3%"],
    ["percentage points", "提高2个百分点。", "2个百分点"],
    ["an area", "新建厂房5万平方米。", "5万平方米"],
    ["a number with a multiplier only", "惠及群众3500万。", "3500万"],
    ["a count with 余", "入驻企业300余家。", "300余家"],
    ["a count in Chinese numerals", "我市三十八个项目签约。", "三十八个"],
    ["one Chinese numeral with a qualifier", "带动就业千余人。", "千余人"],
  ])("%s counts: %s", (_, text, quote) => {
    expect(counted(text)).toEqual([quote]);
  });

  test.each([
    ["a year", "2023年全省开发区"],
    ["a year in Chinese numerals", "二〇二三年举行"],
    ["a month and a day", "5月20日上午举行"],
    ["an ordinal in a round's name", "第三次“三个一批”活动"],
    ["an arabic ordinal", "第14期活动"],
    ["a list number", "1.加快项目建设"],
    ["a list number with 、", "2、优化营商环境"],
    ["a phone number", "咨询电话0351-1234567"],
    ["a date with dashes", "发布时间：2023-05-01 10:30"],
    ["a code", "建设5G基站"],
    ["the campaign's name", "“三个一批”活动"],
    ["a slogan", "增强“四个意识”"],
    ["the indefinite article", "打造一个平台"],
    ["a plenum's number", "十二届三次全会"],
  ])("%s is no number: %s", (_, text) => {
    expect(counted(text)).toEqual([]);
  });
});

const ctx = (text: string, article?: ArticleContext): ExtractContext => ({ text, publishedAt: "2023-09-01", blocked: [], article });
const shanxi: ArticleContext = { province: "山西省", city: null, county: null, level: "province", evidence: [] };
const henan: ArticleContext = { province: "河南省", city: "郑州市", county: null, level: "city", evidence: [] };

describe("uncaptured numbers", () => {
  test("a list member no record takes is listed with its subject; in a round sentence it is warned about", () => {
    const text = "全省开发区2023年第三次“三个一批”活动举行，签约项目263个。太原市新开工项目分别增长12.5%、8.4%。";
    const found = extractAll(ctx(text, shanxi));
    expect(found.uncaptured).toEqual([{ start: 51, end: 55, quote: "8.4%", subject: "太原市", roundSentence: true }]);
    for (const u of found.uncaptured) expect(text.slice(u.start, u.end)).toBe(u.quote);
    const warned = found.warnings.filter((w) => w.code === "uncaptured-round-number");
    expect(warned).toMatchObject([{ start: 51, end: 55, severity: "warning" }]);
    // the round's own numbers are claimed
    expect(found.uncaptured.map((u) => u.quote)).not.toContain("263个");
  });

  test("a number outside round sentences is listed, without a warning", () => {
    const found = extractAll(ctx("会上，太原经济技术开发区工业投资分别增长12.5%、8.4%。", shanxi));
    expect(found.uncaptured).toMatchObject([{ quote: "8.4%", subject: "太原经济技术开发区", roundSentence: false }]);
    expect(found.warnings).toEqual([]);
  });

  test("a stage word makes a round sentence only in an article that names a round", () => {
    const text = "全省开发区2023年第三次“三个一批”活动举行。本次开工项目带动就业人员千余人。";
    expect(extractAll(ctx(text, shanxi)).uncaptured).toMatchObject([{ quote: "千余人", roundSentence: true }]);
    const alone = extractAll(ctx("本次开工项目带动就业人员千余人。", shanxi));
    expect(alone.uncaptured).toMatchObject([{ quote: "千余人", subject: null, roundSentence: false }]);
  });

  test("the subject is the scope word nearest before the number in its sentence, or null", () => {
    const text = "全省开发区2023年第三次“三个一批”活动举行。我市工业投资分别增长12.5%、8.4%。项目分别增长3.5%、4.2%。";
    const found = extractAll(ctx(text, shanxi)).uncaptured;
    expect(found.map((u) => [u.quote, u.subject])).toEqual([
      ["8.4%", "我市"],
      ["4.2%", null],
    ]);
  });

  test("an article placed in another province holds no round sentence: its campaign is a look-alike", () => {
    const text = "全省第五期“三个一批”活动举行，我市三十八个项目签约。";
    const found = extractAll(ctx(text, henan));
    expect(found.rounds).toEqual([]);
    expect(found.uncaptured).toMatchObject([{ quote: "三十八个", subject: "我市", roundSentence: false }]);
    expect(found.warnings.map((w) => w.code)).not.toContain("uncaptured-round-number");
  });

  test("a number inside a garbled span is not read", () => {
    const text = "工业投资分别增长12.5%、8.4%。";
    const at = text.indexOf("8.4%");
    expect(extractAll({ ...ctx(text), blocked: [{ start: at, end: at + 4 }] }).uncaptured).toEqual([]);
  });

  test("every record kind claims the numbers its evidence covers", () => {
    const text = "甲10个，乙20个，丙30个，丁40个，戊50个，己60个。";
    const c = ctx(text);
    const spanOf = (quote: string): { evidence: Evidence[] }[] => {
      const start = text.indexOf(quote);
      return [{ evidence: [{ start, end: start + quote.length, quote, stated: true }] }];
    };
    const emitted: Emitted = {
      rounds: spanOf("甲10个"),
      summaries: spanOf("乙20个"),
      people: spanOf("丙30个"),
      zones: spanOf("丁40个"),
      figures: spanOf("戊50个"),
    };
    const left = uncapturedNumbers(c, scanArticle(c), emitted, []);
    expect(left.map((u) => u.quote)).toEqual(["60个"]);
    const none: Emitted = { rounds: [], summaries: [], people: [], zones: [], figures: [] };
    expect(uncapturedNumbers(c, scanArticle(c), none, []).map((u) => u.quote)).toEqual(["10个", "20个", "30个", "40个", "50个", "60个"]);
  });
});
