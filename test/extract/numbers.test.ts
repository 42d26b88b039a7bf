import { describe, expect, test } from "vitest";
import { QUANTITY_RE, parseQuantity, quantityFromMatch, scanQuantities } from "../../src/extract/scan/quantities.js";
import { parseChineseNumeral, parseNumeral, scaleDecimal, toYuan } from "../../src/extract/text/numbers.js";
import { forExtractor } from "../helpers/expect.js";

const { expectSingle, expectNone } = forExtractor(scanQuantities);

describe("parseChineseNumeral", () => {
  test.each([
    ["三百二十一", 321],
    ["二〇二一", 2021],
    ["两", 2],
    ["十二", 12],
    ["二十", 20],
    ["一千零五", 1005],
    ["三万五千", 35000],
    ["一亿二千万", 120000000],
  ])("%s → %d", (text, value) => expect(parseChineseNumeral(text)).toBe(value));

  test.each(["十几", "数百", "几十", "三五百", "两〇", "abc", ""])("%s is not a number", (text) =>
    expect(parseChineseNumeral(text) ?? parseNumeral(text)).toBeNull(),
  );
});

describe("parseNumeral and scaleDecimal", () => {
  test.each([
    ["1,288.6", "1288.6"],
    ["0.350", "0.35"],
    ["007", "7"],
    ["三百二十一", "321"],
  ])("%s → %s", (text, decimal) => expect(parseNumeral(text)).toBe(decimal));

  test.each([
    ["1288.6", 8, "128860000000"],
    ["0.35", 4, "3500"],
    ["1.234567", 4, "12345.67"],
    ["5029.8", 8, "502980000000"],
    ["12", 0, "12"],
  ])("%s × 10^%d = %s", (decimal, power, out) => expect(scaleDecimal(decimal, power)).toBe(out));

  // quantityFromMatch shifts only by a multiplier: parseNumeral's decimal must be what a shift by 0 gives
  test.each(["1,288.6", "0.350", "007", "00.50", "10.0", "100.00", "0.0", "1.000", "3", "三百二十一", "二〇二一", "两"])(
    "parseNumeral(%s) is its own shift by 0",
    (text) => {
      const decimal = parseNumeral(text);
      expect(decimal).not.toBeNull();
      expect(scaleDecimal(decimal!, 0)).toBe(decimal);
    },
  );
});

describe("toYuan: exact, never a float multiply", () => {
  test.each([
    ["1288.6", "亿元", 128860000000],
    ["5805", "亿元", 580500000000],
    ["5029.8", "亿元", 502980000000],
    ["2133.4", "亿", 213340000000],
    ["123.52", "亿元", 12352000000],
    ["92.19", "亿元", 9219000000],
    ["32.27", "亿元", 3227000000],
    ["247.98", "亿元", 24798000000],
    ["4.1", "万元", 41000],
    ["三百", "万元", 3000000],
    ["880", "元", 880],
    // 15 digits and fewer are read by Number(), longer ones checked against 2^53 - 1
    ["999999999999999", "元", 999_999_999_999_999],
    ["9007199254740991", "元", 9_007_199_254_740_991],
    ["90071992.54740991", "亿元", 9_007_199_254_740_991],
  ])("%s%s → %d", (n, unit, yuan) => expect(toYuan(n, unit)).toBe(yuan));

  test.each([
    ["1.23456", "万元"], // a fraction of a yuan
    ["12", "万吨"], // not money
    ["十几", "亿元"],
    ["12", "美元"],
    ["9007199254740992", "元"], // 2^53: not exact in a double
    ["一万亿亿", "元"], // 10^20
  ])("%s%s → null", (n, unit) => expect(toYuan(n, unit)).toBeNull());
});

