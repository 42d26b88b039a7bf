import { describe, expect, test } from "vitest";
import { countConverted, detectScript, toSimplified } from "../../src/normalize/script.js";

describe("detectScript", () => {
  test.each([
    ["全省開發區2023年第三次“三個一批”活動舉行", "traditional"],
    ["全省开发区2023年第三次“三个一批”活动举行", "simplified"],
    ["全省開發區活動舉行，全省开发区活动举行", "mixed"],
    ["2023年", "simplified"], // nothing to tell: simplified by default
    ["臺灣的皇后在台北", "traditional"], // 台, 后 are shared forms, not simplified evidence
  ])("%j is %s", (text, script) => {
    expect(detectScript(text)).toBe(script);
  });
});

describe("toSimplified", () => {
  test.each([
    ["開發區項目簽約", "开发区项目签约"],
    ["藍佛安出席並講話", "蓝佛安出席并讲话"],
    ["乾淨的乾隆", "干净的乾隆"], // phrase entries of equal length still apply
    ["爲了", "为了"], // variant forms
    ["臺灣", "台湾"],
  ])("%j → %j", (input, expected) => {
    expect(toSimplified(input)).toBe(expected);
  });

  test.each([["全省开发区"], ["盂县隰县岢岚喆"], ["abc 123"]])("leaves %j unchanged", (text) => {
    expect(toSimplified(text)).toBe(text);
  });

  test("keeps offsets: char i of the output is the conversion of char i of the input", () => {
    const input = "全省開發區2023年第三次“三個一批”活動舉行，乾隆著作𠮷頭髮鬱鬱葱葱後來";
    const output = toSimplified(input);
    expect(output.length).toBe(input.length);
    for (let i = 0; i < input.length; i++) {
      const code = input.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdfff) continue; // surrogate halves are checked as a pair below
      expect(toSimplified(input[i]).length, `char ${i}`).toBe(1);
    }
    expect(output.slice(input.indexOf("𠮷"), input.indexOf("𠮷") + 2)).toBe("𠮷");
    expect(countConverted(input, output)).toBeGreaterThan(10);
  });
});
