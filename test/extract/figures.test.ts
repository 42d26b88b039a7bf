import { describe, expect, test } from "vitest";
import { assembleFigures } from "../../src/extract/assemble/figures.js";
import { scanQuantities } from "../../src/extract/scan/quantities.js";
import { sentencesOf } from "../../src/extract/text/sentences.js";
import { extractFigures } from "../helpers/extract.js";
import type { FigureMention } from "../../src/schema/index.js";

const figures = (text: string, claimed: { start: number; end: number }[] = []): FigureMention[] =>
  extractFigures({ text, publishedAt: null, blocked: [] }, claimed);

describe("figures: other stated quantities with metric and subject", () => {
  test.each([
    ["长治经开区今年开工建设项目56个。", { subject: "长治经济技术开发区", metric: "开工建设项目", value: 56, unit: "个" }],
    ["该园区总投资163.92亿元。", { subject: "园区", metric: "总投资", value: 16_392_000_000, unit: "元", qualifier: null }],
    ["全省工业投资增长16.3%。", { subject: "全省", metric: "工业投资增长", value: 16.3, unit: "%" }],
    ["打造投资50亿元的物流园。", { metric: "投资", value: 5_000_000_000, unit: "元" }],
    ["全省共有各类开发区88家。", { subject: "全省", metric: "各类开发区", value: 88, unit: "家" }],
    ["聘任专员300余名。", { metric: "专员", value: 300, unit: "名", qualifier: "余" }],
    ["活动当天举行156个项目集中开工。", { metric: "项目", value: 156, unit: "个" }],
    ["计划新建标准厂房30万平方米。", { subject: null, metric: "新建标准厂房", value: 300_000, unit: "平方米" }],
    ["在本次活动中签约项目20个。", { metric: "签约项目", value: 20, unit: "个" }],
    ["占项目总数的40.5%。", { metric: "项目总数", value: 40.5, unit: "%" }],
    ["两县共有37个项目参加。", { metric: "项目", value: 37, unit: "个" }],
    ["9月5日,武乡县重点项目签约仪式举行,签约项目9个。", { subject: "武乡县", metric: "签约项目", value: 9, unit: "个" }],
    ["签约仪式在县会展中心举行,签约项目9个。", { subject: null, metric: "签约项目", value: 9, unit: "个" }],
    ["建成后年产值可达30亿元。", { metric: "年产值", value: 3_000_000_000, unit: "元" }],
    ["其中规上企业46家。", { metric: "规上企业", value: 46, unit: "家" }],
    ["当天与6家企业签约。", { subject: null, metric: "企业", value: 6, unit: "家" }],
    ["该公司年产3万吨。", { subject: "公司", metric: "年产", value: 30_000, unit: "吨" }],
    // money without 元: a number with a multiplier and no measure word is read for its metric
    ["该园区投资30亿。", { subject: "园区", metric: "投资", value: 3_000_000_000, unit: "元" }],
  ])("%s", (text, expected) => {
    const found = figures(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
    for (const e of found[0].evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  });

  test.each([
    ["a phone number", "招商热线:400 0123 021"],
    ["a mobile number", "手机13391219793"],
    ["a date", "2月26日举行活动。"],
    ["a year", "2021年以来成效明显。"],
    ["an ordinal", "第三次活动举行。"],
    ["a list index", "一是围绕国家战略,二要抓好落实。"],
    ["a campaign name", "持续开展三个一批活动。"],
    ["a phone number with its area code", "咨询电话0351-7654321,联系人王先生。"],
    ["a postcode and a fax", "邮编030006,传真0351-2345678。"],
    ["a street number", "地址:长治市潞州区太行西街88号"],
    ["a spaced mobile number", "手机:139 1234 5678"],
    // refused before its metric is read (mayHaveValue), or after it (figureValue)
    ["a count too large to hold", "共签约项目99999999999999999个。"],
    ["a multiplier without 元 after no money word", "全县人口100万。"],
  ])("not a figure: %s", (_why, text) => {
    expect(figures(text)).toEqual([]);
  });

  test("numbers inside claimed spans are skipped", () => {
    const text = "签约项目34个,总投资123.52亿元。";
    expect(figures(text, [{ start: 0, end: text.length }])).toEqual([]);
    expect(figures(text).map((f) => f.value)).toEqual([34, 12_352_000_000]);
  });

  test("a figure stated again (headline and body) is one mention with both quotes", () => {
    const text = "现场签约15个项目\n会上,现场签约项目15个,总投资9.8亿元。";
    const found = figures(text);
    expect(found.map((f) => [f.metric, f.value])).toEqual([
      ["现场签约项目", 15],
      ["总投资", 980_000_000],
    ]);
    expect(found[0].evidence.map((e) => e.quote)).toEqual(["15个项目", "现场签约项目15个"]);
  });

  test("the same value of two different metrics stays two figures", () => {
    expect(figures("开工项目12个,签约项目12个。").map((f) => f.metric)).toEqual(["开工项目", "签约项目"]);
  });

  test("zone hits handed in by the caller give the subject", () => {
    const text = "园区今年引进企业35家。";
    const zones = [{ name: "某经济技术开发区", mention: "园区", kind: "经济技术开发区", start: 0, end: 2 }];
    const ctx = { text, publishedAt: null, blocked: [] };
    expect(assembleFigures(ctx, { sentences: sentencesOf(text), zones }, scanQuantities(text))).toMatchObject([
      { subject: "某经济技术开发区", value: 35 },
    ]);
  });

  test("签约 is not 签 plus the qualifier 约", () => {
    expect(figures("当天签约13家。")).toMatchObject([{ metric: "签约", value: 13, qualifier: null }]);
  });
});