describe("scanQuantities: must match", () => {
  test.each([
    ["总投资1288.6亿元。", { value: 128860000000, number: "1288.6", multiplier: 1e8, unit: "元", qualifier: null, quote: "1288.6亿元" }],
    ["年产2万吨合成纤维", { value: 20000, unit: "吨", multiplier: 1e4, quote: "2万吨" }],
    ["占地0.35万平方米的厂房", { value: 3500, unit: "平方米", quote: "0.35万平方米" }],
    ["聘任专员300余名", { value: 300, unit: "名", qualifier: "余", quote: "300余名" }],
    ["引进超100亿元的项目", { value: 10000000000, qualifier: "超", quote: "超100亿元" }],
    ["逾80家企业", { value: 80, qualifier: "逾", quote: "逾80家" }],
    ["近50个园区", { value: 50, qualifier: "近", quote: "近50个" }],
    ["约3.2万吨产能", { value: 32000, qualifier: "约", quote: "约3.2万吨" }],
    ["吸引10多家企业", { value: 10, qualifier: "多", quote: "10多家" }],
    ["投资5亿元以上的项目", { value: 500000000, qualifier: "以上", quote: "5亿元以上" }],
    ["同比增长16.3%。", { value: 16.3, unit: "%", quote: "16.3%" }],
    ["新签三百二十一个项目", { value: 321, numeral: "chinese", unit: "个", quote: "三百二十一个" }],
    ["两个基地", { value: 2, numeral: "chinese", quote: "两个" }],
    ["产值1,427万元", { value: 14270000, quote: "1,427万元" }],
    ["签约13个项目", { value: 13, qualifier: null, quote: "13个" }], // 签约 is not 签 + the qualifier 约
    ["合约50亿元", { value: 5000000000, qualifier: null, quote: "50亿元" }],
  ])("%s", (text, check) => {
    expectSingle(text, check);
  });
});

describe("scanQuantities: must not match", () => {
  test.each([
    "十几个项目陆续开工", // vague
    "数百家企业参与", // vague
    "几十个园区", // vague
    "签约一批、开工一批", // 一批 is a batch, not an amount
    "统一部署,唯一渠道",
    "第一期活动",
  ])("%s", (text) => expectNone(text));

  test("a decimal is never split into two numbers", () => {
    expect(scanQuantities("总投资247.98亿元").map((q) => q.value)).toEqual([24798000000]);
  });
});

describe("scanQuantities finds exactly what a QUANTITY_RE scan finds", () => {
  test("on a sentence mixing every form", () => {
    const text = "超过300个项目,约2.5万吨,近50家,总投资1,288.6亿元以上,三百二十一个,统一部署,十几个,数百家,16.3%,签约13个项目。";
    const byRegex = [...text.matchAll(QUANTITY_RE)].map(quantityFromMatch).filter((q) => q !== null);
    expect(scanQuantities(text)).toEqual(byRegex);
    expect(byRegex.length).toBe(7);
  });

  // the scan enters a run of Chinese numerals only before a multiplier, a unit or 余/多: texts mixing numerals with those
  // and with other characters find what the regex finds
  test("on 5,000 texts of numerals, units, multipliers and qualifiers", () => {
    const alphabet = [
      ..."一二三十百千两零〇几数万亿余多个家批年是次%超近约逾签最",
      "超过",
      "将近",
      "大约",
      "以上",
      "左右",
      "平方米",
      "千瓦",
      "3",
      "12",
      "1,288",
      ".5",
      "，",
    ];
    let seed = 14;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed);
    for (let n = 0; n < 5000; n++) {
      let text = "";
      for (let k = next() % 10; k >= 0; k--) text += alphabet[next() % alphabet.length];
      const byRegex = [...text.matchAll(QUANTITY_RE)].map(quantityFromMatch).filter((q) => q !== null);
      expect(scanQuantities(text), text).toEqual(byRegex);
    }
  });
});

describe("parseQuantity", () => {
  test("reads exactly at the position", () => {
    const text = "签约项目34个,总投资123.52亿元";
    expect(parseQuantity(text, 4)).toMatchObject({ value: 34, unit: "个", start: 4, end: 7 });
    expect(parseQuantity(text, 11)).toMatchObject({ value: 12352000000, unit: "元", start: 11, end: 19 });
    expect(parseQuantity(text, 0)).toBeNull();
  });
});
