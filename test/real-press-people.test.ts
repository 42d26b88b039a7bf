// Real press, people and zones (issue 10, phenomena H–O of the plan), through the public API only. Texts written
// for these tests: invented people in the style of Shanxi press, never a real page's sentences.
import { describe, expect, test } from "vitest";
import { extractFromBytes } from "../src/pipeline.js";
import type { ExtractionDocument } from "../src/schema/index.js";

function extract(text: string, path = "t.txt"): ExtractionDocument {
  return extractFromBytes({ source: { path }, label: path, bytes: Buffer.from(text), contentType: null });
}
const person = (d: ExtractionDocument, name: string) => d.people.find((p) => p.name === name);

describe("K. bare names in an attendance frame", () => {
  test("A、B、C、D等县四大班子领导出席", () => {
    const d = extract("县委书记杜光明宣布项目开复工，田立新、陈光、任志强、赵红等县四大班子领导出席。\n");
    for (const n of ["田立新", "陈光", "任志强", "赵红"]) expect(person(d, n)?.roles).toContain("attend");
    expect(person(d, "杜光明")?.titles).toEqual(["县委书记"]);
  });
  test("must not: companies 等…参加", () => {
    const d = extract("太钢集团、晋能控股集团等企业代表参加仪式。\n");
    expect(d.people).toEqual([]);
  });
});

describe("L. name boundaries", () => {
  test.each([
    ["市长储立好出席。储立好指出，要抓好项目建设。", "储立好", "储立"],
    ["副市长、开发区党工委书记吴海与12家企业代表签订协议。", "吴海", "吴海与"],
  ])("%s → %s, never %s", (text, name, wrong) => {
    const d = extract(`${text}\n`);
    expect(person(d, name)).toBeDefined();
    expect(person(d, wrong)).toBeUndefined();
  });
  test("must not: 省长任上 is no person", () => {
    expect(person(extract("省长任上，孙志远多次调研开发区。\n"), "任上")).toBeUndefined();
  });
});

describe("H. titles after the name", () => {
  const d = extract(
    "12月27日，省人大常委会举行会议，决定任命赵振华为山西省人民政府副省长、代理省长。中共中央决定：钱立新同志任山西省委副书记，孙志远同志不再担任山西省委副书记职务。时任临汾市委书记周文斌出席。\n",
  );
  test.each([
    ["赵振华", "代理省长"],
    ["赵振华", "副省长"],
    ["钱立新", "省委副书记"],
    ["周文斌", "市委书记"],
  ])("%s has %s", (name, title) => {
    expect(person(d, name)?.titles.some((t) => t.includes(title))).toBe(true);
  });
  test("must not: 不再担任 gives no current title", () => {
    expect(person(d, "孙志远")?.titles ?? []).not.toContain("省委副书记");
  });
});

describe("J. a title chain across two bodies", () => {
  test("省政府副秘书长、…党工委书记 NAME keeps both", () => {
    const d = extract("省政府副秘书长、山西转型综改示范区党工委书记韩立明出席并讲话。\n");
    expect(person(d, "韩立明")?.titles).toEqual(
      expect.arrayContaining([expect.stringContaining("副秘书长"), expect.stringContaining("党工委书记")]),
    );
  });
});

describe("O. aspirations are not zones", () => {
  test.each([
    ["为创建国家级经济技术开发区创造条件。"],
    ["全力打造国家级经济技术开发区。"],
    ["为培育成临汾市国家级经济技术开发区创造条件。"],
  ])("must not: %s", (s) => {
    expect(extract(`会议提出，要推动侯马经济开发区扩区提质，${s}\n`).zones.map((z) => z.name)).toEqual(["侯马经济开发区"]);
  });
});
